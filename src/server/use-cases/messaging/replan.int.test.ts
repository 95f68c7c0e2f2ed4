import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIn, client, outboxMessage } from "../../db/schema/index.ts";
import { createTenant, type Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import {
  bookAppointment,
  cancelAppointment,
  moveAppointment,
} from "../appointments/appointment-commands.ts";
import { markNoShow } from "../appointments/appointment-policy.ts";
import { cancelScheduledMessage } from "./client-timeline.ts";
import { setMessagingPublicUrl } from "./public-url.ts";
import { REPLAN_REASONS, replanAppointmentMessages } from "./replan.ts";
import { replanClinicMessages } from "./replan-clinic.ts";

/**
 * Acceptance: moving a session re-plans its reminders and aftercare at the new times, cancelling
 * or a no-show cancels them, and re-planning is idempotent and respects staff cancellations.
 */
let t: TestApp;
let tenant: Tenant;
let staff: StaffContext;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let clientId: string;
let ownerCookie: string;
const now = new Date("2026-10-01T08:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  setMessagingPublicUrl(t.env.PUBLIC_URL);
  clinic = await t.addClinic("Replan Clinic");
  const owner = await t.addStaff(clinic.orgId, "owner");
  staff = { ...owner, orgId: clinic.orgId, role: "owner" };
  ownerCookie = owner.cookie;
  tenant = createTenant(t.db, clinic.orgId);
  ({ clientId } = await clientWithAcceptedPlan(t, owner, clinic.orgId, "2026-09-30"));
  await t.db
    .update(client)
    .set({ email: "sam@example.test", phone: "+447700900123" })
    .where(eq(client.id, clientId));
});
afterAll(async () => {
  setMessagingPublicUrl(null);
  await t?.close();
});

const treatment = () => clinic.services.find((s) => s.kind === "treatment")?.id ?? "";
const book = (startsAt: string) =>
  bookAppointment(
    tenant,
    staff,
    {
      clientId,
      serviceId: treatment(),
      locationId: clinic.locationId,
      practitionerId: staff.memberId,
      roomId: clinic.rooms[0]?.id,
      startsAt,
    },
    now,
  );

async function rows(appointmentId: string) {
  return t.db
    .select()
    .from(outboxMessage)
    .where(eq(outboxMessage.appointmentId, appointmentId))
    .orderBy(outboxMessage.scheduledFor, outboxMessage.planKey);
}
const live = (all: Awaited<ReturnType<typeof rows>>) => all.filter((r) => r.status === "scheduled");
const find = (all: Awaited<ReturnType<typeof rows>>, step: string, channel = "email") =>
  live(all).find((r) => r.step === step && r.channel === channel);

