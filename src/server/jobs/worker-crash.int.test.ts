import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMessage } from "../db/schema/index.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { INTERRUPTED_ERROR } from "./delivery-settings.ts";
import { queueDelivery } from "./queue.ts";
import { sweepOutbox } from "./sweep.ts";
import { startSmsSink, startSmtpSink } from "./test-sinks.ts";

/**
 * Acceptance: kill the worker mid-batch and restart, and run two workers at once: no message is
 * sent twice and none is lost. Real `stipple worker` processes, a real SMTP server and a local
 * Twilio-compatible SMS provider, both a little slow so the kill lands mid-batch.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const EMAILS = 150;
const TEXTS = 150;
const CONCURRENCY = 4;
const LEASE_SECONDS = 60;

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let sms: Awaited<ReturnType<typeof startSmsSink>>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  smtp = await startSmtpSink({ delayMs: 15 });
  sms = await startSmsSink({ delayMs: 15 });
  t = await createTestApp();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await t?.close();
  await smtp?.close();
  await sms?.close();
});

function startWorker(name: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: t.env.DATABASE_URL,
      DATA_DIR: t.env.DATA_DIR,
      LOG_LEVEL: "warn",
      PUBLIC_URL: "http://127.0.0.1:3999",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMS_PROVIDER_URL: sms.url,
      SMS_ACCOUNT_SID: "ACcrash",
      SMS_AUTH_TOKEN: "crash-token",
      SMS_FROM: "+447700900001",
      WORKER_CONCURRENCY: String(CONCURRENCY),
      DELIVERY_LEASE_SECONDS: String(LEASE_SECONDS),
      TRANSPORT_TIMEOUT_SECONDS: "10",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { name, child, exited, output: () => output };
}

const delivered = () => smtp.received.length + sms.received.length;

async function waitFor(what: string, check: () => Promise<boolean> | boolean, logs: () => string) {
  // A generous bound only so a broken run ends with a message; nothing here is timed.
  const deadline = Date.now() + 150_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}\n${logs()}`);
    await sleep(50);
  }
}

async function statusCounts() {
  const rows = await t.db.execute(
    sql`select status, count(*)::int as n from outbox_message group by status`,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.status as string, r.n as number]));
}

describe("delivery workers", () => {
  it("send each message at most once across a kill, a restart and two workers at once", async () => {
    const { orgId } = await t.addClinic();
    const ids: string[] = Array.from({ length: EMAILS + TEXTS }, () => randomUUID());
    await t.db.transaction(async (tx) => {
      await tx.insert(outboxMessage).values(
        ids.map((id, i) => ({
          id,
          orgId,
          channel: i < EMAILS ? ("email" as const) : ("sms" as const),
          recipient:
            i < EMAILS ? `client${i}@example.test` : `+4477009${String(i).padStart(5, "0")}`,
          subject: i < EMAILS ? "Your appointment" : "",
          bodyText: `Reminder ${id}`,
          kind: "reminder",
        })),
      );
      for (const id of ids) await queueDelivery(tx, id, null);
    });

    // 1. One worker, killed without warning in the middle of the batch.
    const started = Date.now();
    const phase = (label: string) => console.info(`${label} after ${Date.now() - started} ms`);
    const first = startWorker("first");
    await waitFor("the first deliveries", () => delivered() >= 40, first.output);
    phase("first deliveries");
    first.child.kill("SIGKILL");
    await first.exited;
    const killedAt = new Date();
    const beforeRestart = delivered();
    expect(beforeRestart).toBeLessThan(ids.length);

    // 2. Two workers at once pick up the rest, including what the dead one had locked.
    const second = startWorker("second");
    const third = startWorker("third");
    const logs = () => `${second.output()}\n${third.output()}`;
    await waitFor(
      "every message to be handled",
      async () => {
        const counts = await statusCounts();
        if ((counts.scheduled ?? 0) > 0) return false;
        // Anything still `sending` must be a claim the killed worker never finished.
        const late = await t.db.execute(
          sql`select count(*)::int as n from outbox_message
              where status = 'sending' and claimed_at > ${killedAt.toISOString()}::timestamptz`,
        );
        return late.rows[0]?.n === 0;
      },
      logs,
    );

    phase("all handled");
    // 3. Both stop cleanly on SIGTERM.
    second.child.kill("SIGTERM");
    third.child.kill("SIGTERM");
    expect(await second.exited, second.output()).toBe(0);
    expect(await third.exited, third.output()).toBe(0);

    // 4. Past the lease, the killed worker's unfinished claims are settled as failed, not resent.
    const settled = await sweepOutbox(
      t.db,
      { ...t.delivery.settings, leaseSeconds: LEASE_SECONDS },
      new Date(Date.now() + (LEASE_SECONDS + 1) * 1000),
    );

    const emailCounts = new Map<string, number>();
    for (const mail of smtp.received) {
      const id = mail.messageId?.match(/^<outbox-([0-9a-f-]{36})@/)?.[1] ?? "?";
      emailCounts.set(id, (emailCounts.get(id) ?? 0) + 1);
    }
    const smsCounts = new Map<string, number>();
    for (const text of sms.received) {
      const id = text.form.Body?.replace("Reminder ", "") ?? "?";
      smsCounts.set(id, (smsCounts.get(id) ?? 0) + 1);
    }
    const received = (id: string) => (emailCounts.get(id) ?? 0) + (smsCounts.get(id) ?? 0);

    // Never twice.
    for (const [id, n] of [...emailCounts, ...smsCounts]) expect(n, `message ${id}`).toBe(1);
    expect([...emailCounts.keys(), ...smsCounts.keys()].every((id) => ids.includes(id))).toBe(true);

    // Never lost: sent (and received once), or failed as interrupted by the kill.
    const rows = await t.db.select().from(outboxMessage);
    const sent = rows.filter((r) => r.status === "sent");
    const failed = rows.filter((r) => r.status === "failed");
    expect(sent.length + failed.length).toBe(ids.length);
    for (const row of sent) expect(received(row.id), `sent ${row.id}`).toBe(1);
    for (const row of failed) {
      expect(row.error).toBe(INTERRUPTED_ERROR);
      // Only claims the killed worker made; at most one per delivery it had under way.
      expect(row.claimedAt?.getTime()).toBeLessThanOrEqual(killedAt.getTime());
    }
    expect(failed.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(settled.interrupted).toBe(failed.length);
    console.info(
      `worker crash: ${beforeRestart} delivered before the kill, ${sent.length} sent in all, ` +
        `${failed.length} interrupted by the kill (failed, ${failed.filter((r) => received(r.id) === 1).length} of them had reached the provider)`,
    );
  }, 180_000);
});
