import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.ts";

/** The graphile-worker task that delivers one outbox message. */
export const DELIVER_TASK = "deliver-message";
/** The graphile-worker task that re-queues lost work and settles interrupted deliveries. */
export const SWEEP_TASK = "sweep-outbox";

/** The graphile-worker task that re-plans a clinic's messages after its schedules or wording change. */
export const REPLAN_CLINIC_TASK = "replan-clinic";

/** One job key per message: re-queueing replaces the waiting job instead of adding another. */
export const deliveryJobKey = (messageId: string) => `outbox:${messageId}`;

/**
 * Enqueues delivery of one outbox message at `runAt` (null: now). Call it in the same transaction
 * that inserts or re-plans the row, so the row and its job commit together. Replace semantics: a
 * waiting job for the message moves to the new time; a job already running keeps running and a
 * fresh one is added (the claim in dispatch.ts makes the extra run harmless).
 */
export async function queueDelivery(
  db: Executor,
  messageId: string,
  runAt: Date | null,
): Promise<void> {
  await db.execute(sql`
    select graphile_worker.add_job(
      ${DELIVER_TASK},
      json_build_object('messageId', ${messageId}::text),
      run_at => ${runAt ? runAt.toISOString() : null}::timestamptz,
      max_attempts => 5,
      job_key => ${deliveryJobKey(messageId)},
      job_key_mode => 'replace'
    )`);
}

/**
 * Asks the worker to re-plan every pending message of a clinic a few seconds from now (new
 * schedules or wording). One job per clinic: edits in quick succession push it back and run once.
 */
export async function queueClinicReplan(db: Executor, orgId: string): Promise<void> {
  await db.execute(sql`
    select graphile_worker.add_job(
      ${REPLAN_CLINIC_TASK},
      json_build_object('orgId', ${orgId}::text),
      run_at => now() + interval '5 seconds',
      max_attempts => 3,
      job_key => ${`replan:${orgId}`},
      job_key_mode => 'replace'
    )`);
}
