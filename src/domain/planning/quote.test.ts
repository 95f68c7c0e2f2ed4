import { describe, expect, it } from "vitest";
import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import { generatePlan } from "./generate.ts";
import { assessment, settings } from "./planning.fixtures.ts";
import { computeQuote, formatPence } from "./quote.ts";
import type { TreatmentPlan } from "./types.ts";

const S = settings();
const planFor = (norwood: "III" | "V" | "VII", s: ClinicalSettings = S): TreatmentPlan =>
  generatePlan({ assessment: assessment({ norwood }), screening: null, settings: s });
const pricing = (patch: Partial<ClinicalSettings["pricing"]>) =>
  settings({ pricing: { ...S.pricing, ...patch } });

describe("formatPence", () => {
  it("formats pounds and pence with thousands separators", () => {
    expect(formatPence(50_000)).toBe("£500.00");
    expect(formatPence(125_005)).toBe("£1,250.05");
    expect(formatPence(123_456_789)).toBe("£1,234,567.89");
    expect(formatPence(0)).toBe("£0.00");
    expect(formatPence(-2_000)).toBe("-£20.00");
  });
});

describe("computeQuote — tier mode", () => {
  it("picks the first tier that holds the area", () => {
    const q = computeQuote(planFor("III"), S, null); // 90 cm²
    expect(q.mode).toBe("tier");
    expect(q.tierLabel).toBe("Small area (Norwood II–III, Ludwig I)");
    expect(q.lines).toEqual([
      {
        label: "Course of 3 sessions (Small area (Norwood II–III, Ludwig I))",
        amountPence: 85_000,
      },
    ]);
    expect(computeQuote(planFor("V"), S, null).totalPence).toBe(150_000); // 240 cm²
    expect(computeQuote(planFor("VII"), S, null)).toMatchObject({
      tierLabel: "Large area (Norwood VI–VII, Ludwig III)",
      totalPence: 250_000,
      depositPence: 5_000,
      balancePence: 245_000,
    });
  });

  it("lists what is included, with the touch-up windows, and the transplant comparison", () => {
    const q = computeQuote(planFor("V"), S, null);
    expect(q.included).toEqual([
      "Consultation and hairline design",
      "All planned sessions",
      "Aftercare guidance and check-ins",
      "Touch-up between 21 and 90 days after the last session",
    ]);
    expect(q.hairTransplant).toEqual({ minPence: 300_000, maxPence: 1_200_000 });
    const hidden = pricing({ hairTransplant: { ...S.pricing.hairTransplant, show: false } });
    expect(computeQuote(planFor("V"), hidden, null).hairTransplant).toBeNull();
  });
});

describe("computeQuote — per session", () => {
  it("charges each planned session", () => {
    const s = pricing({ mode: "per_session", perSessionPence: 50_000 });
    const q = computeQuote(planFor("V"), s, null);
    expect(q).toMatchObject({
      mode: "per_session",
      tierLabel: null,
      lines: [{ label: "3 sessions × £500.00", amountPence: 150_000 }],
      totalPence: 150_000,
    });
  });
});

describe("computeQuote — adjustment and deposit", () => {
  it("adds the adjustment as a line with its reason", () => {
    const q = computeQuote(planFor("V"), S, { amountPence: -15_000, reason: "Returning client" });
    expect(q.lines.at(-1)).toEqual({ label: "Returning client", amountPence: -15_000 });
    expect(q.totalPence).toBe(135_000);
    expect(q.balancePence).toBe(130_000);
  });

  it("never goes below zero, and the deposit never exceeds the total", () => {
    const q = computeQuote(planFor("III"), S, { amountPence: -100_000, reason: "Charity case" });
    expect(q).toMatchObject({ totalPence: 0, depositPence: 0, balancePence: 0 });
    const small = computeQuote(planFor("III"), S, { amountPence: -82_000, reason: "Goodwill" });
    expect(small).toMatchObject({ totalPence: 3_000, depositPence: 3_000, balancePence: 0 });
  });

  it("a percentage deposit is rounded to the penny", () => {
    const s = pricing({ deposit: { kind: "percent", fixedPence: 5_000, percent: 10 } });
    const q = computeQuote(planFor("V"), s, { amountPence: 5, reason: "Rounding test" });
    expect(q).toMatchObject({ totalPence: 150_005, depositPence: 15_001, balancePence: 135_004 });
  });
});
