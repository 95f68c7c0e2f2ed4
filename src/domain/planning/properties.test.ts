import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assessmentSchema,
  caseTypes,
  hairColours,
  hairLengthPlans,
  hairlineStyles,
  ludwigGrades,
  norwoodStages,
  type Scar,
  savinGrades,
} from "../assessment/assessment.ts";
import type { ScreeningResult } from "../screening/types.ts";
import {
  type ClinicalSettings,
  clinicalSettingsSchema,
  DEFAULT_CLINICAL_SETTINGS,
} from "../settings/clinical-settings.ts";
import { generatePlan } from "./generate.ts";
import { computeQuote } from "./quote.ts";
import { reviewPlan } from "./review.ts";
import { type PlanSession, type TreatmentPlan, treatmentPlanSchema } from "./types.ts";
import { totalAreaCm2 } from "./zones.ts";

// ---- Arbitraries -----------------------------------------------------------------------------

const positive = (max: number) => fc.double({ min: 0.01, max, noNaN: true });
const isoDate = fc
  .record({
    y: fc.integer({ min: 2000, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** Scars that satisfy the schema: FUE with an area; linear with a length, an area or both. */
const scarArb: fc.Arbitrary<Scar> = fc.oneof(
  positive(800).map((areaCm2) => ({
    kind: "fue" as const,
    lengthCm: null,
    widthCm: null,
    areaCm2,
  })),
  fc.record({
    kind: fc.constantFrom("fut" as const, "other" as const),
    lengthCm: positive(60),
    widthCm: fc.option(positive(10)),
    areaCm2: fc.option(positive(800)),
  }),
  fc.record({
    kind: fc.constantFrom("fut" as const, "other" as const),
    lengthCm: fc.constant(null),
    widthCm: fc.option(positive(10)),
    areaCm2: positive(800),
  }),
);

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    caseType: fc.constantFrom(...caseTypes),
    norwood: fc.constantFrom(...norwoodStages),
    ludwig: fc.constantFrom(...ludwigGrades),
    savin: fc.option(fc.constantFrom(...savinGrades)),
    alopeciaLastActivity: fc.option(isoDate),
    alopeciaPatchCount: fc.option(fc.integer({ min: 1, max: 100 })),
    alopeciaAreaCm2: fc.option(positive(800)),
    scars: fc.array(scarArb, { maxLength: 10 }),
    birthmarkAreaCm2: fc.option(positive(800)),
    fitzpatrick: fc.integer({ min: 1, max: 6 }),
    hairColour: fc.constantFrom(...hairColours),
    greyPct: fc.integer({ min: 0, max: 100 }),
    hairLengthPlan: fc.constantFrom(...hairLengthPlans),
    hairlineStyle: fc.constantFrom(...hairlineStyles),
    hairlineHeightCm: fc.option(fc.double({ min: 4, max: 14, noNaN: true })),
    skinFlags: fc.record({
      dryOrFlaky: fc.boolean(),
      thick: fc.boolean(),
      sensitive: fc.boolean(),
    }),
    goals: fc.string({ maxLength: 20 }),
    notes: fc.string({ maxLength: 20 }),
    fallbackScar: scarArb,
    fallbackDate: isoDate,
    keepStages: fc.boolean(),
  })
  .map(({ fallbackScar, fallbackDate, keepStages, ...a }) => ({
    ...a,
    // The stage a case type needs is always there; the others only sometimes.
    norwood: a.caseType === "male_pattern" || keepStages ? a.norwood : null,
    ludwig: a.caseType === "female_pattern" || keepStages ? a.ludwig : null,
    scars: a.caseType === "scar" && a.scars.length === 0 ? [fallbackScar] : a.scars,
    alopeciaLastActivity:
      a.caseType === "alopecia_areata"
        ? (a.alopeciaLastActivity ?? fallbackDate)
        : a.alopeciaLastActivity,
  }));

/** Increasing area limits, the last open-ended, as the settings schema requires. */
const areaRows = <T>(row: fc.Arbitrary<T>, maxRows: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 0, maxLength: maxRows - 1 })
    .chain((limits) => {
      const sorted = [...limits].sort((x, y) => x - y);
      return fc.tuple(
        ...[...sorted, null].map((maxAreaCm2) => row.map((r) => ({ ...r, maxAreaCm2 }))),
      );
    });

const touchUpArb = fc
  .record({ fromDay: fc.integer({ min: 0, max: 729 }), span: fc.integer({ min: 1, max: 200 }) })
  .map(({ fromDay, span }) => ({
    label: "Touch-up",
    fromDay,
    toDay: Math.min(730, fromDay + span),
  }));

const D = DEFAULT_CLINICAL_SETTINGS;
const settingsArb: fc.Arbitrary<ClinicalSettings> = fc
  .record({
    defaultCount: fc.integer({ min: 1, max: 8 }),
    extraForComplexCases: fc.boolean(),
    warnAbove: fc.integer({ min: 1, max: 10 }),
    durationBands: areaRows(fc.record({ minutes: fc.integer({ min: 30, max: 600 }) }), 8),
    laterSessionPct: fc.integer({ min: 30, max: 100 }),
    complexCaseExtraMinutes: fc.integer({ min: 0, max: 240 }),
    minMinutes: fc.integer({ min: 30, max: 600 }),
    extraMaxMinutes: fc.integer({ min: 0, max: 690 }),
    roundToMinutes: fc.integer({ min: 5, max: 60 }),
    hardMinimumDays: fc.integer({ min: 1, max: 90 }),
    extraWarnDays: fc.integer({ min: 0, max: 89 }),
    extraDefaultDays: fc.integer({ min: 0, max: 179 }),
    extraFinalDays: fc.integer({ min: 0, max: 179 }),
    flexDays: fc.integer({ min: 0, max: 90 }),
    targetPerCm2: fc.integer({ min: 20, max: 400 }),
    scarBlendMarginCm: fc.double({ min: 0, max: 5, noNaN: true }),
    firstSessionStrengthPct: fc.integer({ min: 10, max: 100 }),
    firstSessionCoveragePct: fc.integer({ min: 10, max: 100 }),
    fairSkinMaxType: fc.integer({ min: 1, max: 6 }),
    fairSkinMaxStrengthPct: fc.integer({ min: 10, max: 100 }),
    patchTestRequired: fc.boolean(),
    minHoursBeforeSession: fc.integer({ min: 0, max: 336 }),
    includedTouchUps: fc.array(touchUpArb, { maxLength: 4 }),
    recallMonths: fc.integer({ min: 6, max: 120 }),
    secondRecallMonths: fc.option(fc.integer({ min: 6, max: 180 })),
    mode: fc.constantFrom("tier" as const, "per_session" as const),
    tiers: areaRows(
      fc.record({
        label: fc.constant("Tier"),
        pricePence: fc.integer({ min: 0, max: 10_000_000 }),
      }),
      10,
    ),
    perSessionPence: fc.integer({ min: 0, max: 10_000_000 }),
    depositKind: fc.constantFrom("fixed" as const, "percent" as const),
    fixedPence: fc.integer({ min: 0, max: 10_000_000 }),
    percent: fc.integer({ min: 0, max: 100 }),
  })
  .map(
    (r): ClinicalSettings => ({
      ...D,
      sessions: {
        defaultCount: r.defaultCount,
        extraForComplexCases: r.extraForComplexCases,
        // Built to satisfy the schema's cross-field rules rather than filtered, so few are skipped.
        warnAbove: Math.max(r.defaultCount, r.warnAbove),
        durationBands: [...r.durationBands],
        laterSessionPct: r.laterSessionPct,
        complexCaseExtraMinutes: r.complexCaseExtraMinutes,
        minMinutes: r.minMinutes,
        maxMinutes: Math.min(720, r.minMinutes + r.extraMaxMinutes),
        roundToMinutes: r.roundToMinutes,
      },
      spacing: {
        hardMinimumDays: r.hardMinimumDays,
        // Built at or above the hard minimum, as the schema requires.
        warnBelowDays: Math.min(
          90,
          r.hardMinimumDays + r.extraWarnDays,
          r.hardMinimumDays + r.extraDefaultDays,
          r.hardMinimumDays + r.extraFinalDays,
        ),
        defaultGapDays: Math.min(180, r.hardMinimumDays + r.extraDefaultDays),
        finalGapDays: Math.min(180, r.hardMinimumDays + r.extraFinalDays),
        flexDays: r.flexDays,
      },
      density: { targetPerCm2: r.targetPerCm2, scarBlendMarginCm: r.scarBlendMarginCm },
      layering: {
        firstSessionStrengthPct: r.firstSessionStrengthPct,
        firstSessionCoveragePct: r.firstSessionCoveragePct,
      },
      pigment: {
        fairSkinMaxType: r.fairSkinMaxType,
        fairSkinMaxStrengthPct: r.fairSkinMaxStrengthPct,
      },
      patchTest: { required: r.patchTestRequired, minHoursBeforeSession: r.minHoursBeforeSession },
      aftercare: {
        includedTouchUps: r.includedTouchUps,
        recallMonths: r.recallMonths,
        secondRecallMonths:
          r.secondRecallMonths === null || r.recallMonths >= 180
            ? null
            : Math.max(r.recallMonths + 1, r.secondRecallMonths),
      },
      pricing: {
        ...D.pricing,
        mode: r.mode,
        tiers: [...r.tiers],
        perSessionPence: r.perSessionPence,
        deposit: { kind: r.depositKind, fixedPence: r.fixedPence, percent: r.percent },
      },
    }),
  )
  .filter((s) => clinicalSettingsSchema.safeParse(s).success);

const screeningArb: fc.Arbitrary<ScreeningResult | null> = fc.option(
  fc.boolean().map((patchTestAdvised) => ({
    verdict: "proceed" as const,
    deferUntil: null,
    reasons: [
      { ruleId: "no_contraindications" as const, outcome: "proceed" as const, message: "None." },
    ],
    patchTestAdvised,
    questionnaireVersion: 1,
  })),
);

const caseArb = fc.record({
  assessment: assessmentArb,
  settings: settingsArb,
  screening: screeningArb,
});

const RUNS = { numRuns: 300 };
const errorsOf = (plan: TreatmentPlan, settings: ClinicalSettings) =>
  reviewPlan(plan, settings).filter((i) => i.severity === "error");

// ---- Properties ------------------------------------------------------------------------------

describe("arbitraries", () => {
  it("produce valid assessments and settings", () => {
    fc.assert(
      fc.property(assessmentArb, settingsArb, (a, s) => {
        expect(assessmentSchema.safeParse(a).success).toBe(true);
        expect(clinicalSettingsSchema.safeParse(s).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("generatePlan — properties", () => {
  it("always gives a plan the schema accepts, within the clinic's limits", () => {
    fc.assert(
      fc.property(caseArb, ({ assessment, settings, screening }) => {
        const plan = generatePlan({ assessment, settings, screening });
        expect(treatmentPlanSchema.safeParse(plan).error).toBeUndefined();

        const n = plan.sessions.length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(Math.min(12, settings.sessions.defaultCount + 1));

        const { minMinutes, maxMinutes } = settings.sessions;
        for (const s of plan.sessions) {
          expect(s.durationMin).toBeGreaterThanOrEqual(minMinutes);
          expect(s.durationMin).toBeLessThanOrEqual(maxMinutes);
        }
        plan.sessions.slice(1).forEach((s, i) => {
          expect(s.strengthPct).toBeGreaterThanOrEqual(plan.sessions[i]?.strengthPct ?? 0);
          expect(s.gapDays).not.toBeNull();
          expect(s.gapDays ?? 0).toBeGreaterThanOrEqual(settings.spacing.hardMinimumDays);
        });
        expect(plan.sessions.at(-1)?.strengthPct).toBe(plan.pigment.strengthPct);
      }),
      RUNS,
    );
  });

  it("passes its own review; the only possible error is an area still to be entered", () => {
    fc.assert(
      fc.property(caseArb, ({ assessment, settings, screening }) => {
        const plan = generatePlan({ assessment, settings, screening });
        const errors = errorsOf(plan, settings);
        if (totalAreaCm2(plan) > 0) {
          expect(errors).toEqual([]);
        } else {
          expect(assessment.caseType).toBe("other");
          expect(errors.map((e) => e.path)).toEqual(["zones"]);
        }
      }),
      RUNS,
    );
  });
});

describe("computeQuote — properties", () => {
  it("the total is never negative and the deposit never exceeds it", () => {
    const adjustmentArb = fc.option(
      fc.record({
        amountPence: fc.integer({ min: -10_000_000, max: 10_000_000 }),
        reason: fc.constant("Adjustment"),
      }),
    );
    fc.assert(
      fc.property(caseArb, adjustmentArb, ({ assessment, settings, screening }, adjustment) => {
        const plan = generatePlan({ assessment, settings, screening });
        const q = computeQuote(plan, settings, adjustment);
        expect(q.totalPence).toBeGreaterThanOrEqual(0);
        expect(q.depositPence).toBeGreaterThanOrEqual(0);
        expect(q.depositPence).toBeLessThanOrEqual(q.totalPence);
        expect(q.balancePence).toBe(q.totalPence - q.depositPence);
        expect(Number.isInteger(q.totalPence) && Number.isInteger(q.depositPence)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("reviewPlan — properties over edited plans", () => {
  const withSessions = (plan: TreatmentPlan, sessions: PlanSession[]): TreatmentPlan => ({
    ...plan,
    sessions,
  });

  it("a session made lighter than the one before, without a reason, is an error", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(null, "", "   "),
        ({ assessment, settings, screening }, pick, drop, reason) => {
          const plan = generatePlan({ assessment, settings, screening });
          fc.pre(plan.sessions.length >= 2);
          const i = 1 + (pick % (plan.sessions.length - 1));
          const prev = plan.sessions[i - 1] as PlanSession;
          const sessions = plan.sessions.map((s, j) =>
            j === i
              ? { ...s, strengthPct: Math.max(0, prev.strengthPct - drop), overrideReason: reason }
              : s,
          );
          const errors = errorsOf(withSessions(plan, sessions), settings);
          expect(errors.map((e) => e.path)).toContain(`sessions.${i}.strengthPct`);
        },
      ),
      RUNS,
    );
  });

  it("a gap under the hard minimum is an error", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), ({ assessment, settings, screening }, pick, g) => {
        const plan = generatePlan({ assessment, settings, screening });
        fc.pre(plan.sessions.length >= 2);
        const i = 1 + (pick % (plan.sessions.length - 1));
        const gapDays = g % settings.spacing.hardMinimumDays;
        const sessions = plan.sessions.map((s, j) => (j === i ? { ...s, gapDays } : s));
        const errors = errorsOf(withSessions(plan, sessions), settings);
        expect(errors.map((e) => e.path)).toContain(`sessions.${i}.gapDays`);
      }),
      RUNS,
    );
  });
});
