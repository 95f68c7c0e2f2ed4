import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Assessment } from "../../../domain/assessment/assessment.ts";
import type { Quote, QuoteAdjustment, TreatmentPlan } from "../../../domain/planning/types.ts";
import type { Answers, ScreeningResult } from "../../../domain/screening/types.ts";
import type { ScreeningRuleId } from "../../../domain/settings/clinical-settings.ts";
import { organization, user } from "./auth.ts";
import { client } from "./clients.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";

/**
 * A clinic's clinical rules and prices (domain ClinicalSettings), stored whole as JSON and read
 * through `completeClinicalSettings` so that a setting added later takes its default.
 * No row = the reference defaults.
 */
export const clinicalSettings = pgTable("clinical_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  settings: jsonb("settings").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  ...timestamps(),
});

export type ConsultationMode = "in_person" | "video" | "phone";
export type ConsultationStatus = "open" | "completed" | "closed";

/** One consultation: intake answers, screening, assessment and the expectations discussed. */
export const consultation = pgTable(
  "consultation",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    practitionerUserId: text("practitioner_user_id").references(() => user.id, {
      onDelete: "set null",
    }),
    mode: text("mode").$type<ConsultationMode>().notNull(),
    status: text("status").$type<ConsultationStatus>().notNull().default("open"),
    /** The date the consultation took place, in the clinic's zone. */
    heldOn: date("held_on", { mode: "string" }).notNull(),
    intakeVersion: integer("intake_version"),
    intakeAnswers: jsonb("intake_answers").$type<Answers>(),
    intakeSource: text("intake_source").$type<"staff" | "client">(),
    intakeUpdatedAt: tz("intake_updated_at"),
    screening: jsonb("screening").$type<ScreeningResult>(),
    screenedOn: date("screened_on", { mode: "string" }),
    assessment: jsonb("assessment").$type<Assessment>(),
    expectations: jsonb("expectations").$type<string[]>().notNull().default([]),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index("consultation_client_idx").on(t.orgId, t.clientId, t.heldOn),
    check("consultation_mode", sql`mode in ('in_person','video','phone')`),
    check("consultation_status", sql`status in ('open','completed','closed')`),
  ],
);

/** A GP letter received or a deferral date agreed: lifts one screening rule for a client. */
export const screeningClearance = pgTable(
  "screening_clearance",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").references(() => consultation.id, {
      onDelete: "set null",
    }),
    ruleId: text("rule_id").$type<ScreeningRuleId>().notNull(),
    kind: text("kind").$type<"gp_letter" | "deferral">().notNull(),
    until: date("until", { mode: "string" }),
    recordedOn: date("recorded_on", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    revokedAt: tz("revoked_at"),
    ...timestamps(),
  },
  (t) => [
    index("screening_clearance_client_idx").on(t.orgId, t.clientId),
    check("screening_clearance_kind", sql`kind in ('gp_letter','deferral')`),
    check("screening_clearance_until", sql`(kind = 'deferral') = (until is not null)`),
  ],
);

export type PlanStatus = "draft" | "accepted" | "declined" | "superseded";

/** A treatment plan and its quote; accepted plans are frozen with the client's signature and PDF. */
export const treatmentPlan = pgTable(
  "treatment_plan",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultation.id, { onDelete: "cascade" }),
    status: text("status").$type<PlanStatus>().notNull().default("draft"),
    plan: jsonb("plan").$type<TreatmentPlan>().notNull(),
    adjustment: jsonb("adjustment").$type<QuoteAdjustment>(),
    quote: jsonb("quote").$type<Quote>().notNull(),
    /** Settings version the plan was generated under. */
    settingsVersion: integer("settings_version").notNull(),
    acceptedAt: tz("accepted_at"),
    signedName: text("signed_name"),
    signatureFile: text("signature_file"),
    pdfFile: text("pdf_file"),
    acceptedIp: text("accepted_ip"),
    acceptedUserAgent: text("accepted_user_agent"),
    declineReason: text("decline_reason"),
    witnessedBy: text("witnessed_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index("treatment_plan_client_idx").on(t.orgId, t.clientId),
    // One live plan per consultation: a new draft supersedes the old one.
    uniqueIndex("treatment_plan_live_idx")
      .on(t.consultationId)
      .where(sql`status in ('draft','accepted')`),
    check("treatment_plan_status", sql`status in ('draft','accepted','declined','superseded')`),
  ],
);
