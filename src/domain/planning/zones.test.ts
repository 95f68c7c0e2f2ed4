import { describe, expect, it } from "vitest";
import type { NorwoodStage, Scar } from "../assessment/assessment.ts";
import { assessment, settings } from "./planning.fixtures.ts";
import type { ZoneId } from "./types.ts";
import { defaultZones, estimatedImpressions, totalAreaCm2 } from "./zones.ts";

const S = settings();
const areas = (zones: { id: ZoneId; areaCm2: number }[]) =>
  Object.fromEntries(zones.map((z) => [z.id, z.areaCm2]));

const fut = (lengthCm: number, widthCm: number | null = null): Scar => ({
  kind: "fut",
  lengthCm,
  widthCm,
  areaCm2: null,
});

describe("defaultZones — Norwood (§2.2)", () => {
  const table: [NorwoodStage, Partial<Record<ZoneId, number>>, number][] = [
    ["I", { hairline: 40 }, 40],
    ["II", { hairline: 60 }, 60],
    ["IIa", { hairline: 60 }, 60],
    ["III", { hairline: 60, temples: 30 }, 90],
    ["IIIa", { hairline: 80, temples: 40 }, 120],
    ["IIIv", { hairline: 60, temples: 30, crown: 50 }, 140],
    ["IV", { hairline: 60, temples: 30, mid_scalp: 40, crown: 50 }, 180],
    ["IVa", { hairline: 60, temples: 30, mid_scalp: 40, crown: 50 }, 180],
    ["V", { hairline: 60, temples: 30, mid_scalp: 80, crown: 70 }, 240],
    ["Va", { hairline: 60, temples: 30, mid_scalp: 80, crown: 70 }, 240],
    ["VI", { hairline: 60, temples: 30, mid_scalp: 150, crown: 80 }, 320],
    ["VII", { hairline: 60, temples: 40, mid_scalp: 200, crown: 100 }, 400],
  ];
  it.each(table)("Norwood %s", (norwood, expected, total) => {
    const zones = defaultZones(assessment({ norwood }), S);
    expect(areas(zones)).toEqual(expected);
    expect(totalAreaCm2({ zones })).toBe(total);
  });

  it("labels zones in plain English, front to back", () => {
    expect(defaultZones(assessment({ norwood: "VII" }), S).map((z) => z.label)).toEqual([
      "Hairline",
      "Temples",
      "Mid-scalp",
      "Crown",
    ]);
  });
});

describe("defaultZones — other case types", () => {
  it("Ludwig grades", () => {
    const female = (ludwig: "I" | "II" | "III") =>
      areas(defaultZones(assessment({ caseType: "female_pattern", norwood: null, ludwig }), S));
    expect(female("I")).toEqual({ mid_scalp: 80 });
    expect(female("II")).toEqual({ mid_scalp: 150, crown: 50 });
    expect(female("III")).toEqual({ mid_scalp: 240, crown: 80 });
  });

  it("diffuse thinning", () => {
    const zones = defaultZones(assessment({ caseType: "diffuse_thinning", norwood: null }), S);
    expect(areas(zones)).toEqual({ mid_scalp: 150, crown: 50 });
  });

  it("alopecia areata: the measured area, else 5 cm² per patch (1 by default)", () => {
    const aa = (alopeciaAreaCm2: number | null, alopeciaPatchCount: number | null) =>
      defaultZones(
        assessment({
          caseType: "alopecia_areata",
          norwood: null,
          alopeciaLastActivity: "2024-01-01",
          alopeciaAreaCm2,
          alopeciaPatchCount,
        }),
        S,
      );
    expect(aa(23.5, 3)).toEqual([
      { id: "alopecia_patches", label: "Alopecia patches", areaCm2: 23.5 },
    ]);
    expect(areas(aa(null, 4))).toEqual({ alopecia_patches: 20 });
    expect(areas(aa(null, null))).toEqual({ alopecia_patches: 5 });
  });

  it.each(["alopecia_totalis", "alopecia_universalis"] as const)(
    "%s: full head, 450 cm²",
    (caseType) => {
      const zones = defaultZones(assessment({ caseType, norwood: null }), S);
      expect(areas(zones)).toEqual({
        hairline: 60,
        temples: 40,
        mid_scalp: 200,
        crown: 100,
        sides_back: 50,
      });
      expect(totalAreaCm2({ zones })).toBe(450);
      expect(zones.at(-1)?.label).toBe("Sides and back");
    },
  );

  it("birthmark: its area, 10 cm² when not measured", () => {
    const bm = (birthmarkAreaCm2: number | null) =>
      defaultZones(assessment({ caseType: "birthmark", norwood: null, birthmarkAreaCm2 }), S);
    expect(bm(16)).toEqual([{ id: "birthmark", label: "Birthmark", areaCm2: 16 }]);
    expect(areas(bm(null))).toEqual({ birthmark: 10 });
  });

  it("other: one zone of 0 cm² for the practitioner to fill in", () => {
    expect(defaultZones(assessment({ caseType: "other", norwood: null }), S)).toEqual([
      { id: "other", label: "Other", areaCm2: 0 },
    ]);
  });
});