describe("re-planning an appointment's messages", () => {
  it("sends messages still to come to a client's new email address and phone", async () => {
    const booked = await book("2026-12-14T10:00:00Z");
    expect(find(await rows(booked.id), "reminder-24h")?.recipient).toBe("sam@example.test");
    const changed = await t.request("PATCH", `/api/clients/${clientId}`, {
      cookie: ownerCookie,
      body: { email: "sam.new@example.test", phone: "+447700900456" },
    });
    expect(changed.status).toBe(200);
    const after = await rows(booked.id);
    expect(find(after, "reminder-24h")?.recipient).toBe("sam.new@example.test");
    expect(find(after, "reminder-24h", "sms")?.recipient).toBe("+447700900456");
    expect(find(after, "reminder-24h")?.scheduledFor?.toISOString()).toBe(
      "2026-12-13T10:00:00.000Z",
    );
    await t.request("PATCH", `/api/clients/${clientId}`, {
      cookie: ownerCookie,
      body: { email: "sam@example.test", phone: "+447700900123" },
    });
    await cancelAppointment(tenant, staff, booked.id, { reason: "test" }, now);
  });

  it("gives messages already planned the clinic's new wording after a template is saved", async () => {
    const booked = await book("2026-12-07T10:00:00Z");
    expect(find(await rows(booked.id), "reminder-24h")?.subject).not.toContain("See you soon");
    const saved = await t.request("PUT", "/api/message-templates/reminder/email", {
      cookie: ownerCookie,
      body: {
        subject: "See you soon at {{clinicName}}",
        body: "Hello {{clientFirstName}}, see you on {{appointmentDate}} at {{appointmentTime}}.",
      },
    });
    expect(saved.status).toBe(200);
    const jobs = await t.db.execute(
      sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'replan-clinic' and key = ${`replan:${clinic.orgId}`}`,
    );
    expect(jobs.rows[0]).toEqual({ n: 1 });
    // What the worker's job does:
    expect(await replanClinicMessages(t.db, clinic.orgId, now)).toBeGreaterThan(0);
    const reminder = find(await rows(booked.id), "reminder-24h");
    expect(reminder?.subject).toBe("See you soon at Replan Clinic");
    expect(reminder?.bodyText).toBe("Hello Sam, see you on Mon 7 Dec 2026 at 10:00.");
    expect(reminder?.scheduledFor?.toISOString()).toBe("2026-12-06T10:00:00.000Z");
    await t.request("DELETE", "/api/message-templates/reminder/email", { cookie: ownerCookie });
    await replanClinicMessages(t.db, clinic.orgId, now);
    expect(find(await rows(booked.id), "reminder-24h")?.subject).not.toContain("See you soon");
    await cancelAppointment(tenant, staff, booked.id, { reason: "test" }, now);
  });

  it("confirms a course booked at once with one message that lists every session", async () => {
    const owner = { ...staff };
    const { clientId: kim, planId } = await clientWithAcceptedPlan(
      t,
      owner,
      clinic.orgId,
      new Date().toISOString().slice(0, 10),
    );
    await t.db.update(client).set({ email: "kim@example.test" }).where(eq(client.id, kim));
    const body = { locationId: clinic.locationId, serviceId: treatment() };
    const proposal = await t.request("POST", `/api/plans/${planId}/course-proposal`, {
      cookie: ownerCookie,
      body,
    });
    expect(proposal.status).toBe(200);
    const best = (await proposal.json()).best as {
      startsAt: string;
      practitioner: { id: string };
      room: { id: string } | null;
    }[];
    expect(best.length).toBeGreaterThan(1);
    const booked = await t.request("POST", `/api/plans/${planId}/course`, {
      cookie: ownerCookie,
      body: {
        ...body,
        sessions: best.map((b) => ({
          startsAt: b.startsAt,
          practitionerId: b.practitioner.id,
          roomId: b.room?.id ?? null,
        })),
      },
    });
    expect(booked.status).toBe(201);
    const ids = ((await booked.json()).appointments as { id: string }[]).map((a) => a.id);
    const confirmations = await t.db
      .select()
      .from(outboxMessage)
      .where(
        and(inArray(outboxMessage.appointmentId, ids), eq(outboxMessage.kind, "confirmation")),
      );
    expect(confirmations.map((c) => c.appointmentId)).toEqual([ids[0]]);
    expect(confirmations[0]?.bodyText).toContain(`Your ${ids.length} appointments: `);
    // Later sessions (weeks away) still get their own reminders.
    for (const id of ids.slice(1)) expect(find(await rows(id), "reminder-24h")).toBeDefined();
  });

  it("moves reminders and aftercare with the session, and is idempotent", async () => {
    const booked = await book("2026-11-02T10:00:00Z"); // Mon 2 Nov 2026, 10:00 GMT
    const first = await rows(booked.id);
    expect(find(first, "reminder-48h", "sms")?.scheduledFor?.toISOString()).toBe(
      "2026-10-31T10:00:00.000Z",
    );
    expect(find(first, "aftercare-day-4")?.scheduledFor?.toISOString()).toBe(
      "2026-11-06T09:30:00.000Z",
    );
    const checkIns = await t.db.select().from(checkIn).where(eq(checkIn.appointmentId, booked.id));
    expect(checkIns.map((c) => c.day).sort((a, b) => a - b)).toEqual([3, 10]);

    // Again, nothing changes: the same rows, no duplicates.
    await tenant.transaction((tx) => replanAppointmentMessages(tx, booked.id, now));
    const again = await rows(booked.id);
    expect(live(again).map((r) => r.id)).toEqual(live(first).map((r) => r.id));
    expect(again).toHaveLength(first.length);

    const moved = await moveAppointment(
      tenant,
      staff,
      booked.id,
      { startsAt: "2026-11-05T10:00:00Z", version: booked.version },
      now,
    );
    expect(moved.startsAt).toBe("2026-11-05T10:00:00.000Z");
    const after = await rows(booked.id);
    // Reminders are timed from the start: the old ones are cancelled, new ones take their place.
    const oldReminder = after.find((r) => r.id === find(first, "reminder-48h", "sms")?.id);
    expect(oldReminder).toMatchObject({
      status: "cancelled",
      cancelledReason: "Appointment moved",
    });
    expect(find(after, "reminder-48h", "sms")?.scheduledFor?.toISOString()).toBe(
      "2026-11-03T10:00:00.000Z",
    );
    expect(find(after, "reminder-48h", "sms")?.bodyText).toContain("Thu 5 Nov 2026 at 10:00");
    expect(find(after, "confirmation")?.subject).toContain("Thu 5 Nov 2026 at 10:00");
    // Aftercare keeps its rows and moves with the session's end.
    const day4 = find(after, "aftercare-day-4");
    expect(day4?.id).toBe(find(first, "aftercare-day-4")?.id);
    expect(day4?.scheduledFor?.toISOString()).toBe("2026-11-09T09:30:00.000Z");
    expect(find(after, "aftercare-day-0")?.scheduledFor?.toISOString()).toBe(
      "2026-11-05T14:00:00.000Z",
    );
    const [day3] = await t.db
      .select()
      .from(checkIn)
      .where(and(eq(checkIn.appointmentId, booked.id), eq(checkIn.day, 3)));
    expect(day3?.dueAt.toISOString()).toBe("2026-11-08T09:30:00.000Z");
    expect(find(after, "check-in-day-3")?.bodyText).toContain("/check-in/");

    // A message staff stopped stays stopped when the appointment is re-planned.
    const stopped = find(after, "aftercare-day-7");
    await cancelScheduledMessage(tenant, stopped?.id ?? "", "Cancelled by Olive");
    await tenant.transaction((tx) => replanAppointmentMessages(tx, booked.id, now));
    const later = await rows(booked.id);
    expect(find(later, "aftercare-day-7")).toBeUndefined();
    expect(later.find((r) => r.id === stopped?.id)?.cancelledReason).toBe("Cancelled by Olive");

    // Cancelling the appointment cancels every planned message and closes its check-ins.
    await cancelAppointment(tenant, staff, booked.id, {}, now);
    const cancelled = await rows(booked.id);
    expect(live(cancelled)).toEqual([]);
    const reasons = new Set(
      cancelled
        .filter((r) => r.id !== stopped?.id && r.cancelledReason !== REPLAN_REASONS.moved)
        .map((r) => r.cancelledReason),
    );
    expect([...reasons]).toEqual([REPLAN_REASONS.cancelled]);
    const open = await t.db
      .select()
      .from(checkIn)
      .where(and(eq(checkIn.appointmentId, booked.id)));
    expect(open.every((c) => c.cancelledAt !== null)).toBe(true);
  });

  it("cancels the rest when the client does not come, and leaves other appointments alone", async () => {
    const other = await book("2026-11-16T10:00:00Z");
    const missed = await book("2026-11-12T10:00:00Z");
    const otherBefore = live(await rows(other.id)).map((r) => r.id);
    await markNoShow(
      tenant,
      staff,
      missed.id,
      { version: missed.version },
      new Date("2026-11-12T10:30:00Z"),
    );
    expect(live(await rows(missed.id))).toEqual([]);
    const reasons = (await rows(missed.id)).map((r) => r.cancelledReason);
    expect(reasons).toContain(REPLAN_REASONS.noShow);
    expect(live(await rows(other.id)).map((r) => r.id)).toEqual(otherBefore);
  });

  it("leaves a due message to go out when re-planning runs just before delivery", async () => {
    const booked = await book("2026-11-23T10:00:00Z");
    const reminder = find(await rows(booked.id), "reminder-24h", "sms");
    const due = new Date((reminder?.scheduledFor?.getTime() ?? 0) + 60_000);
    await tenant.transaction((tx) => replanAppointmentMessages(tx, booked.id, due));
    const [row] = await t.db
      .select()
      .from(outboxMessage)
      .where(inArray(outboxMessage.id, [reminder?.id ?? ""]));
    expect(row?.status).toBe("scheduled");
  });
});
