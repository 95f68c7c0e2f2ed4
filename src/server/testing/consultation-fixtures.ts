import type { Assessment } from "../../domain/assessment/assessment.ts";
import { INTAKE_QUESTIONNAIRE, visibleQuestions } from "../../domain/screening/index.ts";
import type { Answers } from "../../domain/screening/types.ts";

/** Every required intake question answered "no" / "never": a client with nothing to report. */
export function healthyAnswers(overrides: Record<string, unknown> = {}): Answers {
  const answers: Record<string, unknown> = {};
  for (const q of visibleQuestions(INTAKE_QUESTIONNAIRE, {})) {
    if (!q.required) continue;
    if (q.type === "yes_no") answers[q.id] = false;
    if (q.type === "choice") answers[q.id] = "never";
  }
  return { ...answers, ...overrides } as Answers;
}

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
