import type { Assessment } from "../assessment/assessment.ts";
import type { ScreeningResult } from "../screening/types.ts";
import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import { suggestPigment } from "./pigment.ts";
import {
  type PigmentSuggestion,
  type PlanSession,
  type PlanZone,
  planSessionSchema,
  type TreatmentPlan,
} from "./types.ts";
import { defaultZones, totalAreaCm2 } from "./zones.ts";

/** Duration bands are calibrated for the reference density of ~100 impressions/cm² (§2.3). */
export const BAND_REFERENCE_DENSITY_PER_CM2 = 100;

const MIN_SESSIONS = planSessionSchema.shape.number.minValue ?? 1;
const MAX_SESSIONS = planSessionSchema.shape.number.maxValue ?? Number.POSITIVE_INFINITY;
const MIN_STRENGTH_PCT = planSessionSchema.shape.strengthPct.minValue ?? 0;

export interface GeneratePlanInput {
  assessment: Assessment;
  screening: ScreeningResult | null;
  settings: ClinicalSettings;
}

/** Alopecia or scar work: scar tissue and patches take pigment less predictably (§1.4, §1.5, §3.3). */
function isScarOrAlopecia(a: Assessment): boolean {
  return a.caseType === "scar" || a.caseType.startsWith("alopecia_") || a.scars.length > 0;
}

/** §3.1: plan the default; one more for alopecia, scars or flagged skin when the clinic allows it. */
export function sessionCount(assessment: Assessment, settings: ClinicalSettings): number {
  const { defaultCount, extraForComplexCases } = settings.sessions;
  const flags = assessment.skinFlags;
  const complex =
    isScarOrAlopecia(assessment) || flags.dryOrFlaky || flags.thick || flags.sensitive;
  const n = defaultCount + (extraForComplexCases && complex ? 1 : 0);
  return Math.max(MIN_SESSIONS, Math.min(MAX_SESSIONS, n));
}

function roundAndClamp(minutes: number, settings: ClinicalSettings): number {
  const { roundToMinutes, minMinutes, maxMinutes } = settings.sessions;
  const rounded = Math.round(minutes / roundToMinutes) * roundToMinutes;
  return Math.min(maxMinutes, Math.max(minMinutes, rounded));
}

/**
 * §3.3: the first session's length from the area band, scaled to the target density, plus the
 * scar/alopecia allowance; later sessions a set share of it (never longer than the first).
 */
export function sessionDurations(
  areaCm2: number,
  targetDensityPerCm2: number,
  scarOrAlopecia: boolean,
  count: number,
  settings: ClinicalSettings,
): number[] {
  const s = settings.sessions;
  const band =
    s.durationBands.find((b) => b.maxAreaCm2 === null || areaCm2 <= b.maxAreaCm2) ??
    s.durationBands[s.durationBands.length - 1];
  const base = band?.minutes ?? s.minMinutes;
  const raw =
    (base * targetDensityPerCm2) / BAND_REFERENCE_DENSITY_PER_CM2 +
    (scarOrAlopecia ? s.complexCaseExtraMinutes : 0);
  const first = roundAndClamp(raw, settings);
  const later = Math.min(first, roundAndClamp((first * s.laterSessionPct) / 100, settings));
  return Array.from({ length: count }, (_, i) => (i === 0 ? first : later));
}

/** §3.2: the last of three or more gets the longer settling gap; the rest the default. */
export function sessionGaps(count: number, settings: ClinicalSettings): (number | null)[] {
  const { defaultGapDays, finalGapDays } = settings.spacing;
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return null;
    return count >= 3 && i === count - 1 ? finalGapDays : defaultGapDays;
  });
}

/**
 * §3.4: start light and build up. Strength rises evenly from a share of the final strength to the
 * final strength; coverage from the first-session share to 100 %.
 */
export function layering(
  finalStrengthPct: number,
  count: number,
  settings: ClinicalSettings,
): { strengthPct: number; coveragePct: number }[] {
  const f = settings.layering.firstSessionStrengthPct / 100;
  const c1 = settings.layering.firstSessionCoveragePct;
  const out: { strengthPct: number; coveragePct: number }[] = [];
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? 1 : i / (count - 1);
    const prev = out[i - 1];
    const strength = Math.max(
      MIN_STRENGTH_PCT,
      prev?.strengthPct ?? 0,
      Math.round(finalStrengthPct * (f + (1 - f) * t)),
    );
    const coverage = Math.max(prev?.coveragePct ?? 0, Math.round(c1 + (100 - c1) * t));
    out.push({ strengthPct: strength, coveragePct: coverage });
  }
  return out;
}

type FocusKind = "hairline" | "scar" | "density";

