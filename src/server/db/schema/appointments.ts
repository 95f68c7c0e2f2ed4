import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { member } from "./auth.ts";
import { client } from "./clients.ts";
import { location, room, service } from "./clinic.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { course } from "./scheduling.ts";

export const appointmentStatuses = ["booked", "completed", "cancelled", "no_show"] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/**
 * `busy_from`/`busy_to` include the service buffers; the EXCLUDE constraints in migration 0001
 * forbid two live appointments overlapping on the same practitioner or room.
 */
export const appointment = pgTable(
  "appointment",
  {
    ...tenantColumns(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id),
    practitionerId: text("practitioner_id")
      .notNull()
      .references(() => member.id),
    roomId: uuid("room_id").references(() => room.id),
    startsAt: tz("starts_at").notNull(),
    endsAt: tz("ends_at").notNull(),
    busyFrom: tz("busy_from").notNull(),
    busyTo: tz("busy_to").notNull(),
    status: text("status").$type<AppointmentStatus>().notNull().default("booked"),
    notes: text("notes").notNull().default(""),
    cancelReason: text("cancel_reason").notNull().default(""),
    cancelledAt: tz("cancelled_at"),
    createdBy: text("created_by"),
    /** Set for the sessions of a course booked from a plan; `course_session` counts from 1. */
    courseId: uuid("course_id").references(() => course.id),
    courseSession: integer("course_session"),
    /** Moves made at the client's request, counted against the reschedule limit. */
    rescheduleCount: integer("reschedule_count").notNull().default(0),
    /** A late cancellation or no-show under a policy that keeps the deposit. */
    depositForfeited: boolean("deposit_forfeited").notNull().default(false),
    version: integer("version").notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index("appointment_org_time_idx").on(t.orgId, t.startsAt),
    index("appointment_client_idx").on(t.clientId, t.startsAt),
    index("appointment_course_idx").on(t.courseId),
    check(
      "appointment_order",
      sql`ends_at > starts_at and busy_from <= starts_at and busy_to >= ends_at`,
    ),
    check("appointment_status", sql`status in ('booked','completed','cancelled','no_show')`),
  ],
);
