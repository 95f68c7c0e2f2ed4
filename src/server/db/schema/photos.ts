import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { client } from "./clients.ts";
import { tenantColumns, tz } from "./columns.ts";
import { consultation } from "./consultations.ts";
import { treatmentSession } from "./sessions.ts";

export const photoViews = [
  "front_hairline",
  "left_temple",
  "right_temple",
  "top",
  "crown",
  "back",
  "scar",
] as const;
export type PhotoView = (typeof photoViews)[number];

export const photoConsents = ["clinical", "marketing_anonymised"] as const;
export type PhotoConsent = (typeof photoConsents)[number];

/**
 * A scalp photo: stored auto-oriented with all metadata stripped, plus a thumbnail. Files are
 * read only through short-lived signed URLs. `consent` is what the client agreed this photo may
 * be used for; withdrawing marketing consent sets it back to `clinical`.
 */
export const scalpPhoto = pgTable(
  "scalp_photo",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => treatmentSession.id),
    consultationId: uuid("consultation_id").references(() => consultation.id),
    view: text("view").$type<PhotoView>().notNull(),
    /** Which scar, for `scar` views ("left parietal scar"); empty otherwise. */
    viewLabel: text("view_label").notNull().default(""),
    fileKey: text("file_key").notNull(),
    thumbKey: text("thumb_key").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    consent: text("consent").$type<PhotoConsent>().notNull().default("clinical"),
    /** When the clinic shared this photo with the client in their portal; null = not shared. */
    sharedWithClientAt: tz("shared_with_client_at"),
    /** "client" for photos the client uploaded themselves before a remote consultation. */
    source: text("source").$type<"clinic" | "client">().notNull().default("clinic"),
    takenAt: tz("taken_at").notNull(),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
    deletedAt: tz("deleted_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("scalp_photo_client_idx").on(t.orgId, t.clientId, t.view, t.takenAt),
    index("scalp_photo_session_idx").on(t.sessionId),
    check(
      "scalp_photo_view",
      sql`view in ('front_hairline','left_temple','right_temple','top','crown','back','scar')`,
    ),
    check("scalp_photo_consent", sql`consent in ('clinical','marketing_anonymised')`),
  ],
);
