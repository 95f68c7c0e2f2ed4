import type { Verdict } from "../../../../domain/screening/types.ts";
import {
  type ScreeningRuleId,
  screeningRuleIds,
} from "../../../../domain/settings/clinical-settings.ts";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { calendarWeekday } from "../consultation-labels.ts";

type Screening = NonNullable<ConsultationDetail["screening"]>;

export const outcomeInfo: Record<Verdict, { label: string; colour: string }> = {
  decline: { label: "Decline", colour: "red" },
  defer: { label: "Defer", colour: "blue" },
  gp_letter: { label: "GP letter", colour: "orange" },
  proceed: { label: "Proceed", colour: "green" },
};

/** The verdict in words a practitioner can read aloud. */
export function verdictHeadline(screening: Screening, locale?: string): string {
  switch (screening.verdict) {
    case "proceed":
      return "Suitable to proceed";
    case "gp_letter":
      return "Proceed once a GP letter is on record";
    case "defer":
      return screening.deferUntil
        ? `Deferred until ${calendarWeekday(screening.deferUntil, locale)}`
        : "Deferred until the reason is resolved";
    case "decline":
      return "Not suitable for treatment";
  }
}

/** A few words for the stepper. */
export const verdictShort: Record<Verdict, string> = {
  proceed: "Proceed",
  gp_letter: "GP letter needed",
  defer: "Deferred",
  decline: "Not suitable",
};

const ruleLabels: Record<
  ScreeningRuleId | "under_18" | "incomplete" | "no_contraindications",
  string
> = {
  pregnancy: "Pregnancy or breastfeeding",
  bleeding_disorder: "Bleeding or clotting condition",
  pigment_allergy: "Allergy to pigment or ink",
  other_allergy: "Other allergy",
  trichotillomania: "Hair pulling or skin picking",
  anticoagulants: "Blood-thinning medicine",
  keloid: "Keloid scarring",
  diabetes: "Diabetes",
  diabetes_uncontrolled: "Diabetes not well controlled",
  heart_condition: "Heart condition or high blood pressure",
  epilepsy: "Epilepsy",
  immunosuppression: "Weakened immune system",
  chemotherapy_recent: "Recent chemotherapy or radiotherapy",
  chemotherapy_history: "Past chemotherapy or radiotherapy",
  isotretinoin: "Isotretinoin (Roaccutane)",
  laser_removal: "Laser removal on the scalp",
  hair_transplant: "Hair transplant",
  botox_filler: "Botox or filler",
  sunburn: "Sunburnt scalp",
  scalp_condition: "Scalp condition",
  alopecia_areata_active: "Active alopecia areata",
  unwell_today: "Unwell today",
  under_18: "Under 18",
  incomplete: "Incomplete answers",
  no_contraindications: "No contraindications",
};

export function ruleLabel(ruleId: string): string {
  return ruleLabels[ruleId as keyof typeof ruleLabels] ?? ruleId.replaceAll("_", " ");
}

/** Whether a GP letter or deferral can be recorded against this rule (fixed rules cannot). */
export function isClearableRule(ruleId: string): ruleId is ScreeningRuleId {
  return (screeningRuleIds as readonly string[]).includes(ruleId);
}

export const clearanceKindLabels = { gp_letter: "GP letter", deferral: "Agreed deferral" } as const;
