import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../db/client.ts";
import { outboxMessage } from "../db/schema/index.ts";
import { type DeliverySettings, INTERRUPTED_ERROR } from "./delivery-settings.ts";
import { DELIVER_TASK } from "./queue.ts";

/**
 * A row still `sending` past the lease lost its worker mid-delivery: the provider may or may not
 * have it. It is marked `failed` with an explanation, never sent again on its own.
 */
export async function settleInterrupted(
  db: Executor,
  settings: DeliverySettings,
  now: Date,
): Promise<number> {
  const cutoff = new Date(now.getTime() - settings.leaseSeconds * 1000);
  const rows = await db
    .update(outboxMessage)
    .set({ status: "failed", error: INTERRUPTED_ERROR })
    .where(and(eq(outboxMessage.status, "sending"), lt(outboxMessage.claimedAt, cutoff)))
    .returning({ id: outboxMessage.id });
  return rows.length;
}

/**
 * Queues a job for every due `scheduled` message without a waiting one: its job was lost, or is
 * stuck locked by a worker that was killed (graphile-worker frees those only after hours).
 * A duplicate job is harmless: the claim in dispatch.ts sends a message once.
 */
export async function requeueLost(db: Executor, now: Date, limit = 1000): Promise<number> {
  const result = await db.execute(sql`
    select graphile_worker.add_job(
      ${DELIVER_TASK},
      json_build_object('messageId', m.id::text),
      max_attempts => 5,
      job_key => 'outbox:' || m.id::text,
      job_key_mode => 'replace'
    )
    from (
      select o.id from ${outboxMessage} o
      where o.status = 'scheduled'
        and coalesce(o.scheduled_for, o.created_at) <= ${now.toISOString()}::timestamptz
        and not exists (
          select 1 from graphile_worker.jobs j
          where j.key = 'outbox:' || o.id::text
            and j.locked_at is null
            and j.attempts < j.max_attempts
        )
      order by o.scheduled_for nulls first
      limit ${limit}
    ) m`);
  return result.rowCount ?? 0;
}

/** The every-minute job: settle interrupted deliveries, then make sure nothing due is forgotten. */
export async function sweepOutbox(
  db: Executor,
  settings: DeliverySettings,
  now: Date = new Date(),
): Promise<{ interrupted: number; requeued: number }> {
  const interrupted = await settleInterrupted(db, settings, now);
  const requeued = await requeueLost(db, now);
  return { interrupted, requeued };
}