describe("defaultZones — scars", () => {
  const scarCase = (scars: Scar[]) =>
    defaultZones(assessment({ caseType: "scar", norwood: null, scars }), S);

  it("a 20 cm FUT scar with 1.5 cm blend each side: 20 × 3.1 = 62 cm²", () => {
    expect(scarCase([fut(20)])).toEqual([
      { id: "scar", label: "FUT scar (with blend margin)", areaCm2: 62 },
    ]);
  });

  it("uses the recorded width and the clinic's margin, rounded to whole cm²", () => {
    expect(scarCase([fut(18, 0.4)])[0]?.areaCm2).toBe(61); // 18 × 3.4 = 61.2
    const narrow = settings({ density: { scarBlendMarginCm: 0.5 } });
    const zones = defaultZones(
      assessment({ caseType: "scar", norwood: null, scars: [fut(20)] }),
      narrow,
    );
    expect(zones[0]?.areaCm2).toBe(22); // 20 × 1.1
  });

  it("a linear scar given only by area keeps that area; a tiny one is at least 1 cm²", () => {
    expect(scarCase([{ kind: "other", lengthCm: null, widthCm: null, areaCm2: 35 }])[0]).toEqual({
      id: "scar",
      label: "Scar (with blend margin)",
      areaCm2: 35,
    });
    const tiny = defaultZones(
      assessment({ caseType: "scar", norwood: null, scars: [fut(0.2)] }),
      settings({ density: { scarBlendMarginCm: 0 } }),
    );
    expect(tiny[0]?.areaCm2).toBe(1);
  });

  it("an FUE scar is the donor area", () => {
    expect(scarCase([{ kind: "fue", lengthCm: null, widthCm: null, areaCm2: 100 }])).toEqual([
      { id: "donor_area", label: "FUE donor area", areaCm2: 100 },
    ]);
  });

  it("scars add their zones to any case type (Norwood V with an FUT scar)", () => {
    const zones = defaultZones(assessment({ norwood: "V", scars: [fut(20)] }), S);
    expect(zones.map((z) => z.id)).toEqual(["hairline", "temples", "mid_scalp", "crown", "scar"]);
    expect(totalAreaCm2({ zones })).toBe(302);
  });

  it("never gives a zone over the schema's 1000 cm²", () => {
    const zones = defaultZones(
      assessment({ caseType: "scar", norwood: null, scars: [fut(60, 10)] }),
      settings({ density: { scarBlendMarginCm: 5 } }),
    );
    expect(zones[0]?.areaCm2).toBe(1000);
  });
});

describe("estimatedImpressions", () => {
  it("area × density to the nearest hundred", () => {
    const zones = defaultZones(assessment({ norwood: "VII" }), S);
    expect(estimatedImpressions({ zones, targetDensityPerCm2: 100 })).toBe(40_000);
    expect(
      estimatedImpressions({
        zones: [{ id: "scar", label: "Scar", areaCm2: 62 }],
        targetDensityPerCm2: 123,
      }),
    ).toBe(7_600); // 7 626
  });
});
