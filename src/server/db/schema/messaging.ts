import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { appointment } from "./appointments.ts";
import { member, organization, user } from "./auth.ts";
import { client } from "./clients.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { scalpPhoto } from "./photos.ts";
import { treatmentSession } from "./sessions.ts";

/** A clinic's message schedules (`MessagingSettings` in src/domain/messaging), one row per clinic. */
export const messagingSettings = pgTable("messaging_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  settings: jsonb("settings").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  ...timestamps(),
});

/** A clinic's own wording for one template and channel; without a row the default text is used. */
export const messageTemplate = pgTable(
  "message_template",
  {
    ...tenantColumns(),
    key: text("key").notNull(),
    channel: text("channel").$type<"email" | "sms">().notNull(),
    subject: text("subject").notNull().default(""),
    body: text("body").notNull(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("message_template_key_idx").on(t.orgId, t.key, t.channel),
    check("message_template_channel", sql`channel in ('email','sms')`),
  ],
);

export const checkInAnswers = ["fine", "concern"] as const;
export type CheckInAnswer = (typeof checkInAnswers)[number];

/**
 * A check-in after a session (day 3, day 10…): the client answers through a secret link with
 * "all fine" or "something's wrong", optionally with a photo. A concern raises a staff alert.
 */
export const checkIn = pgTable(
  "check_in",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id),
    sessionId: uuid("session_id").references(() => treatmentSession.id),
    day: integer("day").notNull(),
    tokenHash: text("token_hash").notNull(),
    dueAt: tz("due_at").notNull(),
    expiresAt: tz("expires_at").notNull(),
    answer: text("answer").$type<CheckInAnswer>(),
    note: text("note").notNull().default(""),
    photoId: uuid("photo_id").references(() => scalpPhoto.id),
    answeredAt: tz("answered_at"),
    cancelledAt: tz("cancelled_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("check_in_token_idx").on(t.tokenHash),
    uniqueIndex("check_in_appointment_day_idx").on(t.appointmentId, t.day),
    index("check_in_client_idx").on(t.orgId, t.clientId),
    check("check_in_answer", sql`answer is null or answer in ('fine','concern')`),
  ],
);

/** Something a practitioner must see in the app, e.g. a client reporting a concern after a session. */
export const staffAlert = pgTable(
  "staff_alert",
  {
    ...tenantColumns(),
    /** The member it is for; null means everyone with clinical access. */
    memberId: text("member_id").references(() => member.id),
    kind: text("kind").notNull(),
    clientId: uuid("client_id").references(() => client.id, { onDelete: "cascade" }),
    checkInId: uuid("check_in_id").references(() => checkIn.id),
    /** Discreet one-line summary; details stay on the linked record. */
    title: text("title").notNull(),
    readAt: tz("read_at"),
    readBy: text("read_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [index("staff_alert_org_idx").on(t.orgId, t.readAt, t.createdAt)],
);
