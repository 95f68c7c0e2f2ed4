import { z } from "zod";
import type { IncludedTouchUp } from "../settings/clinical-settings.ts";

/** Treatment zones (reference §2.2, §9). */
export const zoneIds = [
  "hairline",
  "temples",
  "mid_scalp",
  "crown",
  "sides_back",
  "scar",
  "donor_area",
  "alopecia_patches",
  "birthmark",
  "other",
] as const;
export type ZoneId = (typeof zoneIds)[number];

export const planZoneSchema = z.object({
  id: z.enum(zoneIds),
  label: z.string().trim().min(1).max(80),
  areaCm2: z.number().min(0).max(1000),
});
export type PlanZone = z.infer<typeof planZoneSchema>;

export const planSessionSchema = z.object({
  /** 1-based. */
  number: z.number().int().min(1).max(12),
  durationMin: z.number().int().min(15).max(720),
  /** Pigment share of the mix in %: 100 = undiluted, 50 = 1 : 1 with water (§4.4). */
  strengthPct: z.number().int().min(5).max(100),
  /** Share of the final coverage reached by the end of this session. */
  coveragePct: z.number().int().min(5).max(100),
  focus: z.string().max(300),
  /** Days after the previous session; null for the first. */
  gapDays: z.number().int().min(0).max(365).nullable(),
  /** Required when this session is lighter than the one before (§3.4). */
  overrideReason: z.string().trim().max(500).nullable(),
});
export type PlanSession = z.infer<typeof planSessionSchema>;

export const pigmentSuggestionSchema = z.object({
  /** Final-session strength, % pigment in the mix. */
  strengthPct: z.number().int().min(5).max(100),
  /** e.g. "1 : 2" (pigment : water). */
  ratio: z.string().max(20),
  /** e.g. "Medium-light". */
  shadeLabel: z.string().max(40),
  blueShiftRisk: z.boolean(),
  notes: z.array(z.string().max(400)).max(8),
});
export type PigmentSuggestion = z.infer<typeof pigmentSuggestionSchema>;

export const treatmentPlanSchema = z.object({
  zones: z.array(planZoneSchema).min(1).max(20),
  targetDensityPerCm2: z.number().int().min(20).max(400),
  hairLengthPlan: z.enum(["shaved", "short", "long"]),
  sessions: z.array(planSessionSchema).min(1).max(12),
  pigment: pigmentSuggestionSchema,
  patchTest: z.object({
    required: z.boolean(),
    minHoursBeforeSession: z
      .number()
      .int()
      .min(0)
      .max(24 * 14),
    reason: z.string().max(300).nullable(),
  }),
  touchUps: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(80),
        fromDay: z.number().int().min(0).max(730),
        toDay: z.number().int().min(1).max(730),
      }),
    )
    .max(4),
  recallMonths: z.number().int().min(6).max(120),
  secondRecallMonths: z.number().int().min(6).max(180).nullable(),
  /** Things the client must understand about this plan (e.g. the long-hair caveat). */
  caveats: z.array(z.string().max(600)).max(10),
  notes: z.string().max(4000),
});
export type TreatmentPlan = z.infer<typeof treatmentPlanSchema>;
export type { IncludedTouchUp };

export interface PlanIssue {
  severity: "error" | "warning";
  /** Where it applies, e.g. "sessions.2.strengthPct" or "sessions". */
  path: string;
  message: string;
}

/** The gap a booking must respect between session n-1 and n (for course placement). */
export interface GapWindow {
  /** The session this gap leads to (2…n). */
  session: number;
  targetDays: number;
  /** Never below the clinic's hard minimum. */
  minDays: number;
  maxDays: number;
}

export const quoteAdjustmentSchema = z.object({
  /** Negative for a discount. */
  amountPence: z.number().int().min(-10_000_000).max(10_000_000),
  reason: z.string().trim().min(3).max(300),
});
export type QuoteAdjustment = z.infer<typeof quoteAdjustmentSchema>;

export interface QuoteLine {
  label: string;
  amountPence: number;
}

export interface Quote {
  mode: "tier" | "per_session";
  /** The tier that applied, in tier mode. */
  tierLabel: string | null;
  lines: QuoteLine[];
  totalPence: number;
  depositPence: number;
  /** Due after the deposit. */
  balancePence: number;
  included: string[];
  /** UK hair-transplant price range for comparison, when the clinic shows it. */
  hairTransplant: { minPence: number; maxPence: number } | null;
}
