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
