import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  type ClinicalSettings,
  clinicalSettingsSchema,
  DEFAULT_CLINICAL_SETTINGS,
  type ScreeningRuleSetting,
  screeningRuleIds,
  waitUnits,
} from "../settings/clinical-settings.ts";
import { allQuestions, answerProblems, pruneHiddenAnswers, visibleQuestions } from "./answers.ts";
import { screen } from "./engine.ts";
import { INTAKE_QUESTIONNAIRE as Q } from "./questionnaire.ts";
import type { Answers, AnswerValue, Question, ScreeningInput, Verdict } from "./types.ts";

const STRENGTH: Readonly<Record<Verdict, number>> = {
  decline: 3,
  defer: 2,
  gp_letter: 1,
  proceed: 0,
};

/** A date between `from` and `from + days`. */
const dateIn = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => Temporal.PlainDate.from(from).add({ days: n }).toString());

const recentDate = dateIn("2018-01-01", 365 * 16);

function valueFor(question: Question): fc.Arbitrary<AnswerValue> {
  const options = (question.options ?? []).map((o) => o.value);
  switch (question.type) {
    case "yes_no":
      // Mostly "no", so that answers trigger a few rules rather than nearly all of them.
      return fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, fc.constant(true));
    case "text":
      return fc.oneof(fc.constant(""), {
        weight: 4,
        arbitrary: fc.string({ minLength: 1, maxLength: 40 }),
      });
    case "date":
      return recentDate;
    case "choice":
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant(options[0] ?? "") },
        fc.constantFrom(...options),
      );
    case "multi":
      return fc.oneof(fc.constant([]), {
        weight: 4,
        arbitrary: fc.subarray(options, { minLength: 1 }),
      });
  }
}

/** Any subset of the questions answered with valid values, follow-ups included whether shown or not. */
const answersArb: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(allQuestions(Q).map((q) => [q.id, valueFor(q)])), {
    requiredKeys: [],
  })
  .map((answers) => answers as Answers);

/** Mostly complete answers, so the configurable rules get exercised rather than just "incomplete". */
const fullerAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.record(Object.fromEntries(allQuestions(Q).map((q) => [q.id, valueFor(q)]))),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      fc.uniqueArray(fc.constantFrom(...allQuestions(Q).map((q) => q.id)), { maxLength: 3 }),
    ),
  )
  .map(([all, drop]) => pruneHiddenAnswers(Q, omit(all, drop)));

function omit(answers: Answers, ids: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

const waitArb = fc.record({
  amount: fc.integer({ min: 0, max: 24 }),
  unit: fc.constantFrom(...waitUnits),
});

const ruleArb: fc.Arbitrary<ScreeningRuleSetting> = fc.oneof(
  // A deferral needs a wait of at least one day (the settings schema refuses 0).
  waitArb.map((wait) => ({
    action: "defer" as const,
    wait: { ...wait, amount: Math.max(1, wait.amount) },
  })),
  fc.record(
    { action: fc.constantFrom("decline", "gp_letter", "proceed" as const), wait: waitArb },
    { requiredKeys: ["action"] },
  ),
);

const settingsArb: fc.Arbitrary<ClinicalSettings> = fc
  .record(Object.fromEntries(screeningRuleIds.map((id) => [id, ruleArb])))
  .map((rules) => ({
    ...DEFAULT_CLINICAL_SETTINGS,
    screening: { rules: rules as ClinicalSettings["screening"]["rules"] },
  }));

const dobArb = fc.oneof(
  { weight: 10, arbitrary: dateIn("1900-01-01", 365 * 130) },
  { weight: 1, arbitrary: dateIn("2004-01-01", 365 * 12) },
  { weight: 1, arbitrary: fc.constantFrom("2008-02-29", "2004-02-29", "2012-02-29") },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "29/02/2008", "2010-02-29") },
);

const clearanceArb = fc.record({
  ruleId: fc.constantFrom(...screeningRuleIds),
  kind: fc.constantFrom("gp_letter" as const, "deferral" as const),
  until: fc.option(recentDate, { nil: null }),
  recordedOn: recentDate,
});

