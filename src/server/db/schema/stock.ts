import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";

export const stockKinds = ["pigment", "needle", "anaesthetic"] as const;
export type StockKind = (typeof stockKinds)[number];

/**
 * One batch (lot) of a consumable as received: a pigment, a needle cartridge or an anaesthetic
 * (reference §4.2, §4.7, §7.5). Session records point at batches so a recall can find every client.
 * A batch past `expires_on` can no longer be picked; batches are archived, never deleted.
 */
export const stockBatch = pgTable(
  "stock_batch",
  {
    ...tenantColumns(),
    kind: text("kind").$type<StockKind>().notNull(),
    brand: text("brand").notNull(),
    /** Pigment product and shade, needle model or anaesthetic product, as on the label. */
    product: text("product").notNull(),
    lot: text("lot").notNull(),
    expiresOn: date("expires_on", { mode: "string" }).notNull(),
    receivedOn: date("received_on", { mode: "string" }),
    /** Needles: configuration such as 1RL or 3RL and needle diameter in mm (§4.2). */
    needleConfig: text("needle_config"),
    needleDiameterMm: numeric("needle_diameter_mm", { precision: 4, scale: 2 }),
    /** Units received (bottles, cartridges, tubes); null when not counted. */
    quantity: integer("quantity"),
    notes: text("notes").notNull().default(""),
    archivedAt: tz("archived_at"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("stock_batch_lot_idx").on(
      t.orgId,
      t.kind,
      sql`lower(${t.brand})`,
      sql`lower(${t.product})`,
      sql`lower(${t.lot})`,
    ),
    index("stock_batch_org_kind_idx").on(t.orgId, t.kind, t.expiresOn),
    check("stock_batch_kind", sql`kind in ('pigment','needle','anaesthetic')`),
    check("stock_batch_quantity", sql`quantity is null or quantity >= 0`),
  ],
);
