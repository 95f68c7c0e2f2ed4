import type { Assessment, LudwigGrade, NorwoodStage, Scar } from "../assessment/assessment.ts";
import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import { type PlanZone, planZoneSchema, type ZoneId } from "./types.ts";

/** Plain-English zone names shown to the practitioner and the client. */
export const ZONE_LABELS: Record<ZoneId, string> = {
  hairline: "Hairline",
  temples: "Temples",
  mid_scalp: "Mid-scalp",
  crown: "Crown",
  sides_back: "Sides and back",
  scar: "FUT scar (with blend margin)",
  donor_area: "FUE donor area",
  alopecia_patches: "Alopecia patches",
  birthmark: "Birthmark",
  other: "Other",
};

/** A linear scar that is not from FUT (trauma, surgery, scalp reduction). */
const OTHER_SCAR_LABEL = "Scar (with blend margin)";

type Areas = Partial<Record<ZoneId, number>>;

/**
 * Default treated areas in cm² — smp-reference.md §2.2 **[derived]**, split into zones. A prefill
 * only: the practitioner measures and edits. No source publishes SMP area by stage (§2.1).
 */
const REFERENCE_AREAS_CM2 = {
  norwood: {
    I: { hairline: 40 },
    II: { hairline: 60 },
    IIa: { hairline: 60 },
    III: { hairline: 60, temples: 30 },
    IIIa: { hairline: 80, temples: 40 },
    IIIv: { hairline: 60, temples: 30, crown: 50 },
    IV: { hairline: 60, temples: 30, mid_scalp: 40, crown: 50 },
    IVa: { hairline: 60, temples: 30, mid_scalp: 40, crown: 50 },
    V: { hairline: 60, temples: 30, mid_scalp: 80, crown: 70 },
    Va: { hairline: 60, temples: 30, mid_scalp: 80, crown: 70 },
    VI: { hairline: 60, temples: 30, mid_scalp: 150, crown: 80 },
    VII: { hairline: 60, temples: 40, mid_scalp: 200, crown: 100 },
  } satisfies Record<NorwoodStage, Areas>,
  ludwig: {
    I: { mid_scalp: 80 },
    II: { mid_scalp: 150, crown: 50 },
    III: { mid_scalp: 240, crown: 80 },
  } satisfies Record<LudwigGrade, Areas>,
  diffuseThinning: { mid_scalp: 150, crown: 50 } satisfies Areas,
  /** Full head including light density to the sides and back (totalis, universalis). */
  fullHead: {
    hairline: 60,
    temples: 40,
    mid_scalp: 200,
    crown: 100,
    sides_back: 50,
  } satisfies Areas,
  /** One alopecia areata patch, when the total area has not been measured. */
  alopeciaPatch: 5,
  birthmark: 10,
  /** A FUT strip scar is about 1 mm wide when no width is recorded (§2.1). */
  linearScarWidthCm: 0.1,
} as const;

/** Zones in the order they are listed on a plan. */
const ZONE_ORDER: readonly ZoneId[] = [
  "hairline",
  "temples",
  "mid_scalp",
  "crown",
  "sides_back",
  "alopecia_patches",
  "birthmark",
  "other",
];

const MAX_ZONE_AREA = planZoneSchema.shape.areaCm2.maxValue ?? Number.POSITIVE_INFINITY;

function caseAreas(a: Assessment): Areas {
  switch (a.caseType) {
    case "male_pattern":
      return a.norwood ? REFERENCE_AREAS_CM2.norwood[a.norwood] : {};
    case "female_pattern":
      return a.ludwig ? REFERENCE_AREAS_CM2.ludwig[a.ludwig] : {};
    case "diffuse_thinning":
      return REFERENCE_AREAS_CM2.diffuseThinning;
    case "alopecia_areata":
      return {
        alopecia_patches:
          a.alopeciaAreaCm2 ?? REFERENCE_AREAS_CM2.alopeciaPatch * (a.alopeciaPatchCount ?? 1),
      };
    case "alopecia_totalis":
    case "alopecia_universalis":
      return REFERENCE_AREAS_CM2.fullHead;
    case "birthmark":
      return { birthmark: a.birthmarkAreaCm2 ?? REFERENCE_AREAS_CM2.birthmark };
    case "other":
      return { other: 0 };
    case "scar":
      return {};
  }
}

/**
 * A linear scar is treated with a blend zone either side (§1.5, §2.2): length × (width + 2 × margin),
 * in whole cm² and never under 1 cm² for a measured scar. FUE scars cover the donor field's area.
 */
export function scarZone(scar: Scar, settings: ClinicalSettings): PlanZone {
  if (scar.kind === "fue") {
    return zone("donor_area", ZONE_LABELS.donor_area, scar.areaCm2 ?? 0);
  }
  const label = scar.kind === "fut" ? ZONE_LABELS.scar : OTHER_SCAR_LABEL;
  if (scar.lengthCm === null) return zone("scar", label, scar.areaCm2 ?? 0);
  const width =
    (scar.widthCm ?? REFERENCE_AREAS_CM2.linearScarWidthCm) +
    2 * settings.density.scarBlendMarginCm;
  return zone("scar", label, Math.max(1, Math.round(scar.lengthCm * width)));
}

function zone(id: ZoneId, label: string, areaCm2: number): PlanZone {
  return { id, label, areaCm2: Math.min(MAX_ZONE_AREA, Math.max(0, areaCm2)) };
}

/**
 * The zones to treat, with areas prefilled from the case (§2.2). Scars add their zones whatever the
 * case type (a Norwood V with an FUT scar gets both). Never empty: an unclassified case gets an
 * "Other" zone of 0 cm² for the practitioner to fill in.
 */
export function defaultZones(assessment: Assessment, settings: ClinicalSettings): PlanZone[] {
  const areas = caseAreas(assessment);
  const zones: PlanZone[] = [];
  for (const id of ZONE_ORDER) {
    const area = areas[id];
    if (area !== undefined) zones.push(zone(id, ZONE_LABELS[id], area));
  }
  for (const scar of assessment.scars) zones.push(scarZone(scar, settings));
  if (zones.length === 0) zones.push(zone("other", ZONE_LABELS.other, 0));
  return zones;
}

/** Total treated area in cm². */
export function totalAreaCm2(plan: { zones: readonly PlanZone[] }): number {
  return plan.zones.reduce((sum, z) => sum + z.areaCm2, 0);
}

/** Impressions are estimated to the nearest hundred: the area figures are estimates too. */
const IMPRESSION_ROUNDING = 100;

/** Total area × target density (§2.3), to the nearest hundred. */
export function estimatedImpressions(plan: {
  zones: readonly PlanZone[];
  targetDensityPerCm2: number;
}): number {
  const raw = totalAreaCm2(plan) * plan.targetDensityPerCm2;
  return Math.round(raw / IMPRESSION_ROUNDING) * IMPRESSION_ROUNDING;
}
