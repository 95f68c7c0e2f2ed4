import type { Assessment, NorwoodStage } from "./assessment/assessment.ts";
import { CLEAN } from "./screening/screening.fixtures.ts";
import type { Answers, Clearance } from "./screening/types.ts";
import {
  type ClinicalSettings,
  clinicalSettingsSchema,
  DEFAULT_CLINICAL_SETTINGS,
} from "./settings/clinical-settings.ts";

// Shared fixtures for the consultation acceptance scenarios; imported only by *.test.ts files.

/** The fixed "today" of every scenario (a Tuesday). */
export const TODAY = "2026-11-24";

/** A 41-year-old on TODAY: the default client. */
export const ADULT_DOB = "1985-03-14";

/**
 * Every required intake question answered "no" / "never" (the optional ones — other medications,
 * unwell today — left out, as a client may leave them). Scenarios override single answers.
 */
export function healthy(overrides: Record<string, boolean | string | string[]> = {}): Answers {
  return { ...CLEAN, ...overrides };
}

/** Healthy answers with one required question left unanswered. */
export function healthyWithout(id: string): Answers {
  const answers: Record<string, boolean | string | readonly string[]> = { ...healthy() };
  delete answers[id];
  return answers;
}

/** The default clinic settings with a change applied; the result is schema-checked. */
export function settingsWith(change: (s: ClinicalSettings) => void): ClinicalSettings {
  const copy = structuredClone(DEFAULT_CLINICAL_SETTINGS);
  change(copy);
  return clinicalSettingsSchema.parse(copy);
}

/** A GP/doctor letter on file for a rule. */
export function gpLetter(ruleId: Clearance["ruleId"], recordedOn = "2026-11-10"): Clearance {
  return { ruleId, kind: "gp_letter", until: null, recordedOn };
}

/** A practitioner-recorded deferral that replaces a rule's own date. */
export function deferral(
  ruleId: Clearance["ruleId"],
  until: string,
  recordedOn = TODAY,
): Clearance {
  return { ruleId, kind: "deferral", until, recordedOn };
}

const base: Assessment = {
  caseType: "male_pattern",
  norwood: "III",
  ludwig: null,
  savin: null,
  alopeciaLastActivity: null,
  alopeciaPatchCount: null,
  alopeciaAreaCm2: null,
  scars: [],
  birthmarkAreaCm2: null,
  fitzpatrick: 3,
  hairColour: "dark_brown",
  greyPct: 0,
  hairLengthPlan: "shaved",
  hairlineStyle: "natural",
  hairlineHeightCm: 8.5,
  skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
  goals: "",
  notes: "",
};

/** An assessment: a male-pattern Norwood III, dark brown, Fitzpatrick III, shaved — unless overridden. */
export function assess(overrides: Partial<Assessment> = {}): Assessment {
  return { ...structuredClone(base), ...overrides };
}

export function norwood(stage: NorwoodStage, overrides: Partial<Assessment> = {}): Assessment {
  return assess({ caseType: "male_pattern", norwood: stage, ...overrides });
}

/** Not a male-pattern case: no Norwood stage. */
export function nonMale(overrides: Partial<Assessment> & Pick<Assessment, "caseType">) {
  return assess({ norwood: null, ...overrides });
}
