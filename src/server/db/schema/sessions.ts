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
import { member, user } from "./auth.ts";
import { client } from "./clients.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { treatmentPlan } from "./consultations.ts";
import { stockBatch } from "./stock.ts";

export const patchTestResults = ["pending", "negative", "positive", "declined"] as const;
export type PatchTestResult = (typeof patchTestResults)[number];

/** A patch test (§4.6): performed, then read at least the clinic's minimum hours later. */
export const patchTest = pgTable(
  "patch_test",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    performedAt: tz("performed_at").notNull(),
    readAt: tz("read_at"),
    /** `declined`: the client declined the test and signed a waiver. */
    result: text("result").$type<PatchTestResult>().notNull().default("pending"),
    pigmentBatchId: uuid("pigment_batch_id").references(() => stockBatch.id),
    notes: text("notes").notNull().default(""),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("patch_test_client_idx").on(t.orgId, t.clientId, t.performedAt),
    check("patch_test_result", sql`result in ('pending','negative','positive','declined')`),
  ],
);

export const sessionStatuses = ["in_progress", "signed"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/**
 * What happened in the chair for one appointment: the start checklist (with any overrides and
 * their reasons), actual times, and once signed off, who signed and when. A signed record is
 * never edited; corrections are `session_amendment` rows.
 */
export const treatmentSession = pgTable(
  "treatment_session",
  {
    ...tenantColumns(),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id),
    planId: uuid("plan_id").references(() => treatmentPlan.id),
    practitionerId: text("practitioner_id")
      .notNull()
      .references(() => member.id),
    status: text("status").$type<SessionStatus>().notNull().default("in_progress"),
    /** The checklist as run at the start: each item's outcome, reason and any override. */
    checklist: jsonb("checklist").$type<Record<string, unknown>>().notNull(),
    startedAt: tz("started_at").notNull(),
    endedAt: tz("ended_at"),
    notes: text("notes").notNull().default(""),
    signedAt: tz("signed_at"),
    signedBy: text("signed_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("treatment_session_appointment_idx").on(t.appointmentId),
    index("treatment_session_client_idx").on(t.orgId, t.clientId, t.startedAt),
    check("treatment_session_status", sql`status in ('in_progress','signed')`),
    check("treatment_session_signed", sql`(status = 'signed') = (signed_at is not null)`),
  ],
);

/** One zone worked in a session (§9): pigment, dilution, needle, depth, coverage, reactions. */
export const sessionZone = pgTable(
  "session_zone",
  {
    ...tenantColumns(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => treatmentSession.id, { onDelete: "cascade" }),
    /** A planning ZoneId (hairline, temples, crown…) and the label shown to people. */
    zone: text("zone").notNull(),
    label: text("label").notNull(),
    pigmentBatchId: uuid("pigment_batch_id")
      .notNull()
      .references(() => stockBatch.id),
    /** Dilution as pigment : water parts, e.g. 1 and 2 for "1 : 2". */
    pigmentParts: integer("pigment_parts").notNull(),
    waterParts: integer("water_parts").notNull(),
    shadeLabel: text("shade_label").notNull().default(""),
    needleBatchId: uuid("needle_batch_id")
      .notNull()
      .references(() => stockBatch.id),
    needleCount: integer("needle_count").notNull().default(1),
    depthNotes: text("depth_notes").notNull().default(""),
    coveragePct: integer("coverage_pct"),
    densityPerCm2: integer("density_per_cm2"),
    anaestheticBatchId: uuid("anaesthetic_batch_id").references(() => stockBatch.id),
    anaestheticAppliedAt: tz("anaesthetic_applied_at"),
    reactions: text("reactions").notNull().default(""),
    startedAt: tz("started_at"),
    endedAt: tz("ended_at"),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("session_zone_session_idx").on(t.sessionId),
    index("session_zone_pigment_idx").on(t.orgId, t.pigmentBatchId),
    index("session_zone_needle_idx").on(t.orgId, t.needleBatchId),
    index("session_zone_anaesthetic_idx").on(t.orgId, t.anaestheticBatchId),
    check("session_zone_dilution", sql`pigment_parts > 0 and water_parts >= 0`),
    check("session_zone_coverage", sql`coverage_pct is null or coverage_pct between 0 and 100`),
    check("session_zone_needles", sql`needle_count between 1 and 100`),
  ],
);

/** A correction to a signed session: what changed (field → from/to), why and who. Append-only. */
export const sessionAmendment = pgTable(
  "session_amendment",
  {
    ...tenantColumns(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => treatmentSession.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [index("session_amendment_session_idx").on(t.sessionId, t.createdAt)],
);
