import { z } from "zod";
import { isoInstant, shortText, uuid } from "./common.ts";

export const patchTestResult = z.enum(["pending", "negative", "positive", "declined"]);
export type PatchTestResult = z.infer<typeof patchTestResult>;

/** A patch test (reference §4.6): performed, then read at least the clinic's minimum hours later. */
export const patchTest = z.object({
  id: uuid,
  clientId: uuid,
  performedAt: z.string(),
  /** The earliest moment a reading may be recorded: performedAt + the clinic's minimum hours. */
  readableFrom: z.string(),
  readAt: z.string().nullable(),
  /** `declined`: the client declined the test and signed a waiver. */
  result: patchTestResult,
  pigmentBatch: z
    .object({ id: uuid, brand: z.string(), product: z.string(), lot: z.string() })
    .nullable(),
  notes: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type PatchTest = z.infer<typeof patchTest>;

export const patchTestList = z.object({
  /** Newest first. */
  items: z.array(patchTest),
  policy: z.object({ required: z.boolean(), minHoursBeforeSession: z.number().int() }),
  timeZone: z.string(),
});
export type PatchTestList = z.infer<typeof patchTestList>;

export const createPatchTestInput = z.object({
  performedAt: isoInstant,
  /** pending: the test was applied and awaits a reading; declined: the client signed a waiver. */
  result: z.enum(["pending", "declined"]).default("pending"),
  pigmentBatchId: uuid.nullable().optional(),
  notes: shortText(2000).optional(),
});
export type CreatePatchTestInput = z.input<typeof createPatchTestInput>;

export const patchTestReadingInput = z.object({
  result: z.enum(["negative", "positive"], { message: "must be negative or positive" }),
  readAt: isoInstant,
  notes: shortText(2000).optional(),
});
export type PatchTestReadingInput = z.input<typeof patchTestReadingInput>;
