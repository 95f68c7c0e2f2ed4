import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, client, outboxMessage } from "../../db/schema/index.ts";
import { deliveryJobKey } from "../../jobs/queue.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function clinic() {
  const { orgId } = await t.addClinic();
  const [owner, practitioner, receptionist] = await Promise.all([
    t.addStaff(orgId, "owner"),
    t.addStaff(orgId, "practitioner"),
    t.addStaff(orgId, "receptionist"),
  ]);
  const [c] = await t.db
    .insert(client)
    .values({ orgId, firstName: "Jane", lastName: "Smith" })
    .returning({ id: client.id });
  return { orgId, owner, practitioner, receptionist, clientId: c?.id as string };
}

async function message(
  orgId: string,
  clientId: string,
  status: "failed" | "sent" | "scheduled" | "cancelled",
) {
  const [row] = await t.db
    .insert(outboxMessage)
    .values({
      orgId,
      clientId,
      channel: "sms",
      recipient: "+447700900123",
      bodyText: "How are you getting on? Reply if anything worries you.",
      kind: "check-in",
      step: "check-in-day-3",
      planKey: `check-in:${clientId}`,
      guard: "no-future-appointment",
      status,
      attempts: status === "failed" ? 5 : 0,
      error: status === "failed" ? "SMS provider: unreachable" : null,
    })
    .returning();
  return row as typeof outboxMessage.$inferSelect;
}

const resend = (id: string, cookie: string) =>
  t.request("POST", `/api/outbox/${id}/resend`, { cookie });

describe("resending a failed message", () => {
  it("copies it into a new message due now, queues it, and audits who did it", async () => {
    const c = await clinic();
    const failed = await message(c.orgId, c.clientId, "failed");
    const res = await resend(failed.id, c.practitioner.cookie);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.resentFrom).toBe(failed.id);
    expect(body.message).toMatchObject({
      channel: "sms",
      recipient: "+447700900123",
      bodyText: failed.bodyText,
      status: "scheduled",
      kind: "check-in",
      attempts: 0,
      error: null,
      scheduledFor: null,
    });
    expect(body.message.id).not.toBe(failed.id);

    const [copy] = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.id, body.message.id));
    // Staff chose to send it: no plan key for the planner to move, no guard to stop it.
    expect(copy).toMatchObject({
      orgId: c.orgId,
      clientId: c.clientId,
      step: "check-in-day-3",
      planKey: null,
      guard: null,
    });
    // The failed one stays as the record of what happened.
    const [original] = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.id, failed.id));
    expect(original?.status).toBe("failed");

    const jobs = await t.db.execute(
      sql`select count(*)::int as n from graphile_worker.jobs where key = ${deliveryJobKey(copy?.id as string)}`,
    );
    expect(jobs.rows[0]?.n).toBe(1);

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, c.orgId), eq(auditLog.entity, "outbox_message")));
    expect(entries.map((e) => [e.action, e.actorUserId, e.entityId, e.details])).toEqual([
      [
        "resend",
        c.practitioner.userId,
        copy?.id,
        { resentFrom: failed.id, channel: "sms", kind: "check-in" },
      ],
    ]);
  });

  it("refuses messages that did not fail, with a reason", async () => {
    const c = await clinic();
    for (const [status, words] of [
      ["sent", "has already been sent"],
      ["scheduled", "is still waiting to be sent"],
      ["cancelled", "was cancelled"],
    ] as const) {
      const m = await message(c.orgId, c.clientId, status);
      const res = await resend(m.id, c.owner.cookie);
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((await res.json()).detail).toContain(words);
      await t.db
        .update(outboxMessage)
        .set({ status: "cancelled" })
        .where(eq(outboxMessage.id, m.id));
    }
  });

  it("is for owners, admins and practitioners; unknown ids are 404", async () => {
    const c = await clinic();
    const failed = await message(c.orgId, c.clientId, "failed");
    const res = await resend(failed.id, c.receptionist.cookie);
    expect(res.status).toBe(403);
    const unknown = await resend("00000000-0000-4000-8000-000000000000", c.owner.cookie);
    expect(unknown.status).toBe(404);
    const count = await t.db
      .select({ id: outboxMessage.id })
      .from(outboxMessage)
      .where(eq(outboxMessage.orgId, c.orgId));
    expect(count).toHaveLength(1);
  });
});

describe("dev outbox", () => {
  it("filters by channel, and shows client messages only to that clinic's staff", async () => {
    const c = await clinic();
    const other = await clinic();
    const m = await message(c.orgId, c.clientId, "failed");
    const ids = async (query: string, cookie?: string) => {
      const res = await t.request("GET", `/api/dev/outbox${query}`, { cookie });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.channels).toEqual(["email", "sms"]);
      return body.messages as { id: string; channel: string; error: string | null }[];
    };
    const own = await ids("?channel=sms", c.owner.cookie);
    expect(own.find((x) => x.id === m.id)).toMatchObject({ error: "SMS provider: unreachable" });
    expect(own.every((x) => x.channel === "sms")).toBe(true);
    expect((await ids("?channel=email", c.owner.cookie)).some((x) => x.id === m.id)).toBe(false);
    expect((await ids("", other.owner.cookie)).some((x) => x.id === m.id)).toBe(false);
    expect((await ids("")).some((x) => x.id === m.id)).toBe(false);
  });
});