const FOCUS: Record<FocusKind, { first: string; middle: string; last: string; only: string }> = {
  hairline: {
    first: "Hairline design and a light base layer",
    middle: "Build density, refine the hairline",
    last: "Final shading, fill gaps, define the hairline",
    only: "Hairline design, full coverage and final shading",
  },
  scar: {
    first: "A light, shallow base layer over the scar and its blend zone",
    middle: "Build density; check how the scar has taken the pigment",
    last: "Final shading, fill gaps, blend into the surrounding hair",
    only: "Cover the scar and its blend zone, with light, shallow work",
  },
  density: {
    first: "A light base layer across the treated area",
    middle: "Build density between the existing hairs",
    last: "Final shading and fill gaps",
    only: "Base layer, density and final shading",
  },
};

function focusKind(zones: readonly PlanZone[]): FocusKind {
  if (zones.some((z) => z.id === "hairline")) return "hairline";
  if (zones.every((z) => z.id === "scar" || z.id === "donor_area")) return "scar";
  return "density";
}

function focusText(kind: FocusKind, i: number, count: number): string {
  const f = FOCUS[kind];
  if (count === 1) return f.only;
  if (i === 0) return f.first;
  return i === count - 1 ? f.last : f.middle;
}

export const CAVEATS = {
  longHair:
    "With longer hair the practitioner cannot see the whole scalp, so a perfect density match cannot be guaranteed, and a later, shorter style may show untreated areas. Density work is done between the existing hairs without shaving.",
  norwoodI:
    "Norwood I is an adolescent hairline with no real recession: usually not an SMP case, except density work for diffuse thinning.",
  alopeciaAreata:
    "Alopecia areata patches can regrow: if they do, the treated areas can look darker than the hair around them.",
  alopeciaUniversalis: "SMP treats the scalp only: it cannot replace eyebrows or eyelashes.",
  scars:
    "Scar tissue takes pigment unpredictably: it may soak it up or refuse it. A wide blend zone around the scar is treated, and the full course is planned even if the scar looks covered sooner.",
  blueShift:
    "Fair skin with a dark shade can take on a blue or green cast: the shade is kept lighter and built up in layers.",
} as const;

function caveatsFor(a: Assessment, pigment: PigmentSuggestion): string[] {
  const out: string[] = [];
  if (a.hairLengthPlan === "long") out.push(CAVEATS.longHair);
  if (a.caseType === "male_pattern" && a.norwood === "I") out.push(CAVEATS.norwoodI);
  if (a.caseType === "alopecia_areata") out.push(CAVEATS.alopeciaAreata);
  if (a.caseType === "alopecia_universalis") out.push(CAVEATS.alopeciaUniversalis);
  if (a.caseType === "scar" || a.scars.length > 0) out.push(CAVEATS.scars);
  if (pigment.blueShiftRisk) out.push(CAVEATS.blueShift);
  return out;
}

function patchTestReason(clinicRequires: boolean, screeningAdvises: boolean): string | null {
  const reasons = [
    clinicRequires ? "The clinic requires a patch test before treatment." : null,
    screeningAdvises ? "Screening found an allergy that calls for a patch test." : null,
  ].filter((r): r is string => r !== null);
  return reasons.length > 0 ? reasons.join(" ") : null;
}

/** A first draft of the course from the assessment and the clinic's settings; the practitioner edits it. */
export function generatePlan(input: GeneratePlanInput): TreatmentPlan {
  const { assessment, screening, settings } = input;
  const zones = defaultZones(assessment, settings);
  const targetDensityPerCm2 = settings.density.targetPerCm2;
  const count = sessionCount(assessment, settings);
  const pigment = suggestPigment(assessment, settings);

  const durations = sessionDurations(
    totalAreaCm2({ zones }),
    targetDensityPerCm2,
    isScarOrAlopecia(assessment),
    count,
    settings,
  );
  const gaps = sessionGaps(count, settings);
  const layers = layering(pigment.strengthPct, count, settings);
  const kind = focusKind(zones);

  const sessions: PlanSession[] = layers.map((layer, i) => ({
    number: i + 1,
    durationMin: durations[i] ?? settings.sessions.minMinutes,
    strengthPct: layer.strengthPct,
    coveragePct: layer.coveragePct,
    focus: focusText(kind, i, count),
    gapDays: gaps[i] ?? null,
    overrideReason: null,
  }));

  const clinicRequires = settings.patchTest.required;
  const screeningAdvises = screening?.patchTestAdvised === true;

  return {
    zones,
    targetDensityPerCm2,
    hairLengthPlan: assessment.hairLengthPlan,
    sessions,
    pigment,
    patchTest: {
      required: clinicRequires || screeningAdvises,
      minHoursBeforeSession: settings.patchTest.minHoursBeforeSession,
      reason: patchTestReason(clinicRequires, screeningAdvises),
    },
    touchUps: settings.aftercare.includedTouchUps.map((t) => ({ ...t })),
    recallMonths: settings.aftercare.recallMonths,
    secondRecallMonths: settings.aftercare.secondRecallMonths,
    caveats: caveatsFor(assessment, pigment),
    notes: "",
  };
}
