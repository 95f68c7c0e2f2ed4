import { sql } from "drizzle-orm";
import {
  boolean,
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
import { location, service } from "./clinic.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { consultation } from "./consultations.ts";

/** A clinic's online booking: on or off, which websites may embed the widget, its wording. */
export const publicBookingSettings = pgTable("public_booking_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  enabled: boolean("enabled").notNull().default(true),
  /** Origins ("https://www.example-clinic.co.uk") allowed to embed the widget (CORS, frame-ancestors). */
  embedOrigins: jsonb("embed_origins").$type<string[]>().notNull().default([]),
  /** Short welcome shown at the top of the widget. */
  intro: text("intro").notNull().default(""),
  showEstimate: boolean("show_estimate").notNull().default(true),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  ...timestamps(),
});

export const bookingRequestStatuses = ["pending", "confirmed", "expired", "abandoned"] as const;
export type BookingRequestStatus = (typeof bookingRequestStatuses)[number];

/**
 * A consultation booked by a stranger through the widget: the held slot, their details, and the
 * one-time code sent to their email. Only the code's hash is kept; a request is confirmed once, by
 * the right code, before the code and the hold expire.
 */
export const bookingRequest = pgTable(
  "booking_request",
  {
    ...tenantColumns(),
    holdGroupId: uuid("hold_group_id").notNull(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id),
    practitionerId: text("practitioner_id")
      .notNull()
      .references(() => member.id),
    roomId: uuid("room_id"),
    startsAt: tz("starts_at").notNull(),
    mode: text("mode").$type<"in_person" | "video" | "phone">().notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone").notNull().default(""),
    /** The picture the person chose in the estimate step ({ scale, stage }), if any. */
    estimate: jsonb("estimate").$type<{ scale: "norwood" | "ludwig"; stage: string } | null>(),
    codeHash: text("code_hash"),
    codeExpiresAt: tz("code_expires_at"),
    codeAttempts: integer("code_attempts").notNull().default(0),
    codesSent: integer("codes_sent").notNull().default(0),
    lastCodeSentAt: tz("last_code_sent_at"),
    status: text("status").$type<BookingRequestStatus>().notNull().default("pending"),
    confirmedAt: tz("confirmed_at"),
    clientId: uuid("client_id").references(() => client.id, { onDelete: "set null" }),
    appointmentId: uuid("appointment_id").references(() => appointment.id, {
      onDelete: "set null",
    }),
    consultationId: uuid("consultation_id").references(() => consultation.id, {
      onDelete: "set null",
    }),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    index("booking_request_email_idx").on(t.orgId, sql`lower(${t.email})`, t.createdAt),
    index("booking_request_ip_idx").on(t.ip, t.createdAt),
    check("booking_request_status", sql`status in ('pending','confirmed','expired','abandoned')`),
    check("booking_request_mode", sql`mode in ('in_person','video','phone')`),
  ],
);

export const clientLinkScopes = ["intake", "photos"] as const;
export type ClientLinkScope = (typeof clientLinkScopes)[number];

/**
 * A secret link a client opens on their phone to prepare for a consultation: fill the intake
 * questionnaire, upload guided scalp photos, or both. Only the token's hash is stored.
 */
export const clientLink = pgTable(
  "client_link",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultation.id, { onDelete: "cascade" }),
    scopes: jsonb("scopes").$type<ClientLinkScope[]>().notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: tz("expires_at").notNull(),
    intakeSubmittedAt: tz("intake_submitted_at"),
    photosSubmittedAt: tz("photos_submitted_at"),
    revokedAt: tz("revoked_at"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("client_link_token_uq").on(t.tokenHash),
    index("client_link_consultation_idx").on(t.orgId, t.consultationId),
  ],
);

export const consentKinds = [
  "treatment",
  "photo_clinical",
  "photo_marketing",
  "policy_deposit",
  "policy_cancellation",
  "policy_reschedule",
] as const;
export type ConsentKind = (typeof consentKinds)[number];
const consentKindCheck = sql.raw(`kind in (${consentKinds.map((k) => `'${k}'`).join(",")})`);

/**
 * One version of a consent text. Editing a template adds a new version; versions are never
 * changed, so what a client signed can always be shown again.
 */
export const consentTemplate = pgTable(
  "consent_template",
  {
    ...tenantColumns(),
    kind: text("kind").$type<ConsentKind>().notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consent_template_version_uq").on(t.orgId, t.kind, t.version),
    check("consent_template_kind", consentKindCheck),
  ],
);

/**
 * A client's signature on one consent: the exact title and text they saw, frozen at signing with
 * the time, IP and browser. Only `withdrawn_at`/`withdrawn_via` may change afterwards (a trigger
 * in migration 0006 enforces it).
 */
export const consentSignature = pgTable(
  "consent_signature",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => consentTemplate.id),
    kind: text("kind").$type<ConsentKind>().notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** sha256 of title + "\n\n" + body, printed on the PDF copy. */
    bodySha256: text("body_sha256").notNull(),
    signedName: text("signed_name").notNull(),
    /** The drawn signature as a PNG in file storage. */
    signatureFile: text("signature_file").notNull(),
    pdfFile: text("pdf_file"),
    signedAt: tz("signed_at").notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull(),
    /** "portal" when the client signed on their own device, "clinic" on the clinic's tablet. */
    signedVia: text("signed_via").$type<"portal" | "clinic">().notNull(),
    witnessedBy: text("witnessed_by").references(() => user.id, { onDelete: "set null" }),
    withdrawnAt: tz("withdrawn_at"),
    withdrawnVia: text("withdrawn_via").$type<"portal" | "clinic" | "email_link">(),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("consent_signature_client_idx").on(t.orgId, t.clientId, t.kind, t.signedAt),
    check("consent_signature_kind", consentKindCheck),
  ],
);
