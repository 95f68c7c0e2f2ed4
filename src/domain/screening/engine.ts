import { Temporal } from "temporal-polyfill";
import type { ScreeningAction, ScreeningRuleSetting, Wait } from "../settings/clinical-settings.ts";
import {
  allQuestions,
  isUnanswered,
  missingAnswers,
  pruneHiddenAnswers,
  valueProblem,
  visibleQuestions,
} from "./answers.ts";
import { applyClearances } from "./clearances.ts";
import {
  addWait,
  ageOn,
  birthdayIn,
  compareIso,
  describeWait,
  formatDay,
  parseIsoDate,
  requireIsoDate,
} from "./dates.ts";
import { INTAKE_QUESTIONNAIRE } from "./questionnaire.ts";
import { findTriggers, joinAnd, type Trigger } from "./triggers.ts";
import type {
  Answers,
  Questionnaire,
  ScreeningInput,
  ScreeningReason,
  ScreeningResult,
  Verdict,
} from "./types.ts";

/**
 * The screening engine (reference §5.2, §7.1). Pure: the caller passes today's date (in the
 * clinic's zone), the answers, the clinic's settings and any clearances on record.
 *
 * How a configured rule turns a trigger into a reason (`on` = the treatment date, default today):
 * - action "defer": `until` = the trigger's date (or today when it has none) + the wait. When
 *   `until` is on or before `on` the wait is over and the rule does not fire at all. A rule whose
 *   condition is still going on (taking isotretinoin now) defers with `until: null`, as does a
 *   "defer" rule without a wait (the settings schema forbids that; it means "until resolved").
 * - any other action on a rule counted from a date the client gave (laser session, transplant…):
 *   fires only while `on` is inside the wait window when the rule has a wait, and always when it
 *   has none. Rules without such a date fire whenever their answer says so; their wait is unused.
 * Reasons with action "proceed" are informational (other allergies: patch test advised).
 */

/** Strongest first. */
const VERDICT_ORDER: readonly Verdict[] = ["decline", "defer", "gp_letter", "proceed"];
const rank = (v: Verdict) => VERDICT_ORDER.indexOf(v);

/** How many question labels an "incomplete" message names before "and N more". */
const MAX_NAMED = 3;
const MAX_AGE_YEARS = 120;

const CONSEQUENCE: Readonly<Record<Exclude<ScreeningAction, "defer">, string>> = {
  decline: "decline treatment.",
  gp_letter: "treat only with a letter from their GP or doctor confirming it is safe.",
  proceed: "may proceed; note it in the record.",
};
const PATCH_TEST = " A patch test is advised before treatment.";

export function screen(input: ScreeningInput): ScreeningResult {
  const { questionnaire, answers, settings } = input;
  const today = requireIsoDate(input.today, "today").toString();
  const on =
    input.treatmentDate === undefined
      ? today
      : requireIsoDate(input.treatmentDate, "treatmentDate").toString();

  const reasons: ScreeningReason[] = [];
  const dob = checkDateOfBirth(input.dateOfBirth, today);
  if (dob.date) {
    const under18 = under18Reason(dob.date, Temporal.PlainDate.from(on));
    if (under18) reasons.push(under18);
  }
  const incomplete = incompleteReason(questionnaire, answers, dob.problem);
  if (incomplete) reasons.push(incomplete);

  const fired = new Set<string>();
  const triggers = findTriggers({
    answers,
    today,
    alopeciaLastActivity: input.alopeciaLastActivity,
  });
  for (const trigger of triggers) {
    if (trigger.unless && fired.has(trigger.unless)) continue;
    const reason = applyRule(trigger, settings.screening.rules[trigger.ruleId], today, on);
    if (!reason) continue;
    fired.add(trigger.ruleId);
    reasons.push(applyClearances(reason, input.clearances, on));
  }

  if (reasons.length === 0) {
    reasons.push({
      ruleId: "no_contraindications",
      outcome: "proceed",
      message: `No contraindications reported in the intake (version ${questionnaire.version}).`,
    });
  }
  // Stable sort: strongest outcome first; within an outcome, counted before cleared, then rule order.
  const sorted = reasons
    .map((reason, i) => ({ reason, i }))
    .sort(
      (a, b) =>
        rank(a.reason.outcome) - rank(b.reason.outcome) ||
        Number(!!a.reason.cleared) - Number(!!b.reason.cleared) ||
        a.i - b.i,
    )
    .map(({ reason }) => reason);

  const counted = sorted.filter((r) => !r.cleared);
  const verdict = counted[0]?.outcome ?? "proceed";
  let deferUntil: string | null = null;
  if (verdict === "defer") {
    const dates = counted.filter((r) => r.outcome === "defer").map((r) => r.until ?? null);
    deferUntil = dates.includes(null)
      ? null
      : (dates
          .filter((d): d is string => d !== null)
          .sort(compareIso)
          .at(-1) ?? null);
  }
  return {
    verdict,
    deferUntil,
    reasons: sorted,
    patchTestAdvised: counted.some((r) => r.patchTest === true),
    questionnaireVersion: questionnaire.version,
  };
}

