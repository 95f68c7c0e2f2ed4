import { describe, expect, it } from "vitest";
import type { HairColour } from "../assessment/assessment.ts";
import { dilutionRatio, shadeLabel, suggestPigment } from "./pigment.ts";
import { assessment, settings } from "./planning.fixtures.ts";

const S = settings();
/** Fitzpatrick III is neither fair (≤ II by default) nor dark (≥ V): the table value unchanged. */
const suggest = (hairColour: HairColour, greyPct = 0, fitzpatrick = 3, s = S) =>
  suggestPigment(assessment({ hairColour, greyPct, fitzpatrick }), s);

describe("suggestPigment — hair colour (§4.4)", () => {
  it.each([
    ["black", 100, "1 : 0", "Dark"],
    ["dark_brown", 85, "1 : 0.2", "Dark"],
    ["medium_brown", 65, "1 : 0.5", "Medium-dark"],
    ["light_brown", 50, "1 : 1", "Medium"],
    ["blonde", 35, "1 : 1.9", "Light"],
    ["red", 45, "1 : 1.2", "Light"],
    ["grey_white", 25, "1 : 3", "Very light"],
  ] as const)("%s → %i %%, %s, %s", (colour, strength, ratio, shade) => {
    const p = suggest(colour);
    expect(p).toMatchObject({
      strengthPct: strength,
      ratio,
      shadeLabel: shade,
      blueShiftRisk: false,
    });
  });

  it("grey lightens the shade towards 25 %", () => {
    expect(suggest("black", 50).strengthPct).toBe(63); // 100 − 75 × 0.5 = 62.5
    expect(suggest("dark_brown", 20).strengthPct).toBe(73); // 85 − 60 × 0.2
    expect(suggest("black", 100).strengthPct).toBe(25);
  });

  it("darker skin (V–VI) takes 10 % more, up to 100 %", () => {
    expect(suggest("medium_brown", 0, 5).strengthPct).toBe(75);
    expect(suggest("dark_brown", 0, 6).strengthPct).toBe(95);
    expect(suggest("black", 0, 6).strengthPct).toBe(100);
    expect(suggest("black", 0, 6).ratio).toBe("1 : 0");
  });

  it("fair skin with a dark shade: capped, blue-shift risk, with a note", () => {
    const p = suggest("black", 0, 1);
    expect(p.strengthPct).toBe(45);
    expect(p.blueShiftRisk).toBe(true);
    expect(p.notes.join(" ")).toMatch(/blue or green cast.*45 %.*layers/);
    // At or under the cap there is no risk.
    expect(suggest("red", 0, 2)).toMatchObject({ strengthPct: 45, blueShiftRisk: false });
    // The clinic's settings decide what "fair" and the cap are.
    const strict = settings({ pigment: { fairSkinMaxType: 3, fairSkinMaxStrengthPct: 60 } });
    expect(suggest("dark_brown", 0, 3, strict)).toMatchObject({
      strengthPct: 60,
      blueShiftRisk: true,
    });
  });

  it("notes a high grey share and very light hair", () => {
    expect(suggest("dark_brown", 39).notes).toEqual([]);
    expect(suggest("dark_brown", 40).notes.join(" ")).toMatch(/40 % of the hair is grey/);
    expect(suggest("blonde").notes.join(" ")).toMatch(/fades faster and shows less/);
  });
});

describe("dilutionRatio and shadeLabel", () => {
  it("formats pigment : water to one decimal without a trailing .0", () => {
    expect(dilutionRatio(100)).toBe("1 : 0");
    expect(dilutionRatio(50)).toBe("1 : 1");
    expect(dilutionRatio(40)).toBe("1 : 1.5");
    expect(dilutionRatio(33)).toBe("1 : 2"); // 2.03
    expect(dilutionRatio(10)).toBe("1 : 9");
  });

  it("names the shade by band", () => {
    expect([85, 84, 65, 64, 50, 49, 30, 29, 5].map(shadeLabel)).toEqual([
      "Dark",
      "Medium-dark",
      "Medium-dark",
      "Medium",
      "Medium",
      "Light",
      "Light",
      "Very light",
      "Very light",
    ]);
  });
});
