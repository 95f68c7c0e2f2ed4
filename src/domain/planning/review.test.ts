import { describe, expect, it } from "vitest";
import { generatePlan } from "./generate.ts";
import { assessment, settings } from "./planning.fixtures.ts";
import { gapWindows, reviewPlan } from "./review.ts";
import type { PlanSession, TreatmentPlan } from "./types.ts";

const S = settings();
/** Norwood V, dark brown: 240 cm², 3 sessions, 180/135/135 min, strengths 51/68/85, gaps 14/28. */
const base = () => generatePlan({ assessment: assessment(), screening: null, settings: S });
const withSession = (i: number, patch: Partial<PlanSession>): TreatmentPlan => {
  const p = base();
  p.sessions = p.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s));
  return p;
};
const errors = (p: TreatmentPlan) => reviewPlan(p, S).filter((i) => i.severity === "error");
const warnings = (p: TreatmentPlan) => reviewPlan(p, S).filter((i) => i.severity === "warning");

describe("reviewPlan — errors", () => {
  it("a generated plan has none", () => {
    expect(reviewPlan(base(), S)).toEqual([]);
  });

  it("no treated area", () => {
    const p = base();
    p.zones = [{ id: "other", label: "Other", areaCm2: 0 }];
    expect(errors(p)).toEqual([
      {
        severity: "error",
        path: "zones",
        message: "The plan has no treated area: enter the area of at least one zone.",
      },
    ]);
  });

  it("sessions out of order", () => {
    const p = withSession(1, { number: 3 });
    expect(errors(p)).toEqual([
      expect.objectContaining({
        path: "sessions",
        message: "Sessions must be numbered 1 to 3 in order; they are numbered 1, 3, 3.",
      }),
    ]);
  });

  it("a gap on the first session, or none on a later one", () => {
    expect(errors(withSession(0, { gapDays: 14 }))).toEqual([
      expect.objectContaining({ path: "sessions.0.gapDays" }),
    ]);
    expect(errors(withSession(2, { gapDays: null }))).toEqual([
      expect.objectContaining({
        path: "sessions.2.gapDays",
        message: "Session 3 needs a gap in days after session 2.",
      }),
    ]);
  });

  it("a duration outside the clinic's range", () => {
    expect(errors(withSession(0, { durationMin: 330 }))).toEqual([
      expect.objectContaining({
        path: "sessions.0.durationMin",
        message: "Session 1 lasts 330 min, outside the clinic's range of 60–300 min.",
      }),
    ]);
    expect(errors(withSession(2, { durationMin: 45 }))).toEqual([
      expect.objectContaining({ path: "sessions.2.durationMin" }),
    ]);
  });

  it("a gap under the hard minimum (an error, not also a warning)", () => {
    const p = withSession(1, { gapDays: 6 });
    expect(reviewPlan(p, S)).toEqual([
      {
        severity: "error",
        path: "sessions.1.gapDays",
        message:
          "Session 2 is only 6 days after session 1: the minimum is 7 days, so the skin has healed and the scabs have shed.",
      },
    ]);
    expect(errors(withSession(1, { gapDays: 7 }))).toEqual([]);
  });

  it("a lighter session without a reason", () => {
    const p = base();
    p.sessions[1] = { ...(p.sessions[1] as PlanSession), strengthPct: 55 };
    p.sessions[2] = { ...(p.sessions[2] as PlanSession), strengthPct: 40, overrideReason: "  " };
    expect(errors(p)).toEqual([
      {
        severity: "error",
        path: "sessions.2.strengthPct",
        message:
          "Session 3 is lighter (40 %) than session 2 (55 %): give a reason to override the lighter→darker layering.",
      },
    ]);
  });

  it("a touch-up window that closes before it opens", () => {
    const p = base();
    p.touchUps = [{ label: "Check-up", fromDay: 30, toDay: 30 }];
    expect(errors(p)).toEqual([
      expect.objectContaining({
        path: "touchUps.0.toDay",
        message: expect.stringMatching(/Check-up/),
      }),
    ]);
  });
});

describe("reviewPlan — warnings", () => {
  it("more sessions than the clinic usually plans", () => {
    const p = generatePlan({
      assessment: assessment({ skinFlags: { dryOrFlaky: true, thick: false, sensitive: false } }),
      screening: null,
      settings: settings({ sessions: { defaultCount: 4 } }),
    });
    expect(reviewPlan(p, S)).toEqual([
      {
        severity: "warning",
        path: "sessions",
        message: "The plan has 5 sessions, more than the usual 4: check the client needs them all.",
      },
    ]);
  });

  it("a short gap", () => {
    expect(warnings(withSession(1, { gapDays: 9 }))).toEqual([
      expect.objectContaining({
        path: "sessions.1.gapDays",
        message: expect.stringMatching(/^Session 2 is 9 days after session 1: gaps under 10 days/),
      }),
    ]);
  });

  it("coverage falling", () => {
    expect(warnings(withSession(2, { coveragePct: 70 }))).toEqual([
      expect.objectContaining({
        path: "sessions.2.coveragePct",
        message: expect.stringMatching(/less coverage \(70 %\) than session 2 \(75 %\)/),
      }),
    ]);
  });

  it("a later session longer than the first", () => {
    expect(warnings(withSession(1, { durationMin: 200 }))).toEqual([
      expect.objectContaining({
        path: "sessions.1.durationMin",
        message:
          "Session 2 (200 min) is longer than session 1 (180 min): the first session is usually the longest.",
      }),
    ]);
  });

  it("a lighter session with a reason stays visible as a warning", () => {
    const p = withSession(2, { strengthPct: 60, overrideReason: "Scar took pigment darker" });
    expect(reviewPlan(p, S)).toEqual([
      {
        severity: "warning",
        path: "sessions.2.strengthPct",
        message:
          "Session 3 is lighter (60 %) than session 2 (68 %), against the lighter→darker layering. Reason given: Scar took pigment darker",
      },
    ]);
  });
});

describe("gapWindows", () => {
  it("one window per later session, from the clinic's spacing", () => {
    expect(gapWindows(base(), S)).toEqual([
      { session: 2, targetDays: 14, minDays: 10, maxDays: 28 },
      { session: 3, targetDays: 28, minDays: 10, maxDays: 42 },
    ]);
  });

  it("a short planned gap lowers the minimum, never below the hard minimum", () => {
    expect(gapWindows(withSession(1, { gapDays: 8 }), S)[0]).toEqual({
      session: 2,
      targetDays: 8,
      minDays: 8,
      maxDays: 22,
    });
    expect(gapWindows(withSession(1, { gapDays: 3 }), S)[0]?.minDays).toBe(7);
  });

  it("a single-session plan has none", () => {
    const one = generatePlan({
      assessment: assessment(),
      screening: null,
      settings: settings({ sessions: { defaultCount: 1 } }),
    });
    expect(gapWindows(one, S)).toEqual([]);
  });
});
