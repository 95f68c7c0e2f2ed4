import type { ScreeningRuleId } from "../settings/clinical-settings.ts";
import { compareIso, formatDay, isIsoDate } from "./dates.ts";
import type { Answers } from "./types.ts";

/**
 * Which configurable rules the answers trigger, before the clinic's settings are applied. Each
 * trigger reads a follow-up only while its parent shows it, so stale answers to hidden follow-ups
 * never count. Values of the wrong type count as no answer (the engine reports them as invalid).
 */

/** How a rule's wait is counted. */
export type Timing =
  /** From a date the client gave (stopped isotretinoin, last laser session…). */
  | { kind: "event"; date: string; after: string }
  /** Still going on (taking isotretinoin now): the wait starts when it ends, so no date yet. */
  | { kind: "ongoing"; after: string }
  /** A state reported at screening (sunburn, pregnancy…): any wait counts from today. */
  | { kind: "now" };

export interface Trigger {
  ruleId: ScreeningRuleId;
  /** What was reported, naming the answer and its date: "Isotretinoin stopped on 24 Sep 2026". */
  finding: string;
  timing: Timing;
  patchTest?: boolean;
  /** Fires only when this other rule did not (chemotherapy history after the recent window). */
  unless?: ScreeningRuleId;
}

export interface TriggerContext {
  answers: Answers;
  today: string;
  /** From the assessment. */
  alopeciaLastActivity?: string | null | undefined;
}

const ALLERGY_NAMES: Readonly<Record<string, string>> = {
  nickel_or_metals: "nickel or metals",
  latex: "latex",
  anaesthetic: "local anaesthetic",
  other: "something else",
};

const SCALP_NAMES: Readonly<Record<string, string>> = {
  psoriasis: "psoriasis",
  eczema: "eczema",
  dermatitis: "dermatitis",
  seborrhoeic_dermatitis: "seborrhoeic dermatitis",
  folliculitis: "folliculitis",
  acne: "acne",
  infection: "an infection",
  other: "something else",
};

