import { and, eq } from "drizzle-orm";
import { outboxMessage } from "../db/schema/index.ts";
import { TransportError } from "../notify/transport.ts";
import { backoffSeconds, type DeliveryDeps } from "./delivery-settings.ts";
import { queueDelivery } from "./queue.ts";

/** A row this process has claimed (status `sending`, `claimed_at` set by it). */
export type ClaimedMessage = typeof outboxMessage.$inferSelect & { claimedAt: Date };

export type DeliveryOutcome = "sent" | "retrying" | "failed";

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000) || "The transport failed without saying why.";
}

/**
 * Hands a claimed message to its channel's transport exactly once, then records the answer: `sent`
 * with the provider's id; or, on a passing failure with attempts left, back to `scheduled` after a
 * backoff (its next job queued in the same transaction); or `failed` with the provider's words.
 */
export async function deliverClaimed(
  deps: DeliveryDeps,
  row: ClaimedMessage,
  now?: Date,
): Promise<DeliveryOutcome> {
  const { db, settings, log } = deps;
  const transport = deps.transports[row.channel];
  const clock = () => now ?? new Date();
  // Updates only our own claim: a later claim of the same row is someone else's to record.
  const ours = and(eq(outboxMessage.id, row.id), eq(outboxMessage.claimedAt, row.claimedAt));
  try {
    const { providerMessageId } = await transport.send(row);
    await db
      .update(outboxMessage)
      .set({
        status: "sent",
        sentAt: clock(),
        providerMessageId,
        transport: transport.name,
        error: null,
      })
      .where(ours);
    return "sent";
  } catch (error) {
    const text = errorText(error);
    const retryable = !(error instanceof TransportError) || error.retryable;
    log.warn(
      { messageId: row.id, channel: row.channel, attempts: row.attempts, retryable, err: text },
      "message delivery failed",
    );
    if (retryable && row.attempts < settings.maxAttempts) {
      const runAt = new Date(clock().getTime() + backoffSeconds(settings, row.attempts) * 1000);
      await db.transaction(async (tx) => {
        const moved = await tx
          .update(outboxMessage)
          .set({
            status: "scheduled",
            scheduledFor: runAt,
            error: text,
            transport: transport.name,
          })
          .where(and(ours, eq(outboxMessage.status, "sending")))
          .returning({ id: outboxMessage.id });
        if (moved.length > 0) await queueDelivery(tx, row.id, runAt);
      });
      return "retrying";
    }
    await db
      .update(outboxMessage)
      .set({ status: "failed", error: text, transport: transport.name })
      .where(ours);
    return "failed";
  }
}
