import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { PreviewDesign, PreviewParams } from "../../../domain/preview/types.ts";
import { user } from "./auth.ts";
import { client } from "./clients.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";
import { consultation, treatmentPlan } from "./consultations.ts";
import { scalpPhoto } from "./photos.ts";

/**
 * The SMP preview of a consultation: the photo it was drawn on, the hairline and treatment area
 * (vectors), the rendering parameters and the last rendered image. Frozen when the client accepts
 * the plan that includes it (a trigger in migration 0006 refuses changes to a frozen design).
 */
export const previewDesign = pgTable(
  "preview_design",
  {
    ...tenantColumns(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultation.id, { onDelete: "cascade" }),
    photoId: uuid("photo_id")
      .notNull()
      .references(() => scalpPhoto.id),
    design: jsonb("design").$type<PreviewDesign>().notNull(),
    params: jsonb("params").$type<PreviewParams>().notNull(),
    /** Rendered result (JPEG) and its thumbnail in file storage. */
    renderFile: text("render_file"),
    renderThumbFile: text("render_thumb_file"),
    status: text("status").$type<"draft" | "frozen">().notNull().default("draft"),
    frozenAt: tz("frozen_at"),
    planId: uuid("plan_id").references(() => treatmentPlan.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("preview_design_consultation_uq").on(t.consultationId),
    check("preview_design_status", sql`status in ('draft','frozen')`),
    check("preview_design_frozen", sql`(status = 'frozen') = (frozen_at is not null)`),
  ],
);