/**
 * Merges answers given before a later session into the earlier ones, then drops follow-ups the
 * changes have hidden. Answers to the "On the day of treatment" section are never carried over:
 * they are asked afresh before every session.
 */
export function rescreen(
  previous: Answers,
  changes: Answers,
  questionnaire: Questionnaire = INTAKE_QUESTIONNAIRE,
): Answers {
  const onTheDay = new Set(
    questionnaire.sections
      .filter((s) => s.id === "today")
      .flatMap((s) => allQuestions({ version: questionnaire.version, sections: [s] }))
      .map((q) => q.id),
  );
  const carried = Object.fromEntries(Object.entries(previous).filter(([id]) => !onTheDay.has(id)));
  return pruneHiddenAnswers(questionnaire, { ...carried, ...changes });
}

function checkDateOfBirth(
  value: string | null,
  today: string,
): { date?: Temporal.PlainDate; problem?: string } {
  if (value === null || value.trim() === "") return { problem: "no date of birth" };
  const date = parseIsoDate(value);
  if (!date) return { problem: `the date of birth "${value}" is not a valid date` };
  const now = Temporal.PlainDate.from(today);
  if (Temporal.PlainDate.compare(date, now) > 0) {
    return { problem: `the date of birth ${formatDay(date)} is in the future` };
  }
  if (Temporal.PlainDate.compare(date, now.subtract({ years: MAX_AGE_YEARS })) < 0) {
    return {
      problem: `the date of birth ${formatDay(date)} is more than ${MAX_AGE_YEARS} years ago`,
    };
  }
  return { date };
}

function under18Reason(dob: Temporal.PlainDate, on: Temporal.PlainDate): ScreeningReason | null {
  if (ageOn(dob, on) >= 18) return null;
  const eighteenth = birthdayIn(dob, dob.year + 18);
  return {
    ruleId: "under_18",
    outcome: "decline",
    message:
      `Under 18 on ${formatDay(on)} (born ${formatDay(dob)}; turns 18 on ${formatDay(eighteenth)}): ` +
      "tattooing anyone under 18 is an offence under the Tattooing of Minors Act 1969, so SMP cannot go ahead.",
  };
}

function incompleteReason(
  q: Questionnaire,
  answers: Answers,
  dobProblem: string | undefined,
): ScreeningReason | null {
  const labels = new Map(allQuestions(q).map((question) => [question.id, question.label]));
  const missing = missingAnswers(q, answers).map((id) => labels.get(id) ?? id);
  const invalid = visibleQuestions(q, answers)
    .filter((question) => {
      const value = answers[question.id];
      return !isUnanswered(value) && valueProblem(question, value) !== null;
    })
    .map((question) => question.label);
  const parts = [
    ...(dobProblem ? [dobProblem] : []),
    ...(missing.length > 0 ? [`no answer to ${nameSome(missing)}`] : []),
    ...(invalid.length > 0 ? [`an answer that is not valid to ${nameSome(invalid)}`] : []),
  ];
  if (parts.length === 0) return null;
  return {
    ruleId: "incomplete",
    outcome: "defer",
    until: null,
    message: `The intake is incomplete: ${parts.join("; ")}. Complete it before treatment.`,
  };
}

/** `"A", "B", "C" and 4 more`. */
function nameSome(labels: readonly string[]): string {
  const quoted = labels.slice(0, MAX_NAMED).map((l) => `"${l}"`);
  const more = labels.length - quoted.length;
  return more > 0 ? `${quoted.join(", ")} and ${more} more` : joinAnd(quoted);
}

function applyRule(
  trigger: Trigger,
  setting: ScreeningRuleSetting,
  today: string,
  on: string,
): ScreeningReason | null {
  const { ruleId, finding, timing } = trigger;
  const { action, wait } = setting;
  const extra = trigger.patchTest ? { patchTest: true } : {};
  const patch = trigger.patchTest ? PATCH_TEST : "";

  if (action === "defer") {
    let until: string | null;
    let message: string;
    if (timing.kind === "ongoing") {
      until = null;
      message = wait
        ? `${finding}: wait ${describeWait(wait)} ${timing.after}, then screen again.`
        : `${finding}: defer until it has ended, then screen again.`;
    } else if (timing.kind === "event") {
      const w: Wait = wait ?? { amount: 0, unit: "days" };
      until = addWait(timing.date, w);
      message = `${finding}: wait ${describeWait(w)} ${timing.after}, until ${formatDay(until)}.`;
    } else if (wait) {
      until = addWait(today, wait);
      message = `${finding}: wait ${describeWait(wait)}, until ${formatDay(until)}.`;
    } else {
      until = null;
      message = `${finding}: defer until this has been resolved, then screen again.`;
    }
    if (until !== null && compareIso(until, on) <= 0) return null;
    return { ruleId, outcome: "defer", message: message + patch, until, ...extra };
  }

  let message = `${finding}: ${CONSEQUENCE[action]}`;
  if (timing.kind === "event" && wait) {
    if (compareIso(addWait(timing.date, wait), on) <= 0) return null;
    message = `${finding}, less than ${describeWait(wait)} before treatment on ${formatDay(on)}: ${CONSEQUENCE[action]}`;
  }
  return { ruleId, outcome: action, message: message + patch, ...extra };
}
