import type { Assessment } from "../../domain/assessment/assessment.ts";

import { INTAKE_QUESTIONNAIRE, nothingToReport } from "../../domain/screening/index.ts";
import type { Answers } from "../../domain/screening/types.ts";

/** A client with nothing to report, with `overrides` on top (see `nothingToReport`). */
export const healthyAnswers = (overrides: Record<string, unknown> = {}): Answers =>
  nothingToReport(INTAKE_QUESTIONNAIRE, overrides as Answers);

/** A typical male-pattern assessment: Norwood V, Fitzpatrick III, dark brown, shaved. */
export const sampleAssessment: Assessment = {
  caseType: "male_pattern",
  norwood: "V",
  ludwig: null,
  savin: null,
  alopeciaLastActivity: null,
  alopeciaPatchCount: null,
  alopeciaAreaCm2: null,
  scars: [],
  birthmarkAreaCm2: null,
  fitzpatrick: 3,
  hairColour: "dark_brown",
  greyPct: 10,
  hairLengthPlan: "shaved",
  hairlineStyle: "natural",
  hairlineHeightCm: 8,
  skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
  goals: "A natural, age-appropriate hairline.",
  notes: "",
};
