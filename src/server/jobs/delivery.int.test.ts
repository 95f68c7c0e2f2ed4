import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboxMessage } from "../db/schema/index.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { INTERRUPTED_ERROR } from "./delivery-settings.ts";
import { dispatchDue, dispatchMessage } from "./dispatch.ts";
import { deliveryJobKey, queueDelivery } from "./queue.ts";
import { requeueLost } from "./sweep.ts";
import { startSmsSink, startSmtpSink } from "./test-sinks.ts";

/**
 * Delivery over real sockets: nodemailer to a local SMTP server, fetch to a local
 * Twilio-compatible provider. Time is passed in, so backoff is checked without waiting.
 */
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let sms: Awaited<ReturnType<typeof startSmsSink>>;
let orgId: string;
const T0 = new Date("2026-11-24T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

beforeAll(async () => {
  smtp = await startSmtpSink();
  sms = await startSmsSink();
  t = await createTestApp({
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: "Southampton Studio <hello@studio.example.test>",
    SMS_PROVIDER_URL: sms.url,
    SMS_ACCOUNT_SID: "AC0123456789abcdef",
    SMS_AUTH_TOKEN: "token-s3cret",
    SMS_FROM: "+447700900001",
    DELIVERY_MAX_ATTEMPTS: "3",
    DELIVERY_BACKOFF_SECONDS: "60",
    DELIVERY_BACKOFF_MAX_SECONDS: "90",
    TRANSPORT_TIMEOUT_SECONDS: "5",
    DELIVERY_LEASE_SECONDS: "120",
  });
  orgId = (await t.addClinic()).orgId;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await sms?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  sms.received.length = 0;
  smtp.rejectWith(null);
});

type NewMessage = Partial<typeof outboxMessage.$inferInsert> & { channel: "email" | "sms" };

/** Inserts a scheduled message and queues its job in one transaction, as the planner does. */
async function plan(values: NewMessage) {
  return t.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(outboxMessage)
      .values({
        orgId,
        recipient: values.channel === "sms" ? "+447700900123" : "jane@example.test",
        subject: values.channel === "sms" ? "" : "Your appointment",
        bodyText: "See you on Tuesday at 10:00.",
        kind: "reminder",
        scheduledFor: T0,
        ...values,
      })
      .returning();
    if (!row) throw new Error("not inserted");
    await queueDelivery(tx, row.id, row.scheduledFor);
    return row;
  });
}

const read = async (id: string) =>
  (await t.db.select().from(outboxMessage).where(eq(outboxMessage.id, id)))[0];

describe("email over SMTP", () => {
  it("delivers once with a stable Message-ID and records it sent", async () => {
    const m = await plan({ channel: "email", subject: "See you soon", bodyHtml: "<p>Hi</p>" });
    expect(await dispatchDue(t.delivery, at(1))).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.to).toEqual(["jane@example.test"]);
    expect(mail?.from).toBe("hello@studio.example.test");
    expect(mail?.subject).toBe("See you soon");
    expect(mail?.messageId).toBe(`<outbox-${m.id}@127.0.0.1>`);
    expect(mail?.raw).toContain("See you on Tuesday at 10:00.");
    const row = await read(m.id);
    expect(row).toMatchObject({ status: "sent", transport: "smtp", attempts: 1, error: null });
    expect(row?.providerMessageId).toBe(`<outbox-${m.id}@127.0.0.1>`);
    expect(row?.sentAt?.toISOString()).toBe(at(1).toISOString());

    // Dispatching again (a duplicate job, a second worker) sends nothing more.
    expect(await dispatchMessage(t.delivery, m.id, at(2))).toBe("skipped");
    expect(smtp.received).toHaveLength(1);
  });

  it("waits until the message is due", async () => {
    const m = await plan({ channel: "email", scheduledFor: at(3600) });
    expect(await dispatchDue(t.delivery, at(60))).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);
    expect((await read(m.id))?.status).toBe("scheduled");
    expect(await dispatchDue(t.delivery, at(3600))).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("fails at once on a permanent SMTP rejection, with the server's words", async () => {
    smtp.rejectWith({ code: 550, message: "Mailbox unavailable" });
    const m = await plan({ channel: "email" });
    expect(await dispatchDue(t.delivery, at(1))).toMatchObject({ failed: 1 });
    const row = await read(m.id);
    expect(row?.status).toBe("failed");
    expect(row?.attempts).toBe(1);
    expect(row?.error).toContain("Mailbox unavailable");
  });

  it("sends immediate emails (Mailer.send) through the outbox at once", async () => {
    const result = await t.deps.mailer.send({
      orgId,
      to: "new-staff@example.test",
      subject: "Join the clinic",
      text: "Open the invitation.",
    });
    expect(result.status).toBe("sent");
    expect(smtp.received.map((r) => r.messageId)).toEqual([`<outbox-${result.id}@127.0.0.1>`]);
    expect(await read(result.id)).toMatchObject({ status: "sent", transport: "smtp", attempts: 1 });
  });
});

