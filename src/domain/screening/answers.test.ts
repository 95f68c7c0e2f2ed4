import { describe, expect, it } from "vitest";
import {
  allQuestions,
  answerProblems,
  missingAnswers,
  nothingToReport,
  pruneHiddenAnswers,
  visibleQuestions,
} from "./answers.ts";
import { INTAKE_QUESTIONNAIRE as Q } from "./questionnaire.ts";
import { CLEAN } from "./screening.fixtures.ts";

const visibleIds = (answers: Record<string, unknown>) =>
  visibleQuestions(Q, answers as never).map((q) => q.id);
const problemIds = (answers: Record<string, unknown>) =>
  answerProblems(Q, answers as never).map((p) => p.questionId);

describe("visibleQuestions", () => {
  it("shows only the top-level questions before anything is answered", () => {
    const ids = visibleIds({});
    expect(ids[0]).toBe("pregnant_or_breastfeeding");
    expect(ids).toHaveLength(Q.sections.reduce((n, s) => n + s.questions.length, 0));
    expect(ids).not.toContain("anticoagulant_details");
  });

  it("shows follow-ups right after their parent while the answer matches", () => {
    const ids = visibleIds({ anticoagulants: true, isotretinoin: "stopped", allergies: true });
    expect(ids.slice(ids.indexOf("anticoagulants"), ids.indexOf("anticoagulants") + 3)).toEqual([
      "anticoagulants",
      "anticoagulant_details",
      "bleeding_disorder",
    ]);
    expect(ids).toContain("isotretinoin_stopped_on");
    expect(ids).toContain("allergy_kinds");
    expect(ids).toContain("allergy_details");
  });

  it("hides follow-ups for other answers", () => {
    const ids = visibleIds({ anticoagulants: false, isotretinoin: "current", allergies: "yes" });
    expect(ids).not.toContain("anticoagulant_details");
    expect(ids).not.toContain("isotretinoin_stopped_on");
    expect(ids).not.toContain("allergy_kinds");
    expect(visibleIds({ chemotherapy_radiotherapy: "past" })).toContain(
      "chemotherapy_last_treatment",
    );
    expect(visibleIds({ chemotherapy_radiotherapy: "current" })).not.toContain(
      "chemotherapy_last_treatment",
    );
  });
});

describe("missingAnswers", () => {
  it("lists every required top-level question when nothing is answered, but not optional ones", () => {
    const missing = missingAnswers(Q, {});
    expect(missing).toContain("pregnant_or_breastfeeding");
    expect(missing).toContain("previous_smp_or_tattoo");
    expect(missing).not.toContain("other_medications");
    expect(missing).not.toContain("unwell_or_intoxicated_today");
    expect(missing).toHaveLength(Object.keys(CLEAN).length);
  });

  it("is empty for the clean answers", () => {
    expect(missingAnswers(Q, CLEAN)).toEqual([]);
  });

  it("asks for required follow-ups that are shown, not optional or hidden ones", () => {
    expect(
      missingAnswers(Q, {
        ...CLEAN,
        anticoagulants: true,
        bleeding_disorder: true,
        isotretinoin: "stopped",
      }),
    ).toEqual(["anticoagulant_details", "isotretinoin_stopped_on"]);
  });

  it("counts blank text and empty lists as unanswered", () => {
    expect(
      missingAnswers(Q, { ...CLEAN, anticoagulants: true, anticoagulant_details: "  " }),
    ).toEqual(["anticoagulant_details"]);
    expect(missingAnswers(Q, { ...CLEAN, allergies: true, allergy_kinds: [] })).toEqual([
      "allergy_kinds",
    ]);
  });
});

