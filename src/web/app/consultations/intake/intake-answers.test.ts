import { describe, expect, it } from "vitest";
import { INTAKE_QUESTIONNAIRE as q } from "../../../../domain/screening/index.ts";
import { answersToSave, localProblems, sameAnswers, serverProblems } from "./intake-answers.ts";

describe("intake answers", () => {
  it("drops blank answers and follow-ups whose parent no longer shows them", () => {
    const saved = answersToSave(q, {
      anticoagulants: false,
      anticoagulant_details: "Warfarin",
      other_medications: "   ",
      diabetes: true,
      diabetes_controlled: true,
    });
    expect(saved).toEqual({ anticoagulants: false, diabetes: true, diabetes_controlled: true });
  });

  it("treats tidied-up answers as unchanged", () => {
    expect(sameAnswers(q, { epilepsy: false, other_medications: "" }, { epilepsy: false })).toBe(
      true,
    );
    expect(sameAnswers(q, { epilepsy: true }, { epilepsy: false })).toBe(false);
  });

  it("marks missing answers by type, and dates that are not real or in the future", () => {
    const problems = localProblems(
      q,
      { hair_transplant: true, hair_transplant_date: "2030-01-01", isotretinoin: "stopped" },
      "2026-11-24",
    );
    expect(problems.pregnant_or_breastfeeding).toBe("Choose yes or no.");
    expect(problems.chemotherapy_radiotherapy).toBe("Choose one answer.");
    expect(problems.isotretinoin_stopped_on).toBe("Enter a date.");
    expect(problems.hair_transplant_date).toBe("This date is in the future.");
  });

  it("places the server's answer errors on their questions", () => {
    const { byQuestion, other } = serverProblems(q, [
      { field: "answers.epilepsy", message: "Needs a yes or no answer." },
      { field: "version", message: "must be a number" },
    ]);
    expect(byQuestion).toEqual({ epilepsy: "Needs a yes or no answer." });
    expect(other).toBe("must be a number");
  });
});
