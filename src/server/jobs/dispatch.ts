import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { outboxMessage } from "../db/schema/index.ts";
import { evaluateGuard } from "../use-cases/messaging/guards.ts";
import { type ClaimedMessage, type DeliveryOutcome, deliverClaimed } from "./deliver.ts";
import type { DeliveryDeps } from "./delivery-settings.ts";
import { settleInterrupted } from "./sweep.ts";

export type DispatchOutcome = DeliveryOutcome | "cancelled" | "skipped";

const isDue = (now: Date) =>
  and(
    eq(outboxMessage.status, "scheduled"),
    or(isNull(outboxMessage.scheduledFor), lte(outboxMessage.scheduledFor, now)),
  );

/**
 * Delivers one outbox message if it is still `scheduled` and due. The claim is a short
 * transaction (row lock with SKIP LOCKED, guard check, status `sending`, attempts + 1) committed
 * before the transport is called, so a second worker or a re-run never sends it again.
 * `skipped`: not due, already handled, or being claimed by someone else right now.
 */
export async function dispatchMessage(
  deps: DeliveryDeps,
  messageId: string,
  now?: Date,
): Promise<DispatchOutcome> {
  const at = now ?? new Date();
  const claim = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.id, messageId), isDue(at)))
      .for("update", { skipLocked: true });
    if (!row) return "skipped" as const;
    const reason = await evaluateGuard(tx, row, at);
    if (reason) {
      await tx
        .update(outboxMessage)
        .set({ status: "cancelled", cancelledReason: reason })
        .where(eq(outboxMessage.id, row.id));
      return "cancelled" as const;
    }
    const [claimed] = await tx
      .update(outboxMessage)
      .set({
        status: "sending",
        claimedAt: at,
        attempts: sql`${outboxMessage.attempts} + 1`,
      })
      .where(eq(outboxMessage.id, row.id))
      .returning();
    return claimed as ClaimedMessage;
  });
  if (typeof claim === "string") return claim;
  return deliverClaimed(deps, claim, now);
}

export type DispatchCounts = Record<DispatchOutcome, number> & { interrupted: number };

/**
 * Drains every message due at `now`: settles interrupted deliveries, then dispatches due rows
 * oldest first until none is left (a retried message moves past `now`, so this ends).
 */
export async function dispatchDue(deps: DeliveryDeps, now?: Date): Promise<DispatchCounts> {
  const at = now ?? new Date();
  const counts: DispatchCounts = {
    sent: 0,
    retrying: 0,
    failed: 0,
    cancelled: 0,
    skipped: 0,
    interrupted: await settleInterrupted(deps.db, deps.settings, at),
  };
  for (;;) {
    const due = await deps.db
      .select({ id: outboxMessage.id })
      .from(outboxMessage)
      .where(isDue(at))
      .orderBy(asc(outboxMessage.scheduledFor), asc(outboxMessage.createdAt))
      .limit(100);
    if (due.length === 0) break;
    let progressed = false;
    for (const { id } of due) {
      const outcome = await dispatchMessage(deps, id, now);
      counts[outcome]++;
      if (outcome !== "skipped") progressed = true;
    }
    // Everything left is locked by another worker: it is theirs to deliver.
    if (!progressed) break;
  }
  return counts;
}