describe("answerProblems", () => {
  it("accepts well-formed answers", () => {
    expect(
      answerProblems(Q, {
        ...CLEAN,
        anticoagulants: true,
        anticoagulant_details: "Apixaban 5 mg twice a day",
        allergies: true,
        allergy_kinds: ["latex", "other"],
        isotretinoin: "stopped",
        isotretinoin_stopped_on: "2026-09-24",
        unwell_or_intoxicated_today: false,
      }),
    ).toEqual([]);
  });

  it("reports unknown question ids", () => {
    expect(answerProblems(Q, { favourite_colour: "blue" })).toEqual([
      {
        questionId: "favourite_colour",
        message: 'There is no question "favourite_colour" in version 1 of the intake.',
      },
    ]);
  });

  it("reports values of the wrong type", () => {
    expect(problemIds({ pregnant_or_breastfeeding: "no" })).toEqual(["pregnant_or_breastfeeding"]);
    expect(problemIds({ other_medications: true })).toEqual(["other_medications"]);
    expect(problemIds({ other_medications: "x".repeat(2001) })).toEqual(["other_medications"]);
    expect(problemIds({ other_medications: "x".repeat(2000) })).toEqual([]);
    expect(problemIds({ isotretinoin: "sometimes" })).toEqual(["isotretinoin"]);
    expect(problemIds({ isotretinoin: ["never"] })).toEqual(["isotretinoin"]);
    expect(problemIds({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-02-30" })).toEqual([
      "isotretinoin_stopped_on",
    ]);
    expect(problemIds({ isotretinoin: "stopped", isotretinoin_stopped_on: "24/09/2026" })).toEqual([
      "isotretinoin_stopped_on",
    ]);
    expect(problemIds({ allergies: true, allergy_kinds: "latex" })).toEqual(["allergy_kinds"]);
    expect(problemIds({ allergies: true, allergy_kinds: ["latex", "latex"] })).toEqual([
      "allergy_kinds",
    ]);
    expect(problemIds({ allergies: true, allergy_kinds: ["peanuts"] })).toEqual(["allergy_kinds"]);
  });

  it("names the question and what is expected", () => {
    const [problem] = answerProblems(Q, { isotretinoin: "sometimes" });
    expect(problem?.message).toBe(
      '"Have you taken isotretinoin (Roaccutane), a medicine for acne?" must be one of: never, current, stopped.',
    );
  });

  it("reports answers to hidden follow-ups, naming the parent answer that shows them", () => {
    const problems = answerProblems(Q, {
      hair_transplant: false,
      hair_transplant_date: "2026-06-01",
      chemotherapy_radiotherapy: "never",
      chemotherapy_last_treatment: "2020-01-01",
    });
    expect(problems.map((p) => p.questionId)).toEqual([
      "hair_transplant_date",
      "chemotherapy_last_treatment",
    ]);
    expect(problems[0]?.message).toContain('"Have you had a hair transplant?" is "Yes"');
    expect(problems[1]?.message).toContain('is "Yes, in the past"');
  });
});

describe("pruneHiddenAnswers", () => {
  it("drops answers to follow-ups hidden after a parent changed from yes to no", () => {
    const before = { ...CLEAN, hair_transplant: true, hair_transplant_date: "2026-06-01" };
    const pruned = pruneHiddenAnswers(Q, { ...before, hair_transplant: false });
    expect(pruned).toEqual({ ...CLEAN, hair_transplant: false });
    expect(answerProblems(Q, pruned)).toEqual([]);
  });

  it("keeps shown follow-ups, top-level answers and unknown ids", () => {
    const answers = { ...CLEAN, diabetes: true, diabetes_controlled: true, mystery: "x" };
    expect(pruneHiddenAnswers(Q, answers)).toEqual(answers);
  });

  it("drops nested follow-ups whose parent is itself hidden", () => {
    const pruned = pruneHiddenAnswers(Q, {
      isotretinoin: "current",
      isotretinoin_stopped_on: "2026-01-01",
    });
    expect(pruned).toEqual({ isotretinoin: "current" });
  });

  it("every question is reachable: allQuestions lists parents before follow-ups", () => {
    const ids = allQuestions(Q).map((q) => q.id);
    expect(ids.indexOf("allergies")).toBeLessThan(ids.indexOf("allergy_kinds"));
    expect(ids).toHaveLength(new Set(ids).size);
  });
});

describe("nothingToReport", () => {
  it("answers every required question, keeps what is given, and answers a given yes's required follow-ups with no", () => {
    const none = nothingToReport(Q);
    expect(missingAnswers(Q, none)).toEqual([]);
    expect(none.chemotherapy_radiotherapy).toBe("never");
    const given = nothingToReport(Q, { diabetes: true });
    expect(given.diabetes).toBe(true);
    expect(given.diabetes_controlled).toBe(false);
  });
});
