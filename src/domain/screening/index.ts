export {
  type AnswerProblem,
  allQuestions,
  answerProblems,
  isUnanswered,
  MAX_TEXT_ANSWER,
  missingAnswers,
  nothingToReport,
  pruneHiddenAnswers,
  valueProblem,
  visibleQuestions,
} from "./answers.ts";
export { formatDay } from "./dates.ts";
export { rescreen, screen } from "./engine.ts";
export {
  CURRENT_QUESTIONNAIRE_VERSION,
  INTAKE_QUESTIONNAIRE,
  questionnaireByVersion,
} from "./questionnaire.ts";
export type * from "./types.ts";
