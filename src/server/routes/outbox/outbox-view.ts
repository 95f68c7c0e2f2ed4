import type { OutboxMessage } from "../../../shared/contracts/outbox.ts";
import type { outboxMessage } from "../../db/schema/index.ts";

/** One outbox row as the API shows it. */
export function outboxView(m: typeof outboxMessage.$inferSelect): OutboxMessage {
  return {
    id: m.id,
    channel: m.channel,
    recipient: m.recipient,
    subject: m.subject,
    bodyText: m.bodyText,
    bodyHtml: m.bodyHtml,
    status: m.status,
    kind: m.kind,
    transport: m.transport,
    scheduledFor: m.scheduledFor?.toISOString() ?? null,
    sentAt: m.sentAt?.toISOString() ?? null,
    attempts: m.attempts,
    error: m.error,
    cancelledReason: m.cancelledReason,
    createdAt: m.createdAt.toISOString(),
  };
}
