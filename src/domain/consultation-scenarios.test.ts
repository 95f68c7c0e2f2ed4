import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assessmentSchema,
  caseTypes,
  type HairLengthPlan,
} from "./assessment/assessment.ts";
import {
  ADULT_DOB,
  assess,
  deferral,
  gpLetter,
  healthy,
  healthyWithout,
  nonMale,
  norwood,
  settingsWith,
  TODAY,
} from "./consultation-scenarios.fixtures.ts";
import {
  computeQuote,
  generatePlan,
  reviewPlan,
  suggestPigment,
  totalAreaCm2,
} from "./planning/index.ts";
import {
  type QuoteAdjustment,
  type TreatmentPlan,
  treatmentPlanSchema,
  type ZoneId,
} from "./planning/types.ts";
import { INTAKE_QUESTIONNAIRE, missingAnswers, screen } from "./screening/index.ts";
import type {
  Answers,
  Clearance,
  ScreeningReason,
  ScreeningResult,
  Verdict,
} from "./screening/types.ts";
import {
  type ClinicalSettings,
  DEFAULT_CLINICAL_SETTINGS,
  type ScreeningRuleId,
  screeningActions,
  screeningRuleIds,
} from "./settings/clinical-settings.ts";

/*
 * Acceptance scenarios for the consultation: intake screening (reference §5, §7.1) followed by the
 * treatment plan and quote (§1–§4, §8). Written from the reference and the agreed types before the
 * engines existed, so expectations are limited to what the reference and the agreed semantics fix:
 * verdicts and rule ids, dates, session counts and durations, zones and areas, flags, prices. Wording
 * is only checked through short case-insensitive fragments.
 *
 * Dates: TODAY is 2026-11-24; default waits are those of DEFAULT_CLINICAL_SETTINGS.
 */

type RuleId = ScreeningReason["ruleId"];

interface PlanExpectation {
  /** Inclusive range for the number of sessions. */
  sessions: readonly [min: number, max: number];
  firstSessionMinutes: { min: number; max?: number };
  /** Zones that must be present. */
  zones?: readonly ZoneId[];
  /** When true, no other zones may be present. */
  exactZones?: boolean;
  absentZones?: readonly ZoneId[];
  /** Prefilled zone areas, cm² (to 1 decimal). */
  zoneAreas?: Partial<Record<ZoneId, number>>;
  /** Zone area must be strictly above this, cm². */
  zoneAreaAbove?: Partial<Record<ZoneId, number>>;
  totalAreaCm2?: number;
  hairLengthPlan?: HairLengthPlan;
  /** Each must match at least one caveat. */
  caveats?: readonly RegExp[];
  /** None may match any caveat. */
  absentCaveats?: readonly RegExp[];
  blueShiftRisk?: boolean;
  /** Must match at least one pigment note. */
  pigmentNote?: RegExp;
  /** Final pigment strength, % pigment in the mix. */
  strengthPct?: { exact?: number; max?: number };
  shadeLabel?: RegExp;
  /**
   * The review errors the generated plan must show, one pattern each (default: none). Only an
   * "other" case has one: nothing in the assessment can size its zone, so the practitioner must.
   */
  reviewErrors?: readonly RegExp[];
}

interface QuoteExpectation {
  totalPence: number;
  depositPence: number;
  mode?: "tier" | "per_session";
  adjustment?: QuoteAdjustment;
}

interface Scenario {
  name: string;
  dateOfBirth: string | null;
  answers: Answers;
  treatmentDate?: string;
  clearances?: readonly Clearance[];
  settings?: ClinicalSettings;
  /** The practitioner's assessment; required for plan and quote rows. */
  assessment?: Assessment;
  verdict: Verdict;
  /** Rule ids that must be among the counted (uncleared) reasons. */
  rules: readonly RuleId[];
  /** Rule ids that must not appear among the reasons at all. */
  absentRules?: readonly RuleId[];
  /** Rule ids that fired but were lifted by a clearance on record. */
  clearedRules?: readonly ScreeningRuleId[];
  deferUntil?: string | null;
  patchTestAdvised?: boolean;
  plan?: PlanExpectation;
  quote?: QuoteExpectation;
}

const LONG_HAIR = /\blong(er)?\s+hair/i;

const norwoodIII = norwood("III");

