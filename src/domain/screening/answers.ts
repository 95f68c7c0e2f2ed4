import { isIsoDate } from "./dates.ts";
import type { Answers, AnswerValue, FollowUp, Question, Questionnaire } from "./types.ts";

/** Longest text answer accepted. */
export const MAX_TEXT_ANSWER = 2000;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

interface Placed {
  question: Question;
  /** The question and follow-up that show this one; absent for top-level questions. */
  parent?: { question: Question; followUp: FollowUp };
}

/** Every question, follow-ups included, in questionnaire order (parents before their follow-ups). */
export function allQuestions(q: Questionnaire): Question[] {
  return placedQuestions(q).map((p) => p.question);
}

function placedQuestions(q: Questionnaire): Placed[] {
  const out: Placed[] = [];
  const visit = (question: Question, parent?: Placed["parent"]) => {
    out.push(parent ? { question, parent } : { question });
    for (const followUp of question.followUps ?? []) {
      for (const child of followUp.questions) visit(child, { question, followUp });
    }
  };
  for (const section of q.sections) for (const question of section.questions) visit(question);
  return out;
}

/** Whether `answer` is the parent answer that shows a follow-up. */
function shows(followUp: FollowUp, answer: AnswerValue | undefined): boolean {
  return answer !== undefined && answer === followUp.when;
}

/** The questions to show, in order: follow-ups only while their parent's answer matches `when`. */
export function visibleQuestions(q: Questionnaire, answers: Answers): Question[] {
  const out: Question[] = [];
  const visit = (question: Question) => {
    out.push(question);
    for (const followUp of question.followUps ?? []) {
      if (shows(followUp, answers[question.id])) followUp.questions.forEach(visit);
    }
  };
  for (const section of q.sections) section.questions.forEach(visit);
  return out;
}

/** Whether a stored value counts as "no answer": absent, blank text or an empty list. */
export function isUnanswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/** What is wrong with `value` as an answer to `question`, or null when it fits the question's type. */
export function valueProblem(question: Question, value: unknown): string | null {
  const name = `"${question.label}"`;
  const options = question.options ?? [];
  const allowed = options.map((o) => o.value);
  switch (question.type) {
    case "yes_no":
      return typeof value === "boolean" ? null : `${name} needs a yes or no answer.`;
    case "text":
      if (typeof value !== "string") return `${name} needs a written answer.`;
      return value.length > MAX_TEXT_ANSWER
        ? `${name} is too long: at most ${MAX_TEXT_ANSWER.toLocaleString("en-GB")} characters (this one has ${value.length.toLocaleString("en-GB")}).`
        : null;
    case "date":
      return isIsoDate(value) ? null : `${name} needs a date written YYYY-MM-DD.`;
    case "choice":
      return typeof value === "string" && allowed.includes(value)
        ? null
        : `${name} must be one of: ${allowed.join(", ")}.`;
    case "multi": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
        return `${name} needs a list chosen from: ${allowed.join(", ")}.`;
      }
      const unknown = value.find((v) => !allowed.includes(v));
      if (unknown !== undefined) {
        return `${name} has no option "${unknown}"; choose from: ${allowed.join(", ")}.`;
      }
      const repeated = value.find((v, i) => value.indexOf(v) !== i);
      return repeated === undefined ? null : `${name} lists "${repeated}" more than once.`;
    }
  }
}

/**
 * Everything wrong with a set of answers, for API validation: unknown question ids, values of the
 * wrong type, and answers to follow-ups that are hidden by their parent's answer.
 */
export function answerProblems(q: Questionnaire, answers: Answers): AnswerProblem[] {
  const placed = new Map(placedQuestions(q).map((p) => [p.question.id, p]));
  const visible = new Set(visibleQuestions(q, answers).map((question) => question.id));
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    const place = placed.get(questionId);
    if (!place) {
      problems.push({
        questionId,
        message: `There is no question "${questionId}" in version ${q.version} of the intake.`,
      });
      continue;
    }
    const problem = valueProblem(place.question, value);
    if (problem) problems.push({ questionId, message: problem });
    if (!visible.has(questionId) && place.parent) {
      const { question: parent, followUp } = place.parent;
      problems.push({
        questionId,
        message: `"${place.question.label}" is only asked when the answer to "${parent.label}" is "${answerLabel(parent, followUp.when)}"; remove this answer.`,
      });
    }
  }
  return problems;
}

function answerLabel(question: Question, value: boolean | string): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return question.options?.find((o) => o.value === value)?.label ?? value;
}

/** Ids of required questions now shown that have no answer (blank text and empty lists count as none). */
export function missingAnswers(q: Questionnaire, answers: Answers): string[] {
  return visibleQuestions(q, answers)
    .filter((question) => question.required && isUnanswered(answers[question.id]))
    .map((question) => question.id);
}

/**
 * Drops answers to follow-ups that are now hidden, e.g. the date of a hair transplant after the
 * answer to "Have you had a hair transplant?" changed from yes to no. Answers to ids the
 * questionnaire does not know are kept (`answerProblems` reports them).
 */
export function pruneHiddenAnswers(q: Questionnaire, answers: Answers): Answers {
  const followUps = new Set(
    placedQuestions(q)
      .filter((p) => p.parent)
      .map((p) => p.question.id),
  );
  const visible = new Set(visibleQuestions(q, answers).map((question) => question.id));
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => !followUps.has(id) || visible.has(id)),
  );
}

/**
 * The intake of a client with nothing to report: `given` as it is, and every other required
 * question that shows answered "no" (or "never" where that is a choice). Demo data and tests
 * build on it, overriding the answers that matter to them.
 */
export function nothingToReport(q: Questionnaire, given: Answers = {}): Answers {
  const answers: Record<string, AnswerValue> = { ...given };
  for (const question of visibleQuestions(q, given)) {
    if (!question.required || question.id in answers) continue;
    if (question.type === "yes_no") answers[question.id] = false;
    else if (question.type === "choice" && question.options?.some((o) => o.value === "never")) {
      answers[question.id] = "never";
    }
  }
  return answers;
}
