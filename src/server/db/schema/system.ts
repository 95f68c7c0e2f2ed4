import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { tz } from "./columns.ts";

/** Who did what to which record. Never holds the health data itself, only references to it. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orgId: text("org_id").references(() => organization.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: tz("at").notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_at_idx").on(t.orgId, t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);

export const messageStatuses = ["scheduled", "sending", "sent", "failed", "cancelled"] as const;
export type MessageStatus = (typeof messageStatuses)[number];

/**
 * Every email or SMS Stipple sends or plans to send: the outbox. A row is the source of truth for
 * delivery: the worker claims a due `scheduled` row (status `sending`, `claimed_at`), hands it to
 * the transport once, and records `sent` or `failed` with the provider's answer. With no transport
 * configured the transport is `dev` and this table is the dev outbox.
 *
 * Planned client messages (reminders, pre-care, aftercare, check-ins, touch-ups, recalls) carry
 * their client, appointment, `kind`, `step` and a `plan_key`: at most one live (`scheduled` or
 * `sending`) row per plan key, so re-planning updates rather than duplicates.
 */
export const outboxMessage = pgTable(
  "outbox_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: text("org_id").references(() => organization.id, { onDelete: "cascade" }),
    channel: text("channel").$type<"email" | "sms">().notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull().default(""),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html"),
    status: text("status").$type<MessageStatus>().notNull().default("scheduled"),
    transport: text("transport").notNull().default("dev"),
    error: text("error"),
    /** Client and appointment the message is about, for the client timeline; null for staff mail. */
    clientId: uuid("client_id"),
    appointmentId: uuid("appointment_id"),
    /** confirmation, reminder, pre-care, aftercare, check-in, touch-up, recall, waitlist, staff, account… */
    kind: text("kind").notNull().default("account"),
    /** The schedule step, e.g. `reminder-48h` or `aftercare-day-4`. */
    step: text("step"),
    templateKey: text("template_key"),
    planKey: text("plan_key"),
    /** When it is due; null means now. */
    scheduledFor: tz("scheduled_for"),
    /** A condition checked just before sending, e.g. `no-future-appointment` for a recall. */
    guard: text("guard"),
    attempts: integer("attempts").notNull().default(0),
    claimedAt: tz("claimed_at"),
    providerMessageId: text("provider_message_id"),
    cancelledReason: text("cancelled_reason"),
    createdAt: tz("created_at").notNull().defaultNow(),
    sentAt: tz("sent_at"),
  },
  (t) => [
    index("outbox_created_idx").on(t.createdAt),
    index("outbox_due_idx").on(t.status, t.scheduledFor),
    index("outbox_client_idx").on(t.orgId, t.clientId, t.scheduledFor),
    index("outbox_appointment_idx").on(t.appointmentId),
    uniqueIndex("outbox_plan_key_live_idx")
      .on(t.orgId, t.planKey)
      .where(sql`status in ('scheduled','sending')`),
    check("outbox_status", sql`status in ('scheduled','sending','sent','failed','cancelled')`),
    check("outbox_channel", sql`channel in ('email','sms')`),
  ],
);