export function findTriggers({ answers, today, alopeciaLastActivity }: TriggerContext): Trigger[] {
  const yes = (id: string) => answers[id] === true;
  const list = (id: string): string[] => {
    const value = answers[id];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  };
  const dateOf = (id: string): string | null => {
    const value = answers[id];
    return isIsoDate(value) ? value : null;
  };
  const details = (id: string): string => {
    const value = answers[id];
    if (typeof value !== "string" || value.trim() === "") return "";
    const clean = value.trim().replace(/\s+/g, " ");
    return ` ("${clean.length > 80 ? `${clean.slice(0, 79)}…` : clean}")`;
  };
  const reported = `reported on ${formatDay(today)}`;
  const now = { kind: "now" } as const;
  const out: Trigger[] = [];
  const add = (ruleId: ScreeningRuleId, finding: string, timing: Timing = now, extra = {}) =>
    out.push({ ruleId, finding, timing, ...extra });
  const event = (date: string, after: string): Timing => ({ kind: "event", date, after });

  if (yes("pregnant_or_breastfeeding")) add("pregnancy", "Pregnant or breastfeeding");
  if (yes("bleeding_disorder")) {
    add(
      "bleeding_disorder",
      `Bleeding or clotting disorder${details("bleeding_disorder_details")}`,
    );
  }
  if (yes("allergies")) {
    const kinds = list("allergy_kinds");
    if (kinds.includes("pigment_or_ink")) {
      add("pigment_allergy", "Allergy to tattoo ink or pigment", now, { patchTest: true });
    }
    const others = kinds.filter((k) => k !== "pigment_or_ink").map((k) => ALLERGY_NAMES[k] ?? k);
    if (others.length > 0) {
      add("other_allergy", `Allergy to ${joinAnd(others)}${details("allergy_details")}`, now, {
        patchTest: true,
      });
    }
  }
  if (yes("trichotillomania")) {
    add("trichotillomania", "Urge to pull or pick at hair or skin (trichotillomania)");
  }
  if (yes("anticoagulants")) {
    add("anticoagulants", `Takes blood thinners${details("anticoagulant_details")}`);
  }
  if (yes("keloid_scarring")) add("keloid", "History of keloid (raised, thickened) scarring");
  if (yes("diabetes")) {
    if (answers.diabetes_controlled === false) {
      add("diabetes_uncontrolled", "Diabetes, reported as not well controlled");
    } else {
      const controlled = answers.diabetes_controlled === true;
      add("diabetes", controlled ? "Diabetes, reported as well controlled" : "Diabetes");
    }
  }
  if (yes("heart_condition")) {
    add(
      "heart_condition",
      `Heart condition or high blood pressure${details("heart_condition_details")}`,
    );
  }
  if (yes("epilepsy")) add("epilepsy", "Epilepsy");
  if (yes("immunosuppression")) {
    add("immunosuppression", "Condition or medicine that weakens the immune system");
  }

  const chemo = answers.chemotherapy_radiotherapy;
  const afterChemo = "after the last treatment";
  if (chemo === "current") {
    add("chemotherapy_recent", "Having chemotherapy or radiotherapy at the moment", {
      kind: "ongoing",
      after: afterChemo,
    });
  } else if (chemo === "past") {
    const last = dateOf("chemotherapy_last_treatment");
    if (last) {
      const finding = `Last chemotherapy or radiotherapy on ${formatDay(last)}`;
      add("chemotherapy_recent", finding, event(last, afterChemo));
      add("chemotherapy_history", finding, now, { unless: "chemotherapy_recent" });
    }
  }

  const isotretinoin = answers.isotretinoin;
  if (isotretinoin === "current") {
    add("isotretinoin", "Taking isotretinoin (Roaccutane) at the moment", {
      kind: "ongoing",
      after: "after stopping",
    });
  } else if (isotretinoin === "stopped") {
    const stopped = dateOf("isotretinoin_stopped_on");
    if (stopped) {
      add(
        "isotretinoin",
        `Isotretinoin stopped on ${formatDay(stopped)}`,
        event(stopped, "after stopping"),
      );
    }
  }

  const dated = (
    parent: string,
    dateId: string,
    ruleId: ScreeningRuleId,
    what: string,
    after: string,
  ) => {
    const when = yes(parent) ? dateOf(dateId) : null;
    if (when) add(ruleId, `${what} on ${formatDay(when)}`, event(when, after));
  };
  dated(
    "laser_removal",
    "laser_removal_date",
    "laser_removal",
    "Laser removal on the scalp",
    "after the laser session",
  );
  dated(
    "hair_transplant",
    "hair_transplant_date",
    "hair_transplant",
    "Hair transplant",
    "after the transplant",
  );
  dated(
    "botox_filler",
    "botox_filler_date",
    "botox_filler",
    "Botox or filler in the forehead or scalp",
    "after the injections",
  );

  if (yes("sunburn_scalp")) add("sunburn", `Sunburnt scalp ${reported}`);
  if (yes("scalp_condition_active")) {
    const kinds = list("scalp_condition_kinds").map((k) => SCALP_NAMES[k] ?? k);
    const which = kinds.length > 0 ? ` (${joinAnd(kinds)})` : "";
    add("scalp_condition", `Active scalp condition${which} ${reported}`);
  }

  const fromIntake = yes("alopecia_areata") ? dateOf("alopecia_areata_last_activity") : null;
  const fromAssessment = isIsoDate(alopeciaLastActivity) ? alopeciaLastActivity : null;
  const latest = [fromIntake, fromAssessment]
    .filter((d): d is string => d !== null)
    .sort(compareIso)
    .at(-1);
  if (latest) {
    const source =
      latest === fromAssessment && latest !== fromIntake ? "the assessment" : "the intake";
    add(
      "alopecia_areata_active",
      `Alopecia areata last active on ${formatDay(latest)} (from ${source})`,
      event(latest, "after the last new patch or spread"),
    );
  }

  if (yes("unwell_or_intoxicated_today")) {
    add(
      "unwell_today",
      `Feeling unwell, or alcohol or recreational drugs in the last 24 hours, ${reported}`,
    );
  }
  return out;
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