describe("SMS through a Twilio-compatible provider", () => {
  it("posts form fields with basic auth and records the provider's sid", async () => {
    sms.respondWith(() => ({ status: 201, body: { sid: "SMabc123", status: "queued" } }));
    const m = await plan({ channel: "sms", bodyText: "Reminder: Tue 10:00. Reply to change." });
    expect(await dispatchDue(t.delivery, at(1))).toMatchObject({ sent: 1 });
    expect(sms.received).toHaveLength(1);
    const req = sms.received[0];
    expect(req?.path).toBe("/2010-04-01/Accounts/AC0123456789abcdef/Messages.json");
    expect(req?.authorization).toBe(
      `Basic ${Buffer.from("AC0123456789abcdef:token-s3cret").toString("base64")}`,
    );
    expect(req?.contentType).toContain("application/x-www-form-urlencoded");
    expect(req?.form).toEqual({
      To: "+447700900123",
      From: "+447700900001",
      Body: "Reminder: Tue 10:00. Reply to change.",
    });
    expect(await read(m.id)).toMatchObject({
      status: "sent",
      transport: "twilio",
      providerMessageId: "SMabc123",
    });
  });

  it("retries a provider error with growing, capped backoff, then fails with its message", async () => {
    sms.respondWith(() => ({
      status: 503,
      body: { code: 20503, message: "Service temporarily unavailable", status: 503 },
    }));
    const m = await plan({ channel: "sms" });

    expect(await dispatchDue(t.delivery, at(0))).toMatchObject({ retrying: 1 });
    let row = await read(m.id);
    expect(row?.status).toBe("scheduled");
    expect(row?.attempts).toBe(1);
    expect(row?.scheduledFor?.toISOString()).toBe(at(60).toISOString());
    expect(row?.error).toBe("SMS provider: Service temporarily unavailable (error 20503)");
    // The retry has its job, at the new time.
    const jobs = await t.db.execute(
      sql`select run_at from graphile_worker.jobs where key = ${deliveryJobKey(m.id)}`,
    );
    expect(jobs.rows.map((r) => new Date(r.run_at as string).toISOString())).toEqual([
      at(60).toISOString(),
    ]);

    // Not due yet: nothing is sent.
    expect(await dispatchDue(t.delivery, at(59))).toMatchObject({ retrying: 0, failed: 0 });
    expect(sms.received).toHaveLength(1);

    expect(await dispatchDue(t.delivery, at(60))).toMatchObject({ retrying: 1 });
    row = await read(m.id);
    // 60 × 2 = 120 s, capped at DELIVERY_BACKOFF_MAX_SECONDS = 90.
    expect(row?.scheduledFor?.toISOString()).toBe(at(150).toISOString());

    expect(await dispatchDue(t.delivery, at(150))).toMatchObject({ failed: 1 });
    row = await read(m.id);
    expect(row).toMatchObject({
      status: "failed",
      attempts: 3,
      error: "SMS provider: Service temporarily unavailable (error 20503)",
    });
    expect(sms.received).toHaveLength(3);
  });

  it("fails at once when the provider rejects the number", async () => {
    sms.respondWith(() => ({
      status: 400,
      body: { code: 21211, message: "The 'To' number +4400 is not a valid phone number." },
    }));
    const m = await plan({ channel: "sms", recipient: "+4400" });
    expect(await dispatchDue(t.delivery, at(0))).toMatchObject({ failed: 1, retrying: 0 });
    expect(await read(m.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      error: "SMS provider: The 'To' number +4400 is not a valid phone number. (error 21211)",
    });
  });
});

