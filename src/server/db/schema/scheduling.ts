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
import { member, organization, user } from "./auth.ts";
import { client } from "./clients.ts";
import { location, room, service } from "./clinic.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { treatmentPlan } from "./consultations.ts";

/** A clinic's booking rules (`BookingPolicy` in src/domain/settings), one row per clinic. */
export const bookingPolicy = pgTable("booking_policy", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  settings: jsonb("settings").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  ...timestamps(),
});

/** The sessions of an accepted plan, booked together; appointments point at it. */
export const course = pgTable(
  "course",
  {
    ...tenantColumns(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => treatmentPlan.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id),
    /** Healing gaps between consecutive sessions, in days, as agreed when the course was booked. */
    gaps: jsonb("gaps").$type<{ minDays: number; maxDays: number }[]>().notNull(),
    createdBy: text("created_by"),
    ...timestamps(),
  },
  (t) => [index("course_plan_idx").on(t.planId), index("course_client_idx").on(t.clientId)],
);

export const holdPurposes = ["booking", "waitlist_offer", "public_booking"] as const;
export type HoldPurpose = (typeof holdPurposes)[number];

/**
 * A short reservation of a practitioner (and room) while someone chooses. Exclusion constraints in
 * migration 0004 keep holds from overlapping each other; expired holds are deleted before inserts.
 */
export const slotHold = pgTable(
  "slot_hold",
  {
    ...tenantColumns(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id),
    practitionerId: text("practitioner_id")
      .notNull()
      .references(() => member.id),
    roomId: uuid("room_id").references(() => room.id),
    startsAt: tz("starts_at").notNull(),
    busyFrom: tz("busy_from").notNull(),
    busyTo: tz("busy_to").notNull(),
    expiresAt: tz("expires_at").notNull(),
    purpose: text("purpose").$type<HoldPurpose>().notNull().default("booking"),
    /** Several holds made together (the sessions of one course) share a group. */
    groupId: uuid("group_id").notNull(),
    heldBy: text("held_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("slot_hold_expiry_idx").on(t.expiresAt),
    index("slot_hold_group_idx").on(t.groupId),
    check("slot_hold_order", sql`busy_from <= starts_at and busy_to > starts_at`),
    check("slot_hold_purpose", sql`purpose in ('booking','waitlist_offer','public_booking')`),
  ],
);

export const waitlistStatuses = ["waiting", "offered", "booked", "withdrawn"] as const;
export type WaitlistStatus = (typeof waitlistStatuses)[number];

/** A client who would take an earlier slot for a service, first come first offered. */
export const waitlistEntry = pgTable(
  "waitlist_entry",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id),
    /** null: any practitioner. */
    practitionerId: text("practitioner_id").references(() => member.id),
    /** The booked appointment they would move earlier, if any. */
    appointmentId: uuid("appointment_id"),
    /** Local dates (inclusive) the client can make. */
    earliestDate: text("earliest_date").notNull(),
    latestDate: text("latest_date").notNull(),
    notes: text("notes").notNull().default(""),
    status: text("status").$type<WaitlistStatus>().notNull().default("waiting"),
    createdBy: text("created_by"),
    ...timestamps(),
  },
  (t) => [
    index("waitlist_entry_queue_idx").on(t.orgId, t.locationId, t.status, t.createdAt),
    check("waitlist_entry_status", sql`status in ('waiting','offered','booked','withdrawn')`),
    check("waitlist_entry_dates", sql`earliest_date <= latest_date`),
  ],
);

export const offerStatuses = ["pending", "accepted", "declined", "expired", "withdrawn"] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** A freed slot offered to one waitlisted client, held for them until `expires_at`. */
export const waitlistOffer = pgTable(
  "waitlist_offer",
  {
    ...tenantColumns(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => waitlistEntry.id),
    holdId: uuid("hold_id"),
    practitionerId: text("practitioner_id")
      .notNull()
      .references(() => member.id),
    roomId: uuid("room_id").references(() => room.id),
    startsAt: tz("starts_at").notNull(),
    expiresAt: tz("expires_at").notNull(),
    /** Secret for the client's accept/decline link; only its SHA-256 is stored. */
    tokenHash: text("token_hash").notNull(),
    status: text("status").$type<OfferStatus>().notNull().default("pending"),
    appointmentId: uuid("appointment_id"),
    respondedAt: tz("responded_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("waitlist_offer_entry_idx").on(t.entryId),
    uniqueIndex("waitlist_offer_token_idx").on(t.tokenHash),
    index("waitlist_offer_pending_idx").on(t.status, t.expiresAt),
    check(
      "waitlist_offer_status",
      sql`status in ('pending','accepted','declined','expired','withdrawn')`,
    ),
  ],
);

/** A practitioner's private calendar feed; the URL carries a secret whose SHA-256 is stored. */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    ...tenantColumns(),
    memberId: text("member_id")
      .notNull()
      .references(() => member.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    revokedAt: tz("revoked_at"),
    lastUsedAt: tz("last_used_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("calendar_feed_token_idx").on(t.tokenHash),
    index("calendar_feed_member_idx").on(t.memberId),
  ],
);
