import { z } from "zod";
import { shortText } from "./common.ts";

export const outboxChannels = ["email", "sms"] as const;
export const outboxStatuses = ["scheduled", "sending", "sent", "failed", "cancelled"] as const;

export const devOutboxQuery = z.object({
  to: shortText(254).optional(),
  channel: z.enum(outboxChannels, { message: "must be email or sms" }).optional(),
});

export const outboxMessage = z.object({
  id: z.string(),
  channel: z.enum(outboxChannels),
  recipient: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  bodyHtml: z.string().nullable(),
  status: z.enum(outboxStatuses),
  /** reminder, aftercare, recall, account… */
  kind: z.string(),
  /** `smtp`, `twilio` or `dev` (recorded when a delivery is attempted). */
  transport: z.string(),
  /** When it is due; null means as soon as possible. */
  scheduledFor: z.string().nullable(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  /** The provider's answer when a delivery failed (the last one for a message being retried). */
  error: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

/** The dev outbox: newest first, at most 100. Only served for channels with no real transport. */
export const devOutbox = z.object({
  transport: z.literal("dev-outbox"),
  /** The channels whose messages stay here (the others go to SMTP or the SMS provider). */
  channels: z.array(z.enum(outboxChannels)),
  messages: z.array(outboxMessage),
});
export type DevOutbox = z.infer<typeof devOutbox>;

/** POST /api/outbox/{id}/resend answers with the new message, queued to send now. */
export const resentMessage = z.object({
  message: outboxMessage,
  /** The failed message it copies. */
  resentFrom: z.string(),
});
export type ResentMessage = z.infer<typeof resentMessage>;
