import { z } from "zod";
import {
  messageKinds,
  placeholderNames,
  templateChannels,
  templateKeys,
} from "../../domain/messaging/catalogue.ts";
import { messagingSettingsSchema } from "../../domain/messaging/settings.ts";
import { uuid } from "./common.ts";

// ── Settings → Messages: the schedule document ──────────────────────────────────────────────────

/** GET /messaging-settings (any staff) — version 0 and `updatedAt` null until a clinic saves. */
export const messagingSettingsView = z.object({
  settings: messagingSettingsSchema,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** From clinical settings (Settings → Clinical), shown read-only beside the schedule. */
  clinical: z.object({
    includedTouchUps: z.array(
      z.object({ label: z.string(), fromDay: z.number().int(), toDay: z.number().int() }),
    ),
    recallMonths: z.number().int(),
    secondRecallMonths: z.number().int().nullable(),
  }),
});
export type MessagingSettingsView = z.infer<typeof messagingSettingsView>;

/** PUT /messaging-settings (owner/admin); a stale `version` gets 409. */
export const saveMessagingSettingsInput = z.object({
  settings: messagingSettingsSchema,
  version: z.number().int().min(0),
});
export type SaveMessagingSettingsInput = z.infer<typeof saveMessagingSettingsInput>;

// ── Templates ───────────────────────────────────────────────────────────────────────────────────

export const templateKey = z.enum(templateKeys, { message: "is not a message template" });
export const templateChannel = z.enum(templateChannels, { message: "must be email or sms" });
export const messageKind = z.enum(messageKinds);
export const placeholderName = z.enum(placeholderNames as [string, ...string[]]);

/** Path of one template; an unknown key or channel is a 404 (there is no such template). */
export const templateParams = z.object({
  key: z.string().min(1).max(64),
  channel: z.string().min(1).max(16),
});

export const messageTemplate = z.object({
  key: templateKey,
  channel: templateChannel,
  kind: messageKind,
  label: z.string(),
  /** When it is sent, in words. */
  when: z.string(),
  /** Email only; "" for SMS. */
  defaultSubject: z.string(),
  defaultBody: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The clinic has its own wording (DELETE resets to the default). */
  customised: z.boolean(),
  updatedAt: z.string().nullable(),
  placeholders: z.array(z.object({ name: placeholderName, description: z.string() })),
});
export type MessageTemplate = z.infer<typeof messageTemplate>;

/** GET /message-templates (any staff): every key × channel, in schedule order. */
export const messageTemplateList = z.object({
  /** Whether the clinic is discreet (SMS text and subjects may not name the treatment). */
  discreet: z.boolean(),
  items: z.array(messageTemplate),
});
export type MessageTemplateList = z.infer<typeof messageTemplateList>;

/**
 * PUT /message-templates/{key}/{channel} (owner/admin). Text with `{{placeholder}}`s; unknown
 * placeholders and, while discreet, treatment words in SMS text or the subject are 400s.
 * `subject` is required for email and must be "" for SMS.
 */
export const saveMessageTemplateInput = z.object({
  subject: z.string().trim().max(200, "must be at most 200 characters").default(""),
  body: z
    .string()
    .trim()
    .min(1, "The message text is required")
    .max(5000, "must be at most 5000 characters"),
});
export type SaveMessageTemplateInput = z.infer<typeof saveMessageTemplateInput>;

/** POST /message-templates/{key}/{channel}/preview (any staff): render unsaved text with sample data. */
export const previewMessageTemplateInput = saveMessageTemplateInput;

export const messagePreview = z.object({
  subject: z.string(),
  bodyText: z.string(),
  /** Email only: the branded HTML body. */
  bodyHtml: z.string().nullable(),
  /** SMS only: characters and 160-character segments. */
  smsSegments: z.number().int().nullable(),
  /** Problems that would stop it being saved (unknown placeholders, words that are not discreet). */
  problems: z.array(z.object({ field: z.enum(["subject", "body"]), message: z.string() })),
});
export type MessagePreview = z.infer<typeof messagePreview>;

// ── Client timeline ─────────────────────────────────────────────────────────────────────────────

export const messageStatus = z.enum(["scheduled", "sending", "sent", "failed", "cancelled"]);

/**
 * One message on a client's timeline. Receptionists see what was sent when, but the subject and
 * text of aftercare and check-in messages only reach clinical roles: for them `subject` and
 * `bodyText` are null and `contentHidden` is true.
 */
export const clientMessage = z.object({
  id: uuid,
  kind: z.string(),
  step: z.string().nullable(),
  channel: templateChannel,
  recipient: z.string(),
  subject: z.string().nullable(),
  bodyText: z.string().nullable(),
  contentHidden: z.boolean(),
  status: messageStatus,
  scheduledFor: z.string().nullable(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  appointmentId: uuid.nullable(),
  /** A scheduled message staff may still cancel. */
  cancellable: z.boolean(),
});
export type ClientMessage = z.infer<typeof clientMessage>;

/** GET /clients/{id}/messages (any staff): upcoming first (soonest first), then past (newest first). */
export const clientMessageList = z.object({ items: z.array(clientMessage) });
export type ClientMessageList = z.infer<typeof clientMessageList>;

/** POST /messages/{id}/cancel (any staff): stop one scheduled message. 409 once it is sending or sent. */
export const cancelMessageInput = z.object({
  reason: z.string().trim().max(200, "must be at most 200 characters").default(""),
});
export type CancelMessageInput = z.infer<typeof cancelMessageInput>;