const scenarios: Scenario[] = [
  // ── Proceed: a straightforward male-pattern case, with plan and quote ────────────────────────
  {
    name: "Healthy 45-year-old, Norwood III, dark brown, shaved: proceed, 3 sessions, £850 with £50 deposit",
    dateOfBirth: "1981-06-02",
    answers: healthy(),
    assessment: norwoodIII,
    verdict: "proceed",
    rules: ["no_contraindications"],
    deferUntil: null,
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 120, max: 120 },
      zones: ["hairline", "temples"],
      exactZones: true,
      zoneAreas: { hairline: 60, temples: 30 },
      totalAreaCm2: 90,
      hairLengthPlan: "shaved",
      absentCaveats: [LONG_HAIR],
      blueShiftRisk: false,
      strengthPct: { exact: 85 },
    },
    quote: { totalPence: 85_000, depositPence: 5_000, mode: "tier" },
  },

  // ── Age (§7.1) ─────────────────────────────────────────────────────────────────────────────
  {
    name: "17-year-old with an otherwise clean history is declined (Tattooing of Minors Act)",
    dateOfBirth: "2009-01-15",
    answers: healthy(),
    verdict: "decline",
    rules: ["under_18"],
  },
  {
    name: "Client who turns 18 the day before the booked treatment date is not declined for age",
    dateOfBirth: "2008-12-14",
    treatmentDate: "2026-12-15",
    answers: healthy(),
    verdict: "proceed",
    rules: ["no_contraindications"],
    absentRules: ["under_18"],
  },

  // ── Anticoagulants and GP letters (§5.2) ───────────────────────────────────────────────────
  {
    name: "Warfarin patient needs a GP letter before treatment",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ anticoagulants: true, anticoagulant_details: "Warfarin 5 mg daily" }),
    verdict: "gp_letter",
    rules: ["anticoagulants"],
  },
  {
    name: "Warfarin patient whose GP letter is on file proceeds",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ anticoagulants: true, anticoagulant_details: "Warfarin 5 mg daily" }),
    clearances: [gpLetter("anticoagulants")],
    verdict: "proceed",
    rules: [],
    clearedRules: ["anticoagulants"],
  },

  // ── Isotretinoin (§5.1: wait 6 months after stopping) ──────────────────────────────────────
  {
    name: "Stopped isotretinoin two months ago: defer to six months after stopping",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" }),
    verdict: "defer",
    rules: ["isotretinoin"],
    deferUntil: "2027-03-24",
  },
  {
    name: "Same isotretinoin client at a clinic that waits only 3 months: defer to 24 Dec",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" }),
    settings: settingsWith((s) => {
      s.screening.rules.isotretinoin = { action: "defer", wait: { amount: 3, unit: "months" } };
    }),
    verdict: "defer",
    rules: ["isotretinoin"],
    deferUntil: "2026-12-24",
  },
  {
    name: "Isotretinoin client booked on the day the six-month wait ends proceeds",
    dateOfBirth: ADULT_DOB,
    treatmentDate: "2027-03-24",
    answers: healthy({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    absentRules: ["isotretinoin"],
  },
  {
    name: "Isotretinoin client whose dermatologist allows mid-January: the recorded deferral replaces the date",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" }),
    clearances: [deferral("isotretinoin", "2027-01-15", "2026-11-20")],
    verdict: "defer",
    rules: ["isotretinoin"],
    deferUntil: "2027-01-15",
  },

  // ── Full head on fair skin (§4.4, §4.5) ────────────────────────────────────────────────────
  {
    name: "Norwood VII, Fitzpatrick II, dark brown with 30 % grey: long first session, light dilution, blue-shift warning",
    dateOfBirth: "1968-02-20",
    answers: healthy(),
    assessment: norwood("VII", { fitzpatrick: 2, hairColour: "dark_brown", greyPct: 30 }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 4],
      firstSessionMinutes: { min: 240, max: 300 },
      zones: ["hairline", "temples", "mid_scalp", "crown"],
      exactZones: true,
      zoneAreas: { hairline: 60, temples: 40, mid_scalp: 200, crown: 100 },
      totalAreaCm2: 400,
      blueShiftRisk: true,
      pigmentNote: /blue/i,
      strengthPct: { max: 45 },
      shadeLabel: /^(very )?light$/i,
    },
    quote: { totalPence: 250_000, depositPence: 5_000, mode: "tier" },
  },

  // ── Scars (§1.5, §2.2) ──────────────────────────────────────────────────────────────────────
  {
    name: "FUT strip scar 20 cm from a 2019 transplant: scar zone with blend margin, 4 sessions",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ hair_transplant: true, hair_transplant_date: "2019-05-10" }),
    assessment: nonMale({
      caseType: "scar",
      scars: [{ kind: "fut", lengthCm: 20, widthCm: 0.1, areaCm2: null }],
      hairLengthPlan: "short",
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    absentRules: ["hair_transplant"],
    plan: {
      sessions: [4, 4],
      firstSessionMinutes: { min: 180, max: 180 },
      zones: ["scar"],
      exactZones: true,
      zoneAreas: { scar: 62 },
      zoneAreaAbove: { scar: 20 * 0.1 },
    },
    quote: { totalPence: 85_000, depositPence: 5_000 },
  },
  {
    name: "FUT scar 20 cm at a clinic that never adds a 4th session for complex cases: 3 sessions",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ hair_transplant: true, hair_transplant_date: "2019-05-10" }),
    assessment: nonMale({
      caseType: "scar",
      scars: [{ kind: "fut", lengthCm: 20, widthCm: 0.1, areaCm2: null }],
      hairLengthPlan: "short",
    }),
    settings: settingsWith((s) => {
      s.sessions.extraForComplexCases = false;
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 180, max: 180 },
      zones: ["scar"],
      zoneAreaAbove: { scar: 2 },
    },
  },
  {
    name: "FUE donor field from a transplant 4 months ago: defer to 6 months after it, 4-session plan ready",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ hair_transplant: true, hair_transplant_date: "2026-07-24" }),
    assessment: nonMale({
      caseType: "scar",
      scars: [{ kind: "fue", lengthCm: null, widthCm: null, areaCm2: 100 }],
    }),
    verdict: "defer",
    rules: ["hair_transplant"],
    deferUntil: "2027-01-24",
    plan: { sessions: [4, 4], firstSessionMinutes: { min: 180 }, absentZones: ["hairline"] },
  },
  {
    name: "Neurosurgery scar 12 cm × 0.5 cm: scar zone wider than the scar itself, 4 sessions",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: nonMale({
      caseType: "scar",
      scars: [{ kind: "other", lengthCm: 12, widthCm: 0.5, areaCm2: null }],
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [4, 4],
      firstSessionMinutes: { min: 180 },
      zones: ["scar"],
      zoneAreaAbove: { scar: 12 * 0.5 },
    },
  },

  // ── Female pattern (§1.2) and diffuse thinning (§1.3) ───────────────────────────────────────
  {
    name: "Ludwig II keeping her hair long: density plan over the top, long-hair caveat, no scar zone",
    dateOfBirth: "1979-09-03",
    answers: healthy(),
    assessment: nonMale({
      caseType: "female_pattern",
      ludwig: "II",
      hairColour: "medium_brown",
      hairLengthPlan: "long",
      hairlineStyle: "none",
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 180, max: 180 },
      zones: ["mid_scalp", "crown"],
      exactZones: true,
      absentZones: ["scar"],
      zoneAreas: { mid_scalp: 150, crown: 50 },
      totalAreaCm2: 200,
      hairLengthPlan: "long",
      caveats: [LONG_HAIR],
    },
    quote: { totalPence: 150_000, depositPence: 5_000 },
  },
  {
    name: "Ludwig I with a widening part (Savin I-3), nickel allergy: proceed with patch test, small-area price",
    dateOfBirth: "1990-04-11",
    answers: healthy({ allergies: true, allergy_kinds: ["nickel_or_metals"] }),
    assessment: nonMale({
      caseType: "female_pattern",
      ludwig: "I",
      savin: "I-3",
      hairColour: "light_brown",
      hairLengthPlan: "long",
      hairlineStyle: "none",
    }),
    verdict: "proceed",
    rules: ["other_allergy"],
    patchTestAdvised: true,
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 120 },
      absentZones: ["scar"],
      hairLengthPlan: "long",
      caveats: [LONG_HAIR],
    },
    quote: { totalPence: 85_000, depositPence: 5_000 },
  },
  {
    name: "Ludwig III, near-complete loss on top, kept short: large-area price",
    dateOfBirth: "1962-12-01",
    answers: healthy(),
    assessment: nonMale({
      caseType: "female_pattern",
      ludwig: "III",
      savin: "advanced",
      hairLengthPlan: "short",
      hairlineStyle: "none",
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: { sessions: [3, 3], firstSessionMinutes: { min: 120 }, absentZones: ["scar"] },
    quote: { totalPence: 250_000, depositPence: 5_000 },
  },
  {
    name: "Diffuse thinning, hairline intact, hair kept long: density work with the long-hair caveat",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: nonMale({
      caseType: "diffuse_thinning",
      hairLengthPlan: "long",
      hairlineStyle: "none",
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 120 },
      absentZones: ["scar"],
      hairLengthPlan: "long",
      caveats: [LONG_HAIR],
    },
  },

  // ── Other male-pattern stages (§1.1) ────────────────────────────────────────────────────────
  {
    name: "Norwood IIa hairline refresh: hairline zone, small-area price",
    dateOfBirth: "1996-07-30",
    answers: healthy(),
    assessment: norwood("IIa", { hairColour: "black", fitzpatrick: 4 }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 120, max: 120 },
      zones: ["hairline"],
      blueShiftRisk: false,
    },
    quote: { totalPence: 85_000, depositPence: 5_000 },
  },
  {
    name: "Norwood III vertex with a latex allergy: hairline and crown, patch test advised",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ allergies: true, allergy_kinds: ["latex"] }),
    assessment: norwood("IIIv"),
    verdict: "proceed",
    rules: ["other_allergy"],
    patchTestAdvised: true,
    plan: { sessions: [3, 3], firstSessionMinutes: { min: 120 }, zones: ["hairline", "crown"] },
  },
  {
    name: "Norwood IV with a history of keloid scarring: GP letter, front and crown planned, medium-area price",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ keloid_scarring: true }),
    assessment: norwood("IV"),
    verdict: "gp_letter",
    rules: ["keloid"],
    plan: { sessions: [3, 3], firstSessionMinutes: { min: 180 }, zones: ["hairline", "crown"] },
    quote: { totalPence: 150_000, depositPence: 5_000 },
  },

  // ── Alopecia (§1.4) ─────────────────────────────────────────────────────────────────────────
  {
    name: "Alopecia areata with a new patch 3 months ago: defer 12 months from that activity",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ alopecia_areata: true, alopecia_areata_last_activity: "2026-08-24" }),
    assessment: nonMale({
      caseType: "alopecia_areata",
      alopeciaLastActivity: "2026-08-24",
      alopeciaPatchCount: 3,
      alopeciaAreaCm2: 18,
    }),
    verdict: "defer",
    rules: ["alopecia_areata_active"],
    deferUntil: "2027-08-24",
    plan: { sessions: [4, 4], firstSessionMinutes: { min: 180 }, zones: ["alopecia_patches"] },
  },
  {
    name: "Alopecia areata stable since May 2024, two patches of 12 cm²: proceed, 4 sessions with the extra hour",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ alopecia_areata: true, alopecia_areata_last_activity: "2024-05-01" }),
    assessment: nonMale({
      caseType: "alopecia_areata",
      alopeciaLastActivity: "2024-05-01",
      alopeciaPatchCount: 2,
      alopeciaAreaCm2: 12,
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    absentRules: ["alopecia_areata_active"],
    plan: {
      sessions: [4, 4],
      firstSessionMinutes: { min: 180, max: 180 },
      zones: ["alopecia_patches"],
    },
  },
  {
    name: "Alopecia totalis, stable for years: proceed, 4 sessions",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ alopecia_areata: true, alopecia_areata_last_activity: "2023-01-15" }),
    assessment: nonMale({
      caseType: "alopecia_totalis",
      alopeciaLastActivity: "2023-01-15",
      hairlineStyle: "natural",
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: { sessions: [4, 4], firstSessionMinutes: { min: 180 } },
  },
  {
    name: "Alopecia universalis, stable: proceed, 4 sessions",
    dateOfBirth: "1993-10-05",
    answers: healthy({ alopecia_areata: true, alopecia_areata_last_activity: "2021-06-01" }),
    assessment: nonMale({
      caseType: "alopecia_universalis",
      alopeciaLastActivity: "2021-06-01",
      hairColour: "black",
      fitzpatrick: 5,
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: { sessions: [4, 4], firstSessionMinutes: { min: 180 }, blueShiftRisk: false },
  },

  // ── Birthmark and other cases ───────────────────────────────────────────────────────────────
  {
    name: "Birthmark of 30 cm² at the crown: birthmark zone, standard 3 sessions",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: nonMale({ caseType: "birthmark", birthmarkAreaCm2: 30 }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [3, 3],
      firstSessionMinutes: { min: 120, max: 120 },
      zones: ["birthmark"],
    },
  },
  {
    name: "Other case on thick scalp skin: a 4th session for the flagged skin",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: nonMale({
      caseType: "other",
      skinFlags: { dryOrFlaky: false, thick: true, sensitive: false },
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: {
      sessions: [4, 4],
      firstSessionMinutes: { min: 120 },
      zoneAreas: { other: 0 },
      reviewErrors: [/no treated area/i],
    },
  },

  // ── Declines (§5.2) ─────────────────────────────────────────────────────────────────────────
  {
    name: "Breastfeeding mother is declined until she has finished",
    dateOfBirth: "1992-02-02",
    answers: healthy({ pregnant_or_breastfeeding: true }),
    verdict: "decline",
    rules: ["pregnancy"],
  },
  {
    name: "Client with haemophilia is declined",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ bleeding_disorder: true }),
    verdict: "decline",
    rules: ["bleeding_disorder"],
  },
  {
    name: "Diabetic whose diabetes is not controlled is declined",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ diabetes: true, diabetes_controlled: false }),
    verdict: "decline",
    rules: ["diabetes_uncontrolled"],
  },
  {
    name: "Client allergic to tattoo pigment is declined",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ allergies: true, allergy_kinds: ["pigment_or_ink"] }),
    verdict: "decline",
    rules: ["pigment_allergy"],
  },
  {
    name: "Client who pulls at his hair (trichotillomania) is declined",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ trichotillomania: true }),
    verdict: "decline",
    rules: ["trichotillomania"],
  },
  {
    name: "Pregnant, sunburnt and on warfarin: decline outranks defer and GP letter",
    dateOfBirth: "1992-02-02",
    answers: healthy({
      pregnant_or_breastfeeding: true,
      sunburn_scalp: true,
      anticoagulants: true,
      anticoagulant_details: "Apixaban",
    }),
    verdict: "decline",
    rules: ["pregnancy", "sunburn", "anticoagulants"],
  },
  {
    name: "Pregnant client with a GP letter recorded against pregnancy is still declined",
    dateOfBirth: "1992-02-02",
    answers: healthy({ pregnant_or_breastfeeding: true }),
    clearances: [gpLetter("pregnancy")],
    verdict: "decline",
    rules: ["pregnancy"],
  },

  // ── GP letter (§5.2) ────────────────────────────────────────────────────────────────────────
  {
    name: "Type 2 diabetic, well controlled: GP letter",
    dateOfBirth: "1970-08-08",
    answers: healthy({ diabetes: true, diabetes_controlled: true }),
    verdict: "gp_letter",
    rules: ["diabetes"],
    absentRules: ["diabetes_uncontrolled"],
  },
  {
    name: "Controlled diabetic at a clinic that declines all diabetics",
    dateOfBirth: "1970-08-08",
    answers: healthy({ diabetes: true, diabetes_controlled: true }),
    settings: settingsWith((s) => {
      s.screening.rules.diabetes = { action: "decline" };
    }),
    verdict: "decline",
    rules: ["diabetes"],
  },
  {
    name: "Heart condition and epilepsy: GP letter covering both",
    dateOfBirth: "1959-03-21",
    answers: healthy({ heart_condition: true, epilepsy: true }),
    verdict: "gp_letter",
    rules: ["heart_condition", "epilepsy"],
  },
  {
    name: "Kidney transplant patient on immunosuppressants: GP letter",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ immunosuppression: true, other_medications: "Tacrolimus" }),
    verdict: "gp_letter",
    rules: ["immunosuppression"],
  },
  {
    name: "Chemotherapy finished two years ago: GP letter, no deferral",
    dateOfBirth: "1966-11-11",
    answers: healthy({
      chemotherapy_radiotherapy: "past",
      chemotherapy_last_treatment: "2024-11-01",
    }),
    verdict: "gp_letter",
    rules: ["chemotherapy_history"],
    absentRules: ["chemotherapy_recent"],
  },

  // ── Defer (§5.2) ────────────────────────────────────────────────────────────────────────────
  {
    name: "Currently having chemotherapy: defer with no date until treatment ends",
    dateOfBirth: "1966-11-11",
    answers: healthy({ chemotherapy_radiotherapy: "current" }),
    verdict: "defer",
    rules: ["chemotherapy_recent"],
    deferUntil: null,
  },
  {
    name: "Last radiotherapy 3 months ago: defer to 6 months after it",
    dateOfBirth: "1966-11-11",
    answers: healthy({
      chemotherapy_radiotherapy: "past",
      chemotherapy_last_treatment: "2026-08-24",
    }),
    verdict: "defer",
    rules: ["chemotherapy_recent"],
    deferUntil: "2027-02-24",
  },
  {
    name: "Sunburnt scalp from a holiday: defer two weeks from today",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ sunburn_scalp: true }),
    verdict: "defer",
    rules: ["sunburn"],
    deferUntil: "2026-12-08",
  },
  {
    name: "Sunburn seen healed: the recorded deferral ends before the booked date, so proceed",
    dateOfBirth: ADULT_DOB,
    treatmentDate: "2026-12-01",
    answers: healthy({ sunburn_scalp: true }),
    clearances: [deferral("sunburn", "2026-11-30")],
    verdict: "proceed",
    rules: [],
    clearedRules: ["sunburn"],
  },
  {
    name: "Sunburn and isotretinoin: defer to the later of the two dates",
    dateOfBirth: ADULT_DOB,
    answers: healthy({
      sunburn_scalp: true,
      isotretinoin: "stopped",
      isotretinoin_stopped_on: "2026-09-24",
    }),
    verdict: "defer",
    rules: ["sunburn", "isotretinoin"],
    deferUntil: "2027-03-24",
  },
  {
    name: "Psoriasis flare on the scalp: defer four weeks",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ scalp_condition_active: true, scalp_condition_kinds: ["psoriasis"] }),
    verdict: "defer",
    rules: ["scalp_condition"],
    deferUntil: "2026-12-22",
  },
  {
    name: "Laser removal of old SMP on 1 October: defer 12 weeks from it",
    dateOfBirth: ADULT_DOB,
    answers: healthy({
      laser_removal: true,
      laser_removal_date: "2026-10-01",
      previous_smp_or_tattoo: true,
    }),
    verdict: "defer",
    rules: ["laser_removal"],
    deferUntil: "2026-12-24",
  },
  {
    name: "Forehead Botox a week ago: defer two weeks from it",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ botox_filler: true, botox_filler_date: "2026-11-17" }),
    verdict: "defer",
    rules: ["botox_filler"],
    deferUntil: "2026-12-01",
  },
  {
    name: "Client arrives unwell: defer to tomorrow",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ unwell_or_intoxicated_today: true }),
    verdict: "defer",
    rules: ["unwell_today"],
    deferUntil: "2026-11-25",
  },
  {
    name: "No date of birth recorded yet: defer as incomplete",
    dateOfBirth: null,
    answers: healthy(),
    verdict: "defer",
    rules: ["incomplete"],
    deferUntil: null,
  },
  {
    name: "On anticoagulants but did not say which: defer as incomplete",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ anticoagulants: true }),
    verdict: "defer",
    rules: ["incomplete"],
    deferUntil: null,
  },
  {
    name: "Skipped the keloid question: defer as incomplete",
    dateOfBirth: ADULT_DOB,
    answers: healthyWithout("keloid_scarring"),
    verdict: "defer",
    rules: ["incomplete"],
    deferUntil: null,
  },

  // ── Clinic settings change the result ───────────────────────────────────────────────────────
  {
    name: "Norwood III at a clinic planning 2 sessions: 2 sessions, 14 days apart",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: norwoodIII,
    settings: settingsWith((s) => {
      s.sessions.defaultCount = 2;
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: { sessions: [2, 2], firstSessionMinutes: { min: 120, max: 120 }, totalAreaCm2: 90 },
  },
  {
    name: "Norwood III at a clinic pricing per session: 3 × £500",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: norwoodIII,
    settings: settingsWith((s) => {
      s.pricing.mode = "per_session";
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    plan: { sessions: [3, 3], firstSessionMinutes: { min: 120, max: 120 } },
    quote: { totalPence: 150_000, depositPence: 5_000, mode: "per_session" },
  },
  {
    name: "Norwood III at a clinic taking a 10 % deposit: £85 on £850",
    dateOfBirth: ADULT_DOB,
    answers: healthy(),
    assessment: norwoodIII,
    settings: settingsWith((s) => {
      s.pricing.deposit = { kind: "percent", fixedPence: 5_000, percent: 10 };
    }),
    verdict: "proceed",
    rules: ["no_contraindications"],
    quote: { totalPence: 85_000, depositPence: 8_500, mode: "tier" },
  },
  {
    name: "Norwood III returning client with a £100 discount: £750",
    dateOfBirth: ADULT_DOB,
    answers: healthy({ previous_smp_or_tattoo: true }),
    assessment: norwoodIII,
    verdict: "proceed",
    rules: ["no_contraindications"],
    quote: {
      totalPence: 75_000,
      depositPence: 5_000,
      adjustment: { amountPence: -10_000, reason: "Returning client discount" },
    },
  },
];

const RANK: Record<Verdict, number> = { proceed: 0, gp_letter: 1, defer: 2, decline: 3 };
const configurable = new Set<string>(screeningRuleIds);

function settingsOf(row: Scenario): ClinicalSettings {
  return row.settings ?? DEFAULT_CLINICAL_SETTINGS;
}

function screenRow(row: Scenario): ScreeningResult {
  return screen({
    questionnaire: INTAKE_QUESTIONNAIRE,
    answers: row.answers,
    dateOfBirth: row.dateOfBirth,
    today: TODAY,
    ...(row.treatmentDate ? { treatmentDate: row.treatmentDate } : {}),
    alopeciaLastActivity: row.assessment?.alopeciaLastActivity ?? null,
    clearances: row.clearances ?? [],
    settings: settingsOf(row),
  });
}

function assessmentOf(row: Scenario): Assessment {
  if (!row.assessment) throw new Error(`Scenario "${row.name}" needs an assessment`);
  return row.assessment;
}

function planRow(row: Scenario): TreatmentPlan {
  return generatePlan({
    assessment: assessmentOf(row),
    screening: screenRow(row),
    settings: settingsOf(row),
  });
}

function checkPlan(row: Scenario, plan: TreatmentPlan, want: PlanExpectation) {
  const settings = settingsOf(row);
  const assessment = assessmentOf(row);
  const parsed = treatmentPlanSchema.safeParse(plan);
  expect(parsed.success, parsed.error?.message).toBe(true);

  // Sessions: count, numbering, durations (§3.1, §3.3).
  const { sessions } = plan;
  const [minCount, maxCount] = want.sessions;
  expect(sessions.length).toBeGreaterThanOrEqual(minCount);
  expect(sessions.length).toBeLessThanOrEqual(maxCount);
  expect(sessions.map((s) => s.number)).toEqual(sessions.map((_, i) => i + 1));
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (!first || !last) throw new Error("plan has no sessions");
  expect(first.durationMin).toBeGreaterThanOrEqual(want.firstSessionMinutes.min);
  if (want.firstSessionMinutes.max !== undefined) {
    expect(first.durationMin).toBeLessThanOrEqual(want.firstSessionMinutes.max);
  }
  const { minMinutes, maxMinutes, laterSessionPct, roundToMinutes } = settings.sessions;
  for (const s of sessions) {
    expect(s.durationMin).toBeGreaterThanOrEqual(minMinutes);
    expect(s.durationMin).toBeLessThanOrEqual(maxMinutes);
  }
  const later = Math.min(
    maxMinutes,
    Math.max(minMinutes, (first.durationMin * laterSessionPct) / 100),
  );
  for (const s of sessions.slice(1)) {
    expect(Math.abs(s.durationMin - later)).toBeLessThanOrEqual(roundToMinutes / 2);
  }

  // Gaps (§3.2): none before the first, the default between, the final gap before the last of ≥ 3.
  const { defaultGapDays, finalGapDays } = settings.spacing;
  expect(sessions.map((s) => s.gapDays)).toEqual(
    sessions.map((_, i) =>
      i === 0
        ? null
        : i === sessions.length - 1 && sessions.length >= 3
          ? finalGapDays
          : defaultGapDays,
    ),
  );

  // Layering (§3.4): never lighter, never less coverage; the last session reaches the suggestion.
  for (let i = 1; i < sessions.length; i++) {
    const [prev, cur] = [sessions[i - 1], sessions[i]];
    expect(cur?.strengthPct).toBeGreaterThanOrEqual(prev?.strengthPct ?? 0);
    expect(cur?.coveragePct).toBeGreaterThanOrEqual(prev?.coveragePct ?? 0);
  }
  expect(last.strengthPct).toBe(plan.pigment.strengthPct);
  expect(last.coveragePct).toBe(100);
  if (sessions.length > 1) {
    const firstShare = (plan.pigment.strengthPct * settings.layering.firstSessionStrengthPct) / 100;
    expect(Math.abs(first.strengthPct - firstShare)).toBeLessThanOrEqual(2);
    expect(first.coveragePct).toBe(settings.layering.firstSessionCoveragePct);
  }

  // Zones and areas (§2.2).
  const zoneIds = plan.zones.map((z) => z.id);
  const area = (id: ZoneId) =>
    plan.zones.filter((z) => z.id === id).reduce((sum, z) => sum + z.areaCm2, 0);
  expect(zoneIds).toEqual(expect.arrayContaining([...(want.zones ?? [])]));
  if (want.exactZones) expect([...new Set(zoneIds)].sort()).toEqual([...(want.zones ?? [])].sort());
  for (const id of want.absentZones ?? []) expect(zoneIds).not.toContain(id);
  for (const [id, cm2] of Object.entries(want.zoneAreas ?? {})) {
    expect(area(id as ZoneId), `area of ${id}`).toBeCloseTo(cm2, 1);
  }
  for (const [id, cm2] of Object.entries(want.zoneAreaAbove ?? {})) {
    expect(area(id as ZoneId), `area of ${id}`).toBeGreaterThan(cm2);
  }
  const sumOfZones = plan.zones.reduce((sum, z) => sum + z.areaCm2, 0);
  expect(totalAreaCm2(plan)).toBeCloseTo(sumOfZones, 1);
  if (want.totalAreaCm2 !== undefined) expect(totalAreaCm2(plan)).toBeCloseTo(want.totalAreaCm2, 1);
  expect(plan.targetDensityPerCm2).toBe(settings.density.targetPerCm2);

  // Hair length and caveats (§1.3).
  expect(plan.hairLengthPlan).toBe(want.hairLengthPlan ?? assessment.hairLengthPlan);
  for (const re of want.caveats ?? []) {
    expect(
      plan.caveats.some((c) => re.test(c)),
      `a caveat matching ${re}: ${JSON.stringify(plan.caveats)}`,
    ).toBe(true);
  }
  for (const re of want.absentCaveats ?? []) {
    expect(plan.caveats.filter((c) => re.test(c))).toEqual([]);
  }

  // Pigment (§4.4, §4.5).
  const suggestion = suggestPigment(assessment, settings);
  expect(suggestion.strengthPct).toBe(plan.pigment.strengthPct);
  expect(suggestion.blueShiftRisk).toBe(plan.pigment.blueShiftRisk);
  if (want.blueShiftRisk !== undefined) expect(plan.pigment.blueShiftRisk).toBe(want.blueShiftRisk);
  if (want.pigmentNote) {
    const re = want.pigmentNote;
    expect(
      plan.pigment.notes.some((n) => re.test(n)),
      `a pigment note matching ${re}: ${JSON.stringify(plan.pigment.notes)}`,
    ).toBe(true);
  }
  if (want.strengthPct?.exact !== undefined) {
    expect(plan.pigment.strengthPct).toBe(want.strengthPct.exact);
  }
  if (want.strengthPct?.max !== undefined) {
    expect(plan.pigment.strengthPct).toBeLessThanOrEqual(want.strengthPct.max);
  }
  if (want.shadeLabel) expect(plan.pigment.shadeLabel).toMatch(want.shadeLabel);

  // Aftercare comes from the clinic's settings (§3.5).
  expect(plan.recallMonths).toBe(settings.aftercare.recallMonths);
  expect(plan.secondRecallMonths).toBe(settings.aftercare.secondRecallMonths);

  // A generated plan passes its own review, except for what only the practitioner can fill in.
  const errors = reviewPlan(plan, settings).filter((issue) => issue.severity === "error");
  const expected = want.reviewErrors ?? [];
  expect(errors.map((e) => e.message)).toHaveLength(expected.length);
  for (const re of expected)
    expect(
      errors.some((e) => re.test(e.message)),
      `${re}`,
    ).toBe(true);
  if (expected.length > 0) {
    const sized = { ...plan, zones: plan.zones.map((z) => ({ ...z, areaCm2: z.areaCm2 || 50 })) };
    expect(reviewPlan(sized, settings).filter((i) => i.severity === "error")).toEqual([]);
  }
}

describe("consultation scenarios", () => {
  describe.each(scenarios)("$name", (row) => {
    it("screens to the expected verdict and reasons", () => {
      const settings = settingsOf(row);
      const result = screenRow(row);
      expect(result.verdict).toBe(row.verdict);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.questionnaireVersion).toBe(INTAKE_QUESTIONNAIRE.version);

      const counted = result.reasons.filter((r) => !r.cleared);
      const countedIds = counted.map((r) => r.ruleId);
      const allIds = result.reasons.map((r) => r.ruleId);
      expect(countedIds).toEqual(expect.arrayContaining([...row.rules]));
      for (const id of row.absentRules ?? []) expect(allIds).not.toContain(id);
      for (const id of row.clearedRules ?? []) {
        expect(countedIds).not.toContain(id);
        expect(result.reasons.find((r) => r.ruleId === id)?.cleared).toBeDefined();
      }

      // Precedence: the verdict is the strongest counted outcome, listed first.
      const strongest = counted.reduce<Verdict>(
        (top, r) => (RANK[r.outcome] > RANK[top] ? r.outcome : top),
        "proceed",
      );
      expect(result.verdict).toBe(strongest);
      if (counted[0]) expect(counted[0].outcome).toBe(result.verdict);

      // Configurable rules take their action from the clinic's settings.
      for (const r of counted) {
        expect(r.message.trim()).not.toBe("");
        if (configurable.has(r.ruleId)) {
          expect(r.outcome, r.ruleId).toBe(
            settings.screening.rules[r.ruleId as ScreeningRuleId].action,
          );
        }
      }
      if (row.rules.includes("under_18")) {
        expect(counted.find((r) => r.ruleId === "under_18")?.outcome).toBe("decline");
      }
      if (row.rules.includes("incomplete")) {
        expect(counted.find((r) => r.ruleId === "incomplete")?.outcome).toBe("defer");
      }

      if (row.deferUntil !== undefined) expect(result.deferUntil).toBe(row.deferUntil);
      if (row.patchTestAdvised !== undefined) {
        expect(result.patchTestAdvised).toBe(row.patchTestAdvised);
      }
    });

    const wantPlan = row.plan;
    if (wantPlan) {
      it("generates the expected plan", () => {
        checkPlan(row, planRow(row), wantPlan);
      });
    }

    const wantQuote = row.quote;
    if (wantQuote) {
      it("quotes the expected price and deposit", () => {
        const settings = settingsOf(row);
        const quote = computeQuote(planRow(row), settings, wantQuote.adjustment ?? null);
        expect(quote.totalPence).toBe(wantQuote.totalPence);
        expect(quote.depositPence).toBe(wantQuote.depositPence);
        expect(quote.balancePence).toBe(quote.totalPence - quote.depositPence);
        expect(quote.mode).toBe(wantQuote.mode ?? settings.pricing.mode);
        if (quote.mode === "tier") expect(quote.tierLabel).not.toBeNull();
        else expect(quote.tierLabel).toBeNull();
        expect(quote.lines.reduce((sum, l) => sum + l.amountPence, 0)).toBe(quote.totalPence);
        const ht = settings.pricing.hairTransplant;
        expect(quote.hairTransplant).toEqual(
          ht.show ? { minPence: ht.minPence, maxPence: ht.maxPence } : null,
        );
      });
    }
  });
});

describe("the scenario table itself", () => {
  it("has at least 25 rows with unique names", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it("covers every verdict and every case type", () => {
    expect(new Set(scenarios.map((s) => s.verdict))).toEqual(new Set(screeningActions));
    const planned = scenarios.filter((s) => s.plan).map((s) => assessmentOf(s));
    expect(new Set(planned.map((a) => a.caseType))).toEqual(new Set(caseTypes));
    const stages = new Set(planned.map((a) => a.norwood));
    for (const stage of ["III", "IIIv", "VII"] as const) expect(stages).toContain(stage);
    expect(new Set(planned.map((a) => a.ludwig))).toEqual(new Set(["I", "II", "III", null]));
    expect(planned.some((a) => a.savin !== null)).toBe(true);
    const scarKinds = new Set(planned.flatMap((a) => a.scars.map((s) => s.kind)));
    expect(scarKinds).toEqual(new Set(["fut", "fue", "other"]));
  });

  it("uses valid assessments", () => {
    for (const s of scenarios) {
      if (!s.assessment) continue;
      const parsed = assessmentSchema.safeParse(s.assessment);
      expect(parsed.success, `${s.name}: ${parsed.error?.message}`).toBe(true);
    }
    expect(assess().caseType).toBe("male_pattern");
  });

  it("answers every required intake question in healthy()", () => {
    expect(missingAnswers(INTAKE_QUESTIONNAIRE, healthy())).toEqual([]);
  });

  it("reports the unanswered follow-up and the skipped question", () => {
    expect(missingAnswers(INTAKE_QUESTIONNAIRE, healthy({ anticoagulants: true }))).toContain(
      "anticoagulant_details",
    );
    expect(missingAnswers(INTAKE_QUESTIONNAIRE, healthyWithout("keloid_scarring"))).toContain(
      "keloid_scarring",
    );
    expect(missingAnswers(INTAKE_QUESTIONNAIRE, healthy({ isotretinoin: "stopped" }))).toContain(
      "isotretinoin_stopped_on",
    );
  });
});
