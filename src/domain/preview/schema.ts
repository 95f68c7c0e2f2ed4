import { z } from "zod";
import { hairlineHelperIds, previewHealings, previewStages } from "./types.ts";

/** Largest photo side the preview works on (px); bigger photos are scaled down first. */
export const PREVIEW_MAX_SIDE = 4096;

const coordinate = z
  .number()
  .finite()
  .min(-PREVIEW_MAX_SIDE)
  .max(2 * PREVIEW_MAX_SIDE);
export const pointSchema = z.object({ x: coordinate, y: coordinate });

export const calibrationSchema = z
  .object({ a: pointSchema, b: pointSchema, mm: z.number().positive().max(500) })
  .refine((c) => Math.hypot(c.a.x - c.b.x, c.a.y - c.b.y) >= 5, {
    message: "The two calibration points must be at least 5 pixels apart",
  });

export const maskStrokeSchema = z.object({
  mode: z.enum(["paint", "erase"]),
  radiusPx: z.number().positive().max(1000),
  points: z.array(pointSchema).min(1).max(5000),
});

export const previewDesignSchema = z.object({
  imageWidth: z.number().int().min(16).max(PREVIEW_MAX_SIDE),
  imageHeight: z.number().int().min(16).max(PREVIEW_MAX_SIDE),
  calibration: calibrationSchema.nullable(),
  /** 0.5–50 px per mm covers a whole head at 256 px up to a close-up at 4096 px. */
  pxPerMm: z.number().min(0.5).max(50),
  hairline: z.array(pointSchema).max(200),
  helpers: z.partialRecord(z.enum(hairlineHelperIds), pointSchema),
  strokes: z.array(maskStrokeSchema).max(500),
});

export const previewParamsSchema = z.object({
  densityPerCm2: z.number().min(10).max(300),
  dotDiameterMm: z.number().min(0.1).max(1.5),
  shadePct: z.number().min(5).max(100),
  softnessMm: z.number().min(0).max(30),
  randomness: z.number().min(0).max(1),
  stage: z.enum(previewStages),
  healing: z.enum(previewHealings),
  seed: z.number().int().min(0).max(0xffffffff),
});
