import { z } from "zod";
import { shortText } from "./common.ts";

export const devOutboxQuery = z.object({ to: shortText(254).optional() });

export const outboxMessage = z.object({
  id: z.string(),
  channel: z.enum(["email", "sms"]),
  recipient: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  bodyHtml: z.string().nullable(),
  status: z.enum(["scheduled", "sending", "sent", "failed", "cancelled"]),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

/** The dev outbox: newest first, at most 100. Only served while no SMTP server is configured. */
export const devOutbox = z.object({
  transport: z.literal("dev-outbox"),
  messages: z.array(outboxMessage),
});
export type DevOutbox = z.infer<typeof devOutbox>;
