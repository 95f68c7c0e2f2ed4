import { z } from "zod";

/**
 * A clinic's clinical and commercial rules: screening actions, plan defaults and prices.
 *
 * Every default below comes from `smp-reference.md` (section numbers in the comments). They are
 * starting values only: the clinic owner changes them in Settings → Clinical, and the stored copy is
 * what the screening engine, plan generator and quote read. Nothing in src/domain reads these
 * numbers from anywhere else.
 */

export const screeningActions = ["decline", "defer", "gp_letter", "proceed"] as const;
export type ScreeningAction = (typeof screeningActions)[number];

export const waitUnits = ["days", "weeks", "months"] as const;
export type WaitUnit = (typeof waitUnits)[number];

const wait = z.object({
  amount: z.number().int().min(0).max(120),
  unit: z.enum(waitUnits),
});
export type Wait = z.infer<typeof wait>;

const rule = z.object({
  action: z.enum(screeningActions),
  /** For "defer": how long after the triggering date (or today, when there is none). */
  wait: wait.optional(),
});
export type ScreeningRuleSetting = z.infer<typeof rule>;

/** The configurable screening rules. Under-18 is not here: the law fixes it (reference §7.1). */
export const screeningRuleIds = [
  "pregnancy",
  "bleeding_disorder",
  "pigment_allergy",
  "other_allergy",
  "trichotillomania",
  "anticoagulants",
  "keloid",
  "diabetes",
  "diabetes_uncontrolled",
  "heart_condition",
  "epilepsy",
  "immunosuppression",
  "chemotherapy_recent",
  "chemotherapy_history",
  "isotretinoin",
  "laser_removal",
  "hair_transplant",
  "botox_filler",
  "sunburn",
  "scalp_condition",
  "alopecia_areata_active",
  "unwell_today",
] as const;
export type ScreeningRuleId = (typeof screeningRuleIds)[number];

const sessionBand = z.object({
  /** Upper bound of the treated area for this band; null = no upper bound (the last band). */
  maxAreaCm2: z.number().positive().max(2000).nullable(),
  minutes: z.number().int().min(30).max(600),
});
export type SessionBand = z.infer<typeof sessionBand>;

const priceTier = z.object({
  label: z.string().trim().min(1).max(80),
  /** Largest total treated area priced at this tier; null = anything larger (the last tier). */
  maxAreaCm2: z.number().positive().max(2000).nullable(),
  pricePence: z.number().int().min(0).max(10_000_000),
});
export type PriceTier = z.infer<typeof priceTier>;

const touchUp = z.object({
  label: z.string().trim().min(1).max(80),
  /** Window opens this many days after the last planned session… */
  fromDay: z.number().int().min(0).max(730),
  /** …and closes this many days after it. */
  toDay: z.number().int().min(1).max(730),
});
export type IncludedTouchUp = z.infer<typeof touchUp>;

