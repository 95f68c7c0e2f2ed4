import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointment, client, outboxMessage } from "../../db/schema/index.ts";
import { dispatchDue } from "../../jobs/dispatch.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { evaluateGuard } from "./guards.ts";

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let practitionerId: string;
const NOW = new Date("2027-03-01T09:00:00Z");
const day = (n: number, hour = 10) => new Date(Date.UTC(2027, 2, 1 + n, hour, 0, 0));

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic();
  practitionerId = (await t.addStaff(clinic.orgId, "practitioner")).memberId;
});
afterAll(() => t?.close());

const serviceOf = (kind: "treatment" | "touch_up" | "consultation") => {
  const found = clinic.services.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} service`);
  return found.id;
};

async function newClient() {
  const [row] = await t.db
    .insert(client)
    .values({ orgId: clinic.orgId, firstName: "Sam", lastName: "Taylor" })
    .returning({ id: client.id });
  return row?.id as string;
}

async function book(
  clientId: string,
  startsAt: Date,
  kind: "treatment" | "touch_up" | "consultation",
  status: "booked" | "completed" | "cancelled" = "booked",
) {
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  const [row] = await t.db
    .insert(appointment)
    .values({
      orgId: clinic.orgId,
      clientId,
      serviceId: serviceOf(kind),
      locationId: clinic.locationId,
      practitionerId,
      startsAt,
      endsAt,
      busyFrom: startsAt,
      busyTo: endsAt,
      status,
    })
    .returning({ id: appointment.id });
  return row?.id as string;
}

const guarded = (guard: string, clientId: string, appointmentId: string | null = null) => ({
  orgId: clinic.orgId,
  clientId,
  appointmentId,
  guard,
});

describe("no-future-appointment (long-term recalls)", () => {
  it("cancels once the client has a booked appointment ahead, and only then", async () => {
    const clientId = await newClient();
    await book(clientId, day(-30), "treatment", "completed");
    await book(clientId, day(5), "consultation", "cancelled");
    expect(await evaluateGuard(t.db, guarded("no-future-appointment", clientId), NOW)).toBeNull();
    await book(clientId, day(20), "consultation");
    expect(await evaluateGuard(t.db, guarded("no-future-appointment", clientId), NOW)).toBe(
      "The client already has an upcoming appointment booked.",
    );
    // Another client's booking does not cancel this client's recall.
    expect(
      await evaluateGuard(t.db, guarded("no-future-appointment", await newClient()), NOW),
    ).toBeNull();
  });
});

describe("no-touch-up-booked (touch-up prompts)", () => {
  it("cancels once a touch-up after the treatment is booked or done", async () => {
    const clientId = await newClient();
    const treatment = await book(clientId, day(-40, 11), "treatment", "completed");
    const g = guarded("no-touch-up-booked", clientId, treatment);
    // A touch-up before this treatment, or a cancelled one after it, does not count.
    await book(clientId, day(-80, 12), "touch_up", "completed");
    await book(clientId, day(10, 12), "touch_up", "cancelled");
    expect(await evaluateGuard(t.db, g, NOW)).toBeNull();
    await book(clientId, day(-10, 13), "touch_up", "completed");
    expect(await evaluateGuard(t.db, g, NOW)).toBe(
      "The client has already booked a touch-up after this treatment.",
    );
  });
});

describe("guards at delivery", () => {
  it("cancel the message just before it would be claimed, with the reason", async () => {
    const clientId = await newClient();
    await book(clientId, day(30, 14), "consultation");
    const [recall] = await t.db
      .insert(outboxMessage)
      .values({
        orgId: clinic.orgId,
        clientId,
        channel: "email",
        recipient: "sam@example.test",
        subject: "Time for a check-up?",
        bodyText: "It has been a while.",
        kind: "recall",
        guard: "no-future-appointment",
        scheduledFor: NOW,
      })
      .returning();
    const unknown = await evaluateGuard(t.db, guarded("no-such-guard", clientId), NOW);
    expect(unknown).toContain("no-such-guard");
    expect(await dispatchDue(t.delivery, NOW)).toMatchObject({ cancelled: 1, sent: 0 });
    const [row] = await t.db.select().from(outboxMessage);
    expect(row?.id).toBe(recall?.id);
    expect(row).toMatchObject({
      status: "cancelled",
      cancelledReason: "The client already has an upcoming appointment booked.",
      attempts: 0,
    });
  });
});
