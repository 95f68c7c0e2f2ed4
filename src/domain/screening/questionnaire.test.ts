import { describe, expect, it } from "vitest";
import { allQuestions } from "./answers.ts";
import {
  CURRENT_QUESTIONNAIRE_VERSION,
  INTAKE_QUESTIONNAIRE,
  questionnaireByVersion,
} from "./questionnaire.ts";
import type { Question } from "./types.ts";

const byId = new Map(allQuestions(INTAKE_QUESTIONNAIRE).map((q) => [q.id, q]));
const q = (id: string): Question => {
  const question = byId.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};
const followUpIds = (id: string, when: boolean | string) =>
  q(id)
    .followUps?.filter((f) => f.when === when)
    .flatMap((f) => f.questions.map((c) => c.id)) ?? [];
const options = (id: string) => q(id).options?.map((o) => o.value);

describe("INTAKE_QUESTIONNAIRE", () => {
  it("is version 1, the current version, and found by its version", () => {
    expect(INTAKE_QUESTIONNAIRE.version).toBe(1);
    expect(CURRENT_QUESTIONNAIRE_VERSION).toBe(1);
    expect(questionnaireByVersion(1)).toBe(INTAKE_QUESTIONNAIRE);
    expect(questionnaireByVersion(2)).toBeNull();
    expect(questionnaireByVersion(0)).toBeNull();
  });

  it("has the agreed sections and top-level questions in order", () => {
    expect(INTAKE_QUESTIONNAIRE.sections.map((s) => [s.id, s.questions.map((x) => x.id)])).toEqual([
      ["pregnancy", ["pregnant_or_breastfeeding"]],
      ["blood", ["anticoagulants", "bleeding_disorder"]],
      [
        "skin",
        [
          "keloid_scarring",
          "scalp_condition_active",
          "sunburn_scalp",
          "trichotillomania",
          "alopecia_areata",
        ],
      ],
      [
        "conditions",
        [
          "diabetes",
          "heart_condition",
          "epilepsy",
          "immunosuppression",
          "chemotherapy_radiotherapy",
        ],
      ],
      ["medicines", ["isotretinoin", "other_medications", "allergies"]],
      [
        "procedures",
        ["hair_transplant", "laser_removal", "botox_filler", "previous_smp_or_tattoo"],
      ],
      ["today", ["unwell_or_intoxicated_today", "changes_since_last_visit"]],
    ]);
    expect(INTAKE_QUESTIONNAIRE.sections.at(-1)?.title).toBe("On the day of treatment");
  });

  it("uses the agreed types and required flags", () => {
    const shape = (id: string) => [q(id).type, q(id).required];
    expect(shape("pregnant_or_breastfeeding")).toEqual(["yes_no", true]);
    expect(shape("anticoagulant_details")).toEqual(["text", true]);
    expect(shape("bleeding_disorder_details")).toEqual(["text", false]);
    expect(shape("scalp_condition_kinds")).toEqual(["multi", true]);
    expect(shape("scalp_condition_details")).toEqual(["text", false]);
    expect(shape("alopecia_areata_last_activity")).toEqual(["date", true]);
    expect(shape("diabetes_controlled")).toEqual(["yes_no", true]);
    expect(shape("heart_condition_details")).toEqual(["text", false]);
    expect(shape("chemotherapy_radiotherapy")).toEqual(["choice", true]);
    expect(shape("chemotherapy_last_treatment")).toEqual(["date", true]);
    expect(shape("isotretinoin")).toEqual(["choice", true]);
    expect(shape("isotretinoin_stopped_on")).toEqual(["date", true]);
    expect(shape("other_medications")).toEqual(["text", false]);
    expect(shape("allergy_kinds")).toEqual(["multi", true]);
    expect(shape("allergy_details")).toEqual(["text", false]);
    for (const id of ["hair_transplant_date", "laser_removal_date", "botox_filler_date"]) {
      expect(shape(id)).toEqual(["date", true]);
    }
    expect(shape("previous_smp_details")).toEqual(["text", false]);
    expect(shape("unwell_or_intoxicated_today")).toEqual(["yes_no", false]);
    expect(shape("changes_since_last_visit")).toEqual(["text", false]);
  });

  it("uses the agreed option values", () => {
    expect(options("scalp_condition_kinds")).toEqual([
      "psoriasis",
      "eczema",
      "dermatitis",
      "seborrhoeic_dermatitis",
      "folliculitis",
      "acne",
      "infection",
      "other",
    ]);
    expect(options("chemotherapy_radiotherapy")).toEqual(["never", "past", "current"]);
    expect(options("isotretinoin")).toEqual(["never", "current", "stopped"]);
    expect(options("allergy_kinds")).toEqual([
      "pigment_or_ink",
      "nickel_or_metals",
      "latex",
      "anaesthetic",
      "other",
    ]);
  });

  it("shows the agreed follow-ups", () => {
    expect(followUpIds("anticoagulants", true)).toEqual(["anticoagulant_details"]);
    expect(followUpIds("bleeding_disorder", true)).toEqual(["bleeding_disorder_details"]);
    expect(followUpIds("scalp_condition_active", true)).toEqual([
      "scalp_condition_kinds",
      "scalp_condition_details",
    ]);
    expect(followUpIds("alopecia_areata", true)).toEqual(["alopecia_areata_last_activity"]);
    expect(followUpIds("diabetes", true)).toEqual(["diabetes_controlled"]);
    expect(followUpIds("heart_condition", true)).toEqual(["heart_condition_details"]);
    expect(followUpIds("chemotherapy_radiotherapy", "past")).toEqual([
      "chemotherapy_last_treatment",
    ]);
    expect(followUpIds("isotretinoin", "stopped")).toEqual(["isotretinoin_stopped_on"]);
    expect(followUpIds("allergies", true)).toEqual(["allergy_kinds", "allergy_details"]);
    expect(followUpIds("hair_transplant", true)).toEqual(["hair_transplant_date"]);
    expect(followUpIds("laser_removal", true)).toEqual(["laser_removal_date"]);
    expect(followUpIds("botox_filler", true)).toEqual(["botox_filler_date"]);
    expect(followUpIds("previous_smp_or_tattoo", true)).toEqual(["previous_smp_details"]);
  });

  it("has unique ids, non-empty labels and options on every choice question", () => {
    const all = allQuestions(INTAKE_QUESTIONNAIRE);
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
    for (const question of all) {
      expect(question.label.trim()).not.toBe("");
      if (question.type === "choice" || question.type === "multi") {
        expect(question.options?.length).toBeGreaterThan(1);
      } else {
        expect(question.options).toBeUndefined();
      }
    }
  });

  it("writes labels and help in UK English", () => {
    const text = JSON.stringify(INTAKE_QUESTIONNAIRE);
    expect(text).not.toMatch(/\b(color|anesthetic|hemophilia|seborrheic|center)\b/i);
  });
});
