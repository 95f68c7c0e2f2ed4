import {
  allQuestions,
  isUnanswered,
  missingAnswers,
  pruneHiddenAnswers,
  valueProblem,
  visibleQuestions,
} from "../../../../domain/screening/index.ts";
import type {
  Answers,
  AnswerValue,
  Question,
  Questionnaire,
} from "../../../../domain/screening/types.ts";

export type AnswerDraft = Record<string, AnswerValue>;

/** What is sent: answered questions only, hidden follow-ups dropped, text trimmed. */
export function answersToSave(q: Questionnaire, draft: AnswerDraft): AnswerDraft {
  const answered: AnswerDraft = {};
  for (const [id, value] of Object.entries(draft)) {
    const clean = typeof value === "string" ? value.trim() : value;
    if (!isUnanswered(clean)) answered[id] = clean;
  }
  return { ...pruneHiddenAnswers(q, answered) };
}

/** Whether two sets of answers say the same once tidied (for "unsaved changes"). */
export function sameAnswers(q: Questionnaire, a: Answers, b: Answers): boolean {
  return canonical(answersToSave(q, { ...a })) === canonical(answersToSave(q, { ...b }));
}

function canonical(answers: AnswerDraft): string {
  return JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => [id, answers[id]]),
  );
}

function missingMessage(question: Question): string {
  switch (question.type) {
    case "yes_no":
      return "Choose yes or no.";
    case "choice":
      return "Choose one answer.";
    case "multi":
      return "Choose at least one.";
    case "date":
      return "Enter a date.";
    case "text":
      return "Write an answer.";
  }
}

/**
 * Problems to show before saving: required questions now shown without an answer, dates that are
 * not dates, and dates in the future (every date question asks about the past).
 */
export function localProblems(
  q: Questionnaire,
  draft: AnswerDraft,
  today: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const missing = new Set(missingAnswers(q, draft));
  for (const question of visibleQuestions(q, draft)) {
    const value = draft[question.id];
    if (missing.has(question.id)) {
      problems[question.id] = missingMessage(question);
    } else if (question.type === "date" && !isUnanswered(value)) {
      if (valueProblem(question, value)) problems[question.id] = "Enter a real date.";
      else if (typeof value === "string" && value > today) {
        problems[question.id] = "This date is in the future.";
      }
    }
  }
  return problems;
}

/** Required questions shown and answered, out of those shown (for the progress line). */
export function answeredCount(q: Questionnaire, draft: AnswerDraft) {
  const shown = visibleQuestions(q, draft).filter((question) => question.required);
  const missing = new Set(missingAnswers(q, draft));
  return {
    answered: shown.filter((question) => !missing.has(question.id)).length,
    total: shown.length,
  };
}

/** Server field errors ("answers.<questionId>") by question id; the rest as one sentence. */
export function serverProblems(
  q: Questionnaire,
  errors: readonly { field: string; message: string }[],
): { byQuestion: Record<string, string>; other: string | null } {
  const known = new Set(allQuestions(q).map((question) => question.id));
  const byQuestion: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const id = field.replace(/^answers\./, "");
    if (known.has(id)) byQuestion[id] ??= message;
    else other.push(message);
  }
  return { byQuestion, other: other.length > 0 ? other.join(" ") : null };
}
