import {
  type ClinicalSettings,
  DEFAULT_CLINICAL_SETTINGS,
  type ScreeningRuleId,
  type ScreeningRuleSetting,
} from "../settings/clinical-settings.ts";
import { screen } from "./engine.ts";
import { INTAKE_QUESTIONNAIRE } from "./questionnaire.ts";
import type { Answers, Clearance, ScreeningInput, ScreeningResult } from "./types.ts";

// Shared test fixtures for the screening tests; imported only by *.test.ts files.

export const TODAY = "2026-11-24";
export const ADULT = "1985-06-15";

/** Every required top-level question answered "no" or "never". */
export const CLEAN: Answers = {
  pregnant_or_breastfeeding: false,
  anticoagulants: false,
  bleeding_disorder: false,
  keloid_scarring: false,
  scalp_condition_active: false,
  sunburn_scalp: false,
  trichotillomania: false,
  alopecia_areata: false,
  diabetes: false,
  heart_condition: false,
  epilepsy: false,
  immunosuppression: false,
  chemotherapy_radiotherapy: "never",
  isotretinoin: "never",
  allergies: false,
  hair_transplant: false,
  laser_removal: false,
  botox_filler: false,
  previous_smp_or_tattoo: false,
};

export function withRules(
  rules: Partial<Record<ScreeningRuleId, ScreeningRuleSetting>>,
): ClinicalSettings {
  return {
    ...DEFAULT_CLINICAL_SETTINGS,
    screening: { rules: { ...DEFAULT_CLINICAL_SETTINGS.screening.rules, ...rules } },
  };
}

/** Screens the clean answers with `changes`, an adult, today and default settings unless overridden. */
export function run(
  changes: Answers = {},
  options: Partial<Omit<ScreeningInput, "answers">> = {},
): ScreeningResult {
  return screen({
    questionnaire: INTAKE_QUESTIONNAIRE,
    dateOfBirth: ADULT,
    today: TODAY,
    clearances: [],
    settings: DEFAULT_CLINICAL_SETTINGS,
    ...options,
    answers: { ...CLEAN, ...changes },
  });
}

export const gpLetter = (ruleId: ScreeningRuleId, recordedOn = "2026-11-20"): Clearance => ({
  ruleId,
  kind: "gp_letter",
  until: null,
  recordedOn,
});

export const deferral = (
  ruleId: ScreeningRuleId,
  until: string | null,
  recordedOn = "2026-11-20",
): Clearance => ({ ruleId, kind: "deferral", until, recordedOn });

export const ruleIds = (result: ScreeningResult) => result.reasons.map((r) => r.ruleId);
export const reasonFor = (result: ScreeningResult, ruleId: string) =>
  result.reasons.find((r) => r.ruleId === ruleId);