const inputArb = (answers: fc.Arbitrary<Answers>): fc.Arbitrary<ScreeningInput> =>
  fc
    .record({
      answers,
      dateOfBirth: dobArb,
      today: dateIn("2020-01-01", 365 * 12),
      treatmentOffset: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      alopeciaLastActivity: fc.option(recentDate, { nil: null }),
      clearances: fc.array(clearanceArb, { maxLength: 5 }),
      settings: fc.oneof(fc.constant(DEFAULT_CLINICAL_SETTINGS), settingsArb),
    })
    .map(({ treatmentOffset, ...rest }) => ({
      ...rest,
      questionnaire: Q,
      ...(treatmentOffset === undefined
        ? {}
        : {
            treatmentDate: Temporal.PlainDate.from(rest.today)
              .add({ days: treatmentOffset })
              .toString(),
          }),
    }));

const anyInput = fc.oneof(inputArb(answersArb), {
  weight: 3,
  arbitrary: inputArb(fullerAnswersArb),
});

/** Adults at a clinic that asks for a GP letter for every rule: exercises GP letters and clearances. */
const gpLetterInput = inputArb(fullerAnswersArb).map((input) => ({
  ...input,
  dateOfBirth: "1980-01-01",
  settings: {
    ...DEFAULT_CLINICAL_SETTINGS,
    screening: {
      rules: Object.fromEntries(
        screeningRuleIds.map((id) => [id, { action: "gp_letter" }]),
      ) as ClinicalSettings["screening"]["rules"],
    },
  },
}));

