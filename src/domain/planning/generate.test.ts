import { describe, expect, it } from "vitest";
import type { Scar } from "../assessment/assessment.ts";
import type { ScreeningResult } from "../screening/types.ts";
import { CAVEATS, generatePlan, layering, sessionDurations, sessionGaps } from "./generate.ts";
import { assessment, settings } from "./planning.fixtures.ts";
import { reviewPlan } from "./review.ts";
import { treatmentPlanSchema } from "./types.ts";

const S = settings();
const plan = (a = assessment(), s = S, screening: ScreeningResult | null = null) =>
  generatePlan({ assessment: a, screening, settings: s });
const fut: Scar = { kind: "fut", lengthCm: 20, widthCm: null, areaCm2: null };
const screening = (patchTestAdvised: boolean): ScreeningResult => ({
  verdict: "proceed",
  deferUntil: null,
  reasons: [{ ruleId: "other_allergy", outcome: "proceed", message: "Allergy to nickel." }],
  patchTestAdvised,
  questionnaireVersion: 1,
});

describe("generatePlan — a Norwood VII full head with defaults", () => {
  const p = plan(assessment({ norwood: "VII", hairColour: "dark_brown" }));

  it("is a valid plan with no review errors", () => {
    expect(treatmentPlanSchema.parse(p)).toEqual(p);
    expect(reviewPlan(p, S).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("plans 3 sessions: 4 h, then 3 h, 14 then 28 days apart, light to dark", () => {
    expect(p.sessions).toEqual([
      {
        number: 1,
        durationMin: 240,
        strengthPct: 51,
        coveragePct: 50,
        focus: "Hairline design and a light base layer",
        gapDays: null,
        overrideReason: null,
      },
      {
        number: 2,
        durationMin: 180,
        strengthPct: 68,
        coveragePct: 75,
        focus: "Build density, refine the hairline",
        gapDays: 14,
        overrideReason: null,
      },
      {
        number: 3,
        durationMin: 180,
        strengthPct: 85,
        coveragePct: 100,
        focus: "Final shading, fill gaps, define the hairline",
        gapDays: 28,
        overrideReason: null,
      },
    ]);
  });

  it("carries the clinic's density, touch-ups and recalls, and the case's hair length", () => {
    expect(p.targetDensityPerCm2).toBe(100);
    expect(p.hairLengthPlan).toBe("shaved");
    expect(p.touchUps).toEqual([{ label: "Included touch-up", fromDay: 21, toDay: 90 }]);
    expect(p.recallMonths).toBe(36);
    expect(p.secondRecallMonths).toBe(48);
    expect(p.patchTest).toEqual({ required: false, minHoursBeforeSession: 48, reason: null });
    expect(p.caveats).toEqual([]);
    expect(p.notes).toBe("");
    expect(p.pigment.strengthPct).toBe(85);
  });
});

describe("session count (§3.1)", () => {
  it("adds one for alopecia, scars or flagged skin", () => {
    expect(plan().sessions).toHaveLength(3);
    expect(plan(assessment({ scars: [fut] })).sessions).toHaveLength(4);
    expect(
      plan(assessment({ skinFlags: { dryOrFlaky: false, thick: true, sensitive: false } }))
        .sessions,
    ).toHaveLength(4);
    const aa = assessment({
      caseType: "alopecia_areata",
      norwood: null,
      alopeciaLastActivity: "2024-01-01",
    });
    expect(plan(aa).sessions).toHaveLength(4);
    expect(plan(aa, settings({ sessions: { extraForComplexCases: false } })).sessions).toHaveLength(
      3,
    );
  });

  it("follows the clinic's default count, including a single session", () => {
    const one = plan(assessment(), settings({ sessions: { defaultCount: 1 } }));
    expect(one.sessions).toEqual([
      expect.objectContaining({
        number: 1,
        gapDays: null,
        coveragePct: 100,
        strengthPct: one.pigment.strengthPct,
        focus: "Hairline design, full coverage and final shading",
      }),
    ]);
    expect(plan(assessment(), settings({ sessions: { defaultCount: 8 } })).sessions).toHaveLength(
      8,
    );
  });
});

describe("sessionDurations (§3.3)", () => {
  it("picks the first band that holds the area; the last band is open-ended", () => {
    expect(sessionDurations(100, 100, false, 2, S)).toEqual([120, 90]);
    expect(sessionDurations(101, 100, false, 2, S)).toEqual([180, 135]);
    expect(sessionDurations(250, 100, false, 2, S)).toEqual([180, 135]);
    expect(sessionDurations(900, 100, false, 2, S)).toEqual([240, 180]);
  });

  it("scales by density against 100/cm², adds the scar/alopecia hour, rounds, then clamps", () => {
    expect(sessionDurations(90, 150, false, 1, S)).toEqual([180]); // 120 × 1.5
    expect(sessionDurations(90, 100, true, 2, S)).toEqual([180, 135]); // 120 + 60
    expect(sessionDurations(90, 110, false, 1, S)).toEqual([135]); // 132 → 135
    expect(sessionDurations(400, 200, true, 1, S)).toEqual([300]); // 540 → max 300
    expect(sessionDurations(10, 20, false, 2, S)).toEqual([60, 60]); // 24 → 30 → min 60
  });

  it("never makes a later session longer than the first", () => {
    const odd = settings({ sessions: { minMinutes: 68, laterSessionPct: 100 } });
    expect(sessionDurations(10, 20, false, 2, odd)).toEqual([68, 68]);
  });

  it("a Norwood V scar case gets the extra hour", () => {
    const p = plan(assessment({ norwood: "V", scars: [fut] })); // 302 cm²: 240 + 60
    expect(p.sessions.map((s) => s.durationMin)).toEqual([300, 225, 225, 225]);
  });
});

describe("sessionGaps (§3.2)", () => {
  it("leaves the first empty; the last of three or more gets the final gap", () => {
    expect(sessionGaps(1, S)).toEqual([null]);
    expect(sessionGaps(2, S)).toEqual([null, 14]);
    expect(sessionGaps(3, S)).toEqual([null, 14, 28]);
    expect(sessionGaps(4, S)).toEqual([null, 14, 14, 28]);
  });
});

describe("layering (§3.4)", () => {
  it("rises evenly from 60 % of the final strength and 50 % coverage", () => {
    expect(layering(80, 3, S)).toEqual([
      { strengthPct: 48, coveragePct: 50 },
      { strengthPct: 64, coveragePct: 75 },
      { strengthPct: 80, coveragePct: 100 },
    ]);
    expect(layering(50, 4, S)).toEqual([
      { strengthPct: 30, coveragePct: 50 },
      { strengthPct: 37, coveragePct: 67 },
      { strengthPct: 43, coveragePct: 83 },
      { strengthPct: 50, coveragePct: 100 },
    ]);
  });

  it("never goes under 5 % and a single session is the final strength", () => {
    const s = settings({ layering: { firstSessionStrengthPct: 10, firstSessionCoveragePct: 10 } });
    expect(layering(25, 2, s)).toEqual([
      { strengthPct: 5, coveragePct: 10 },
      { strengthPct: 25, coveragePct: 100 },
    ]);
    expect(layering(40, 1, S)).toEqual([{ strengthPct: 40, coveragePct: 100 }]);
  });
});

describe("focus text", () => {
  it("scar-only and density-only cases are described in their own terms", () => {
    const scar = plan(assessment({ caseType: "scar", norwood: null, scars: [fut] }));
    expect(scar.sessions[0]?.focus).toMatch(/scar/);
    const density = plan(assessment({ caseType: "diffuse_thinning", norwood: null }));
    expect(density.sessions.map((s) => s.focus)).toEqual([
      "A light base layer across the treated area",
      "Build density between the existing hairs",
      "Final shading and fill gaps",
    ]);
  });
});

describe("patch test (§4.6)", () => {
  it("is required when the clinic requires it or screening advises it, saying why", () => {
    expect(plan(assessment(), S, screening(false)).patchTest.required).toBe(false);
    const advised = plan(assessment(), S, screening(true)).patchTest;
    expect(advised).toMatchObject({ required: true, reason: expect.stringMatching(/allergy/) });
    const clinic = plan(assessment(), settings({ patchTest: { required: true } })).patchTest;
    expect(clinic).toMatchObject({ required: true, reason: expect.stringMatching(/clinic/) });
    const both = plan(
      assessment(),
      settings({ patchTest: { required: true, minHoursBeforeSession: 72 } }),
      screening(true),
    ).patchTest;
    expect(both.minHoursBeforeSession).toBe(72);
    expect(both.reason).toMatch(/clinic.*allergy/);
  });
});

describe("caveats", () => {
  it("long hair (§1.3)", () => {
    expect(plan(assessment({ hairLengthPlan: "long" })).caveats).toEqual([CAVEATS.longHair]);
    expect(CAVEATS.longHair).toMatch(/cannot see the whole scalp/);
    expect(CAVEATS.longHair).toMatch(/without shaving/);
  });

  it("Norwood I, alopecia areata, universalis, scars and blue-shift risk", () => {
    expect(plan(assessment({ norwood: "I" })).caveats).toEqual([CAVEATS.norwoodI]);
    const aa = plan(
      assessment({
        caseType: "alopecia_areata",
        norwood: null,
        alopeciaLastActivity: "2024-01-01",
      }),
    );
    expect(aa.caveats).toEqual([CAVEATS.alopeciaAreata]);
    expect(CAVEATS.alopeciaAreata).toMatch(/darker/);
    const universalis = plan(assessment({ caseType: "alopecia_universalis", norwood: null }));
    expect(universalis.caveats).toEqual([CAVEATS.alopeciaUniversalis]);
    expect(plan(assessment({ scars: [fut] })).caveats).toEqual([CAVEATS.scars]);
    const fair = plan(assessment({ fitzpatrick: 1, hairColour: "black" }));
    expect(fair.pigment.blueShiftRisk).toBe(true);
    expect(fair.caveats).toEqual([CAVEATS.blueShift]);
    expect(fair.sessions.at(-1)?.strengthPct).toBe(45);
  });
});
