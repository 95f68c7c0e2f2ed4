import { describe, expect, it } from "vitest";
import { DEFAULT_CLINICAL_SETTINGS } from "../../../domain/settings/clinical-settings.ts";
import { publicEstimate } from "./estimate.ts";

const settings = () => structuredClone(DEFAULT_CLINICAL_SETTINGS);

describe("publicEstimate", () => {
  it("lists every Norwood and Ludwig picture the widget shows", () => {
    const e = publicEstimate(settings());
    expect(e.norwood.map((s) => s.stage)).toEqual([
      "I",
      "II",
      "III",
      "IIIv",
      "IV",
      "V",
      "VI",
      "VII",
    ]);
    expect(e.ludwig.map((s) => s.stage)).toEqual(["I", "II", "III"]);
    expect(e.norwood[3]?.label).toBe("Norwood III vertex");
  });

  it("takes sessions from the clinic's default count, plus the extra one skin may need", () => {
    const s = settings();
    s.sessions.defaultCount = 2;
    const e = publicEstimate(s);
    for (const stage of [...e.norwood, ...e.ludwig])
      expect(stage.sessions).toEqual({ min: 2, max: 3 });
    s.sessions.extraForComplexCases = false;
    expect(publicEstimate(s).norwood[0]?.sessions).toEqual({ min: 2, max: 2 });
  });

  it("prices by the clinic's area tiers in tier mode", () => {
    const s = settings();
    s.pricing.tiers = [
      { label: "Small", maxAreaCm2: 100, pricePence: 70_000 },
      { label: "Large", maxAreaCm2: null, pricePence: 200_000 },
    ];
    const e = publicEstimate(s);
    // Norwood I is a 40 cm² hairline; VII covers far more than 100 cm².
    expect(e.norwood[0]?.pricePence).toEqual({ min: 70_000, max: 70_000 });
    expect(e.norwood[0]?.priceText).toBe("£700");
    expect(e.norwood[7]?.pricePence).toEqual({ min: 200_000, max: 200_000 });
    // Norwood III covers III (90 cm²) and IIIa (120 cm²): two tiers, so a range.
    expect(e.norwood[2]?.pricePence).toEqual({ min: 70_000, max: 200_000 });
    expect(e.norwood[2]?.priceText).toBe("£700 – £2,000");
  });

  it("prices per session in per-session mode, so an extra session widens the range", () => {
    const s = settings();
    s.pricing.mode = "per_session";
    s.pricing.perSessionPence = 45_000;
    const stage = publicEstimate(s).ludwig[1];
    expect(stage?.sessions).toEqual({ min: 3, max: 4 });
    expect(stage?.pricePence).toEqual({ min: 135_000, max: 180_000 });
    expect(stage?.priceText).toBe("£1,350 – £1,800");
  });
});