describe("a provider that goes quiet", () => {
  it("times out, and is marked failed rather than sent blindly again", async () => {
    const slow = await startSmsSink({ delayMs: 2500 });
    const quiet = await createTestApp({
      SMS_PROVIDER_URL: slow.url,
      SMS_ACCOUNT_SID: "ACslow",
      SMS_AUTH_TOKEN: "slow-token",
      SMS_FROM: "+447700900001",
      TRANSPORT_TIMEOUT_SECONDS: "1",
    });
    try {
      const [m] = await quiet.db
        .insert(outboxMessage)
        .values({ channel: "sms", recipient: "+447700900123", bodyText: "Hello" })
        .returning();
      expect(await dispatchDue(quiet.delivery)).toMatchObject({ failed: 1, retrying: 0 });
      const [row] = await quiet.db
        .select()
        .from(outboxMessage)
        .where(eq(outboxMessage.id, m?.id as string));
      expect(row).toMatchObject({ status: "failed", attempts: 1, transport: "twilio" });
      expect(row?.error).toBe(
        "The SMS provider did not answer within 1 s; the message may have been sent. Check before resending.",
      );
    } finally {
      await quiet.close();
      await slow.close();
    }
  });
});

describe("interrupted deliveries", () => {
  it("marks a claim older than the lease failed, and never sends it again", async () => {
    const [stuck] = await t.db
      .insert(outboxMessage)
      .values({
        orgId,
        channel: "email",
        recipient: "stuck@example.test",
        bodyText: "Stuck",
        status: "sending",
        claimedAt: at(0),
        attempts: 1,
      })
      .returning();
    // Within the lease: a live worker may still be sending it.
    expect(await dispatchDue(t.delivery, at(119))).toMatchObject({ interrupted: 0 });
    expect((await read(stuck?.id as string))?.status).toBe("sending");

    expect(await dispatchDue(t.delivery, at(121))).toMatchObject({ interrupted: 1, sent: 0 });
    expect(await read(stuck?.id as string)).toMatchObject({
      status: "failed",
      error: INTERRUPTED_ERROR,
    });
    expect(smtp.received).toHaveLength(0);
  });
});

describe("the job queue", () => {
  it("keeps one job per message: re-planning moves its run time", async () => {
    const m = await plan({ channel: "email", scheduledFor: at(600) });
    await queueDelivery(t.db, m.id, at(900));
    const jobs = await t.db.execute(
      sql`select run_at, task_identifier from graphile_worker.jobs where key = ${deliveryJobKey(m.id)}`,
    );
    expect(jobs.rows).toHaveLength(1);
    expect(jobs.rows[0]?.task_identifier).toBe("deliver-message");
    expect(new Date(jobs.rows[0]?.run_at as string).toISOString()).toBe(at(900).toISOString());
    await t.db.update(outboxMessage).set({ status: "cancelled" }).where(eq(outboxMessage.id, m.id));
  });

  it("re-queues a due message whose job was lost", async () => {
    const [lost] = await t.db
      .insert(outboxMessage)
      .values({ orgId, channel: "email", recipient: "lost@example.test", bodyText: "Lost" })
      .returning();
    const key = deliveryJobKey(lost?.id as string);
    const count = () =>
      t.db
        .execute(sql`select count(*)::int as n from graphile_worker.jobs where key = ${key}`)
        .then((r) => r.rows[0]?.n);
    expect(await count()).toBe(0);
    expect(await requeueLost(t.db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(1);
    // A waiting job is enough: the next sweep adds nothing.
    await requeueLost(t.db, new Date());
    expect(await count()).toBe(1);
    await dispatchMessage(t.delivery, lost?.id as string);
    expect(smtp.received.map((r) => r.to)).toEqual([["lost@example.test"]]);
  });
});