export const clinicalSettingsSchema = z
  .object({
    screening: z.object({
      rules: z.object(
        Object.fromEntries(screeningRuleIds.map((id) => [id, rule])) as Record<
          ScreeningRuleId,
          typeof rule
        >,
      ),
    }),
    sessions: z.object({
      /** §3.1: plan 3. */
      defaultCount: z.number().int().min(1).max(8),
      /** §3.1: a 4th for alopecia, scars or flagged skin. */
      extraForComplexCases: z.boolean(),
      /** §3.1: warn above 4. */
      warnAbove: z.number().int().min(1).max(10),
      /** §3.3 [derived]: first-session length by treated area. */
      durationBands: z.array(sessionBand).min(1).max(8),
      /** §3.3: later sessions about 25 % shorter. */
      laterSessionPct: z.number().int().min(30).max(100),
      /** §3.3: +1 h for scars and alopecia. */
      complexCaseExtraMinutes: z.number().int().min(0).max(240),
      minMinutes: z.number().int().min(30).max(600),
      maxMinutes: z.number().int().min(30).max(720),
      /** Durations are rounded to this step. */
      roundToMinutes: z.number().int().min(5).max(60),
    }),
    spacing: z.object({
      /** §3.2: never closer than 7 days (scabs must have shed). */
      hardMinimumDays: z.number().int().min(1).max(90),
      /** §3.2: warn under 10 days. */
      warnBelowDays: z.number().int().min(1).max(90),
      /** §3.2: default 14 days between sessions. */
      defaultGapDays: z.number().int().min(1).max(180),
      /** §3.2: 28 days before the final session. */
      finalGapDays: z.number().int().min(1).max(180),
      /** How far past the planned gap a booking may fall before the course needs re-planning. */
      flexDays: z.number().int().min(0).max(90),
    }),
    density: z.object({
      /** §2.3: ~100 impressions per cm² at completion. */
      targetPerCm2: z.number().int().min(20).max(400),
      /** §2.2: blend zone each side of a linear scar. */
      scarBlendMarginCm: z.number().min(0).max(5),
    }),
    layering: z.object({
      /** §3.4: session 1 uses this share of the final pigment strength, then it rises evenly. */
      firstSessionStrengthPct: z.number().int().min(10).max(100),
      /** §3.4: coverage reached after session 1, growing to 100 % at the last session. */
      firstSessionCoveragePct: z.number().int().min(10).max(100),
    }),
    pigment: z.object({
      /** §4.5: Fitzpatrick types at or below this are "fair" for blue-shift purposes. */
      fairSkinMaxType: z.number().int().min(1).max(6),
      /** §4.5: on fair skin, a final strength above this (% pigment in the mix) risks a blue cast. */
      fairSkinMaxStrengthPct: z.number().int().min(10).max(100),
    }),
    patchTest: z.object({
      /** §4.6: optional per clinic. */
      required: z.boolean(),
      /** §4.6: read at least 48 h after it was done. */
      minHoursBeforeSession: z
        .number()
        .int()
        .min(0)
        .max(24 * 14),
    }),
    aftercare: z.object({
      includedTouchUps: z.array(touchUp).max(4),
      /** §3.5: recall 36 months after completion, a second at 48. */
      recallMonths: z.number().int().min(6).max(120),
      secondRecallMonths: z.number().int().min(6).max(180).nullable(),
    }),
    pricing: z.object({
      mode: z.enum(["tier", "per_session"]),
      /** §8.4: SMP Aesthetics tiers (Norwood 2–3 / 4–5 / 6–7). Placeholders: UK data are thin. */
      tiers: z.array(priceTier).min(1).max(10),
      /** §8.4: from £500 per session (nearest clinic to Southampton). */
      perSessionPence: z.number().int().min(0).max(10_000_000),
      deposit: z.object({
        kind: z.enum(["fixed", "percent"]),
        /** §8.1: £50–£100 flat is the UK norm. */
        fixedPence: z.number().int().min(0).max(10_000_000),
        /** §7.7: keep the non-refundable part small. */
        percent: z.number().int().min(0).max(100),
      }),
      included: z.array(z.string().trim().min(1).max(120)).max(12),
      /** §8.5: UK hair transplant ≈ £3k–£12k, shown beside the quote. */
      hairTransplant: z.object({
        show: z.boolean(),
        minPence: z.number().int().min(0).max(100_000_000),
        maxPence: z.number().int().min(0).max(100_000_000),
      }),
    }),
  })
  .superRefine((s, ctx) => {
    if (s.sessions.minMinutes > s.sessions.maxMinutes) {
      ctx.addIssue({
        code: "custom",
        path: ["sessions", "maxMinutes"],
        message: "The longest session must be at least as long as the shortest.",
      });
    }
    if (s.spacing.warnBelowDays < s.spacing.hardMinimumDays) {
      ctx.addIssue({
        code: "custom",
        path: ["spacing", "warnBelowDays"],
        message: "The warning threshold cannot be below the hard minimum gap.",
      });
    }
    for (const key of ["defaultGapDays", "finalGapDays"] as const) {
      if (s.spacing[key] < s.spacing.hardMinimumDays) {
        ctx.addIssue({
          code: "custom",
          path: ["spacing", key],
          message: `Must be at least the hard minimum of ${s.spacing.hardMinimumDays} days.`,
        });
      }
    }
    checkOpenEnded(ctx, s.sessions.durationBands, ["sessions", "durationBands"]);
    checkOpenEnded(ctx, s.pricing.tiers, ["pricing", "tiers"]);
    s.aftercare.includedTouchUps.forEach((t, i) => {
      if (t.toDay <= t.fromDay) {
        ctx.addIssue({
          code: "custom",
          path: ["aftercare", "includedTouchUps", i, "toDay"],
          message: "The window must close after it opens.",
        });
      }
    });
    if (s.sessions.warnAbove < s.sessions.defaultCount) {
      ctx.addIssue({
        code: "custom",
        path: ["sessions", "warnAbove"],
        message: "Warn only above the default number of sessions, or every plan would warn.",
      });
    }
    for (const key of ["defaultGapDays", "finalGapDays"] as const) {
      if (s.spacing[key] < s.spacing.warnBelowDays) {
        ctx.addIssue({
          code: "custom",
          path: ["spacing", key],
          message: `Must be at least the warning threshold of ${s.spacing.warnBelowDays} days, or every plan would warn.`,
        });
      }
    }
    const second = s.aftercare.secondRecallMonths;
    if (second !== null && second <= s.aftercare.recallMonths) {
      ctx.addIssue({
        code: "custom",
        path: ["aftercare", "secondRecallMonths"],
        message: "The second recall must come after the first.",
      });
    }
    const ht = s.pricing.hairTransplant;
    if (ht.maxPence < ht.minPence) {
      ctx.addIssue({
        code: "custom",
        path: ["pricing", "hairTransplant", "maxPence"],
        message: "The upper end must not be below the lower end.",
      });
    }
    const defer = (id: ScreeningRuleId) => s.screening.rules[id];
    for (const id of screeningRuleIds) {
      if (defer(id).action === "defer" && !defer(id).wait?.amount) {
        ctx.addIssue({
          code: "custom",
          path: ["screening", "rules", id, "wait"],
          message: "A deferral needs a waiting period of at least one day.",
        });
      }
    }
  });