/** Independent oracle: under 18 on `on`, with a 29 February birthday falling on 1 March. */
function under18(dob: string | null, today: string, on: string): boolean {
  if (dob === null || !/^\d{4}-\d{2}-\d{2}$/.test(dob)) return false;
  try {
    Temporal.PlainDate.from(dob, { overflow: "reject" });
  } catch {
    return false;
  }
  if (dob > today) return false; // a future date of birth is "incomplete", not a minor
  const [y, m, d] = dob.split("-").map(Number) as [number, number, number];
  const eighteen = y + 18;
  const leap = (eighteen % 4 === 0 && eighteen % 100 !== 0) || eighteen % 400 === 0;
  const birthday =
    m === 2 && d === 29 && !leap
      ? `${eighteen}-03-01`
      : `${eighteen}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return on < birthday;
}

describe("screen — properties", () => {
  it("the generated settings are valid clinic settings", () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(clinicalSettingsSchema.safeParse(settings).success).toBe(true);
      }),
    );
  });

  it("always gives at least one reason; 'no contraindications' only on its own", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { reasons } = screen(input);
        expect(reasons.length).toBeGreaterThan(0);
        if (reasons.some((r) => r.ruleId === "no_contraindications")) {
          expect(reasons).toHaveLength(1);
          expect(reasons[0]?.outcome).toBe("proceed");
        }
        for (const r of reasons) expect(r.message.trim()).not.toBe("");
      }),
      { numRuns: 400 },
    );
  });

  it("the verdict is the strongest counted outcome, and reasons go strongest first", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = screen(input);
        const counted = result.reasons.filter((r) => !r.cleared);
        const strongest = counted.reduce<Verdict>(
          (best, r) => (STRENGTH[r.outcome] > STRENGTH[best] ? r.outcome : best),
          "proceed",
        );
        expect(result.verdict).toBe(strongest);
        const strengths = result.reasons.map((r) => STRENGTH[r.outcome]);
        expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      }),
      { numRuns: 400 },
    );
  });

  it("deferUntil is the latest counted deferral, null if any is undated, and only for defer", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = screen(input);
        const on = input.treatmentDate ?? input.today;
        const defers = result.reasons.filter((r) => !r.cleared && r.outcome === "defer");
        if (result.verdict !== "defer") {
          expect(result.deferUntil).toBeNull();
          return;
        }
        expect(defers.length).toBeGreaterThan(0);
        const dates = defers.map((r) => r.until ?? null);
        if (dates.includes(null)) {
          expect(result.deferUntil).toBeNull();
        } else {
          const latest = [...(dates as string[])].sort().at(-1);
          expect(result.deferUntil).toBe(latest);
          expect(result.deferUntil && result.deferUntil > on).toBe(true);
        }
        for (const r of defers) if (r.until) expect(r.until > on).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("under 18 on the treatment date always declines, first", () => {
    const minors = inputArb(fullerAnswersArb).chain((input) =>
      dateIn(Temporal.PlainDate.from(input.today).subtract({ years: 18 }).toString(), 365 * 18).map(
        (dateOfBirth) => ({ ...input, dateOfBirth }),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(anyInput, minors), (input) => {
        const result = screen(input);
        const isMinor = under18(input.dateOfBirth, input.today, input.treatmentDate ?? input.today);
        expect(result.reasons.some((r) => r.ruleId === "under_18")).toBe(isMinor);
        if (isMinor) {
          expect(result.verdict).toBe("decline");
          expect(result.reasons[0]?.ruleId).toBe("under_18");
          expect(result.reasons[0]?.cleared).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });

  it("recording a GP letter never makes the verdict stronger", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyInput, gpLetterInput),
        fc.constantFrom(...screeningRuleIds),
        (input, ruleId) => {
          const before = screen(input);
          const after = screen({
            ...input,
            clearances: [
              ...input.clearances,
              { ruleId, kind: "gp_letter", until: null, recordedOn: input.today },
            ],
          });
          expect(STRENGTH[after.verdict]).toBeLessThanOrEqual(STRENGTH[before.verdict]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a GP letter and a lapsed deferral for every rule leave only declines, incomplete and proceed", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const on = input.treatmentDate ?? input.today;
        const result = screen({
          ...input,
          clearances: screeningRuleIds.flatMap((ruleId) => [
            { ruleId, kind: "gp_letter" as const, until: null, recordedOn: input.today },
            { ruleId, kind: "deferral" as const, until: on, recordedOn: input.today },
          ]),
        });
        for (const r of result.reasons.filter((x) => !x.cleared)) {
          expect(
            r.outcome === "decline" || r.outcome === "proceed" || r.ruleId === "incomplete",
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("clearances never lift a decline, under 18 or an incomplete intake", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const r of screen(input).reasons) {
          if (r.cleared) {
            expect(r.outcome === "gp_letter" || r.outcome === "defer").toBe(true);
            expect(r.cleared.ruleId).toBe(r.ruleId);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("advises a patch test exactly when a counted reason asks for one", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = screen(input);
        expect(result.patchTestAdvised).toBe(
          result.reasons.some((r) => !r.cleared && r.patchTest === true),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("ignores answers to hidden follow-ups", () => {
    fc.assert(
      fc.property(inputArb(answersArb), (input) => {
        const pruned = { ...input, answers: pruneHiddenAnswers(Q, input.answers) };
        expect(screen(input)).toEqual(screen(pruned));
      }),
      { numRuns: 300 },
    );
  });
});

describe("answers — properties", () => {
  it("pruning is idempotent and leaves no hidden or malformed answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const pruned = pruneHiddenAnswers(Q, answers);
        expect(pruneHiddenAnswers(Q, pruned)).toEqual(pruned);
        expect(answerProblems(Q, pruned)).toEqual([]);
        const visible = new Set(visibleQuestions(Q, pruned).map((q) => q.id));
        for (const id of Object.keys(pruned)) expect(visible.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reports an answer to a hidden follow-up exactly when pruning would drop it", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const dropped = Object.keys(answers).filter(
          (id) => !(id in pruneHiddenAnswers(Q, answers)),
        );
        const reported = answerProblems(Q, answers).map((p) => p.questionId);
        expect(reported.sort()).toEqual(dropped.sort());
      }),
      { numRuns: 300 },
    );
  });
});
