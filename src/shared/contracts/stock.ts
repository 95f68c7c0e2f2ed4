import { z } from "zod";
import { isoDate, requiredText, shortText, uuid } from "./common.ts";

export const stockKind = z.enum(["pigment", "needle", "anaesthetic"]);
export type StockKind = z.infer<typeof stockKind>;

/** usable: may be picked today; expired: past its expiry date; archived: taken out of use. */
export const stockBatchState = z.enum(["usable", "expired", "archived"]);
export type StockBatchState = z.infer<typeof stockBatchState>;

/** Needle configurations as printed on cartridges: 1RL, 3RL, 5RS, 5M1, 7F… (reference §4.2). */
export const needleConfigPattern = /^([1-9]|[1-4][0-9])(RL|RS|RLT|M1|M2|CM|F|MG|RM)$/;
export const NEEDLE_DIAMETER_MIN_MM = 0.18;
export const NEEDLE_DIAMETER_MAX_MM = 0.4;

const booleanFlag = z
  .enum(["true", "false"], { message: "must be true or false" })
  .transform((v) => v === "true");

export const stockBatchQuery = z.object({
  kind: stockKind.optional(),
  /** true: only batches not archived and not expired on `on`; false: every batch. */
  usable: booleanFlag.optional(),
  /** Words matched against brand, product, lot and needle configuration. */
  q: shortText(100).optional(),
  /** Location whose zone decides "today"; omitted: the clinic's first location. */
  locationId: uuid.optional(),
  /** The local date to judge expiry on; omitted: today in the location's zone. */
  on: isoDate.optional(),
});
export type StockBatchQuery = z.input<typeof stockBatchQuery>;

export const stockBatch = z.object({
  id: uuid,
  kind: stockKind,
  brand: z.string(),
  product: z.string(),
  lot: z.string(),
  /** Local date, last day the batch may be used. */
  expiresOn: z.string(),
  receivedOn: z.string().nullable(),
  needleConfig: z.string().nullable(),
  needleDiameterMm: z.number().nullable(),
  quantity: z.number().int().nullable(),
  notes: z.string(),
  archivedAt: z.string().nullable(),
  state: stockBatchState,
  /** Days from the judged date to the expiry date (0 = expires today, negative = expired). */
  daysToExpiry: z.number().int(),
  /** Session zones that recorded this batch. */
  usageCount: z.number().int(),
  /** Used in a signed session: brand, product and lot can no longer change. */
  identityLocked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StockBatch = z.infer<typeof stockBatch>;

export const stockBatchList = z.object({
  items: z.array(stockBatch),
  /** The local date expiry was judged on, and the zone it was judged in. */
  asOf: z.string(),
  timeZone: z.string(),
});
export type StockBatchList = z.infer<typeof stockBatchList>;

const quantity = z.number().int().min(0, "must be 0 or more").max(100_000).nullable();

const batchFields = {
  brand: requiredText("Brand", 120),
  product: requiredText("Product", 160),
  lot: requiredText("Lot number", 60),
  expiresOn: isoDate,
  receivedOn: isoDate.nullable().optional(),
  needleConfig: z
    .string()
    .trim()
    .toUpperCase()
    .regex(needleConfigPattern, "must be a needle configuration like 1RL, 3RL, 5RS or 5M1")
    .nullable()
    .optional(),
  needleDiameterMm: z
    .number()
    .min(
      NEEDLE_DIAMETER_MIN_MM,
      `must be between ${NEEDLE_DIAMETER_MIN_MM} and ${NEEDLE_DIAMETER_MAX_MM} mm`,
    )
    .max(
      NEEDLE_DIAMETER_MAX_MM,
      `must be between ${NEEDLE_DIAMETER_MIN_MM} and ${NEEDLE_DIAMETER_MAX_MM} mm`,
    )
    .nullable()
    .optional(),
  quantity: quantity.optional(),
  notes: shortText(2000).optional(),
};

/** Needles need a configuration and a diameter; other kinds must not carry them. */
export const createStockBatchInput = z
  .object({ kind: stockKind, ...batchFields })
  .superRefine((v, ctx) => {
    if (v.kind === "needle") {
      if (!v.needleConfig)
        ctx.addIssue({
          code: "custom",
          path: ["needleConfig"],
          message: "Needle configuration is required",
        });
      if (v.needleDiameterMm == null)
        ctx.addIssue({
          code: "custom",
          path: ["needleDiameterMm"],
          message: "Needle diameter is required",
        });
    } else {
      if (v.needleConfig)
        ctx.addIssue({
          code: "custom",
          path: ["needleConfig"],
          message: "only needles have a configuration",
        });
      if (v.needleDiameterMm != null)
        ctx.addIssue({
          code: "custom",
          path: ["needleDiameterMm"],
          message: "only needles have a diameter",
        });
    }
    if (v.receivedOn && v.receivedOn > v.expiresOn)
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "must be on or after the date received",
      });
  });
export type CreateStockBatchInput = z.input<typeof createStockBatchInput>;

/** Label fields only; the kind never changes. Brand, product and lot are locked once used in a signed session. */
export const updateStockBatchInput = z
  .object({
    brand: batchFields.brand.optional(),
    product: batchFields.product.optional(),
    lot: batchFields.lot.optional(),
    expiresOn: isoDate.optional(),
    receivedOn: batchFields.receivedOn,
    needleConfig: batchFields.needleConfig,
    needleDiameterMm: batchFields.needleDiameterMm,
    quantity: batchFields.quantity,
    notes: batchFields.notes,
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Send at least one field to change",
  });
export type UpdateStockBatchInput = z.input<typeof updateStockBatchInput>;

// ── Recall ───────────────────────────────────────────────────────────────────────────────────────

export const recallColumn = z.enum(["pigment", "needle", "anaesthetic"]);

/** One session zone that used the batch: one row per session and zone. */
export const recallRow = z.object({
  sessionId: uuid,
  zoneId: uuid,
  client: z.object({
    id: uuid,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  /** Session start, ISO instant, and its local date in the location's zone. */
  startedAt: z.string(),
  sessionDate: z.string(),
  timeZone: z.string(),
  practitioner: z.object({ id: z.string(), name: z.string() }),
  zone: z.object({ key: z.string(), label: z.string() }),
  /** Which record column referenced the batch. */
  usedAs: recallColumn,
  sessionStatus: z.enum(["in_progress", "signed"]),
});
export type RecallRow = z.infer<typeof recallRow>;

export const stockRecall = z.object({
  batch: stockBatch,
  rows: z.array(recallRow),
  clientCount: z.number().int(),
  sessionCount: z.number().int(),
});
export type StockRecall = z.infer<typeof stockRecall>;