export type ClinicalSettings = z.infer<typeof clinicalSettingsSchema>;

/** Area bands and price tiers go smallest first, and only the last may be open-ended. */
function checkOpenEnded(
  ctx: z.RefinementCtx,
  rows: readonly { maxAreaCm2: number | null }[],
  path: (string | number)[],
) {
  rows.forEach((row, i) => {
    const last = i === rows.length - 1;
    if (last && row.maxAreaCm2 !== null) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "maxAreaCm2"],
        message: "The last row must have no upper limit.",
      });
    }
    if (!last && row.maxAreaCm2 === null) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "maxAreaCm2"],
        message: "Only the last row may have no upper limit.",
      });
    }
    const prev = rows[i - 1]?.maxAreaCm2;
    if (i > 0 && prev != null && row.maxAreaCm2 !== null && row.maxAreaCm2 <= prev) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "maxAreaCm2"],
        message: "Rows must go from smallest to largest area.",
      });
    }
  });
}

const defer = (amount: number, unit: WaitUnit): ScreeningRuleSetting => ({
  action: "defer",
  wait: { amount, unit },
});

/** Reference defaults. Sections of smp-reference.md in brackets. */
export const DEFAULT_CLINICAL_SETTINGS: ClinicalSettings = {
  screening: {
    rules: {
      // §5.2 decline (hard stop)
      pregnancy: { action: "decline" },
      bleeding_disorder: { action: "decline" },
      pigment_allergy: { action: "decline" },
      trichotillomania: { action: "decline" },
      // §5.1 allergy to metals, latex or anaesthetic: patch test or decline → proceed, patch test flagged
      other_allergy: { action: "proceed" },
      // §5.2 proceed with GP/doctor letter
      anticoagulants: { action: "gp_letter" },
      keloid: { action: "gp_letter" },
      diabetes: { action: "gp_letter" },
      diabetes_uncontrolled: { action: "decline" },
      heart_condition: { action: "gp_letter" },
      epilepsy: { action: "gp_letter" },
      immunosuppression: { action: "gp_letter" },
      chemotherapy_history: { action: "gp_letter" },
      // §5.2 defer
      chemotherapy_recent: defer(6, "months"),
      isotretinoin: defer(6, "months"),
      laser_removal: defer(12, "weeks"),
      hair_transplant: defer(6, "months"),
      botox_filler: defer(2, "weeks"),
      sunburn: defer(2, "weeks"),
      scalp_condition: defer(4, "weeks"),
      // §1.4 / §10.13: no source gives a stability period; a clinic choice.
      alopecia_areata_active: defer(12, "months"),
      // §5.1 Wales statute: not if unwell or intoxicated on the day.
      unwell_today: defer(1, "days"),
    },
  },
  sessions: {
    defaultCount: 3,
    extraForComplexCases: true,
    warnAbove: 4,
    durationBands: [
      { maxAreaCm2: 100, minutes: 120 },
      { maxAreaCm2: 250, minutes: 180 },
      { maxAreaCm2: null, minutes: 240 },
    ],
    laterSessionPct: 75,
    complexCaseExtraMinutes: 60,
    minMinutes: 60,
    maxMinutes: 300,
    roundToMinutes: 15,
  },
  spacing: {
    hardMinimumDays: 7,
    warnBelowDays: 10,
    defaultGapDays: 14,
    finalGapDays: 28,
    flexDays: 14,
  },
  density: { targetPerCm2: 100, scarBlendMarginCm: 1.5 },
  layering: { firstSessionStrengthPct: 60, firstSessionCoveragePct: 50 },
  pigment: { fairSkinMaxType: 2, fairSkinMaxStrengthPct: 45 },
  patchTest: { required: false, minHoursBeforeSession: 48 },
  aftercare: {
    includedTouchUps: [{ label: "Included touch-up", fromDay: 21, toDay: 90 }],
    recallMonths: 36,
    secondRecallMonths: 48,
  },
  pricing: {
    mode: "tier",
    tiers: [
      { label: "Small area (Norwood II–III, Ludwig I)", maxAreaCm2: 130, pricePence: 85_000 },
      { label: "Medium area (Norwood IV–V, Ludwig II)", maxAreaCm2: 300, pricePence: 150_000 },
      { label: "Large area (Norwood VI–VII, Ludwig III)", maxAreaCm2: null, pricePence: 250_000 },
    ],
    perSessionPence: 50_000,
    deposit: { kind: "fixed", fixedPence: 5_000, percent: 10 },
    included: [
      "Consultation and hairline design",
      "All planned sessions",
      "Aftercare guidance and check-ins",
    ],
    hairTransplant: { show: true, minPence: 300_000, maxPence: 1_200_000 },
  },
};

/**
 * Reads stored settings written by an older version: anything missing takes the default, so adding
 * a setting never breaks a clinic's saved copy. Returns null when the stored shape is unusable.
 */
export function completeClinicalSettings(stored: unknown): ClinicalSettings | null {
  const merged = mergeDefaults(DEFAULT_CLINICAL_SETTINGS, stored);
  const parsed = clinicalSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : null;
}

function mergeDefaults(defaults: unknown, stored: unknown): unknown {
  if (stored === undefined) return defaults;
  if (
    defaults &&
    typeof defaults === "object" &&
    !Array.isArray(defaults) &&
    stored &&
    typeof stored === "object" &&
    !Array.isArray(stored)
  ) {
    const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
    for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
      out[key] = mergeDefaults((defaults as Record<string, unknown>)[key], value);
    }
    return out;
  }
  return stored;
}
