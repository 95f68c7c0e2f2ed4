import type {
  ScreeningAction,
  ScreeningRuleId,
  ScreeningRuleSetting,
  WaitUnit,
} from "../../../../domain/settings/clinical-settings.ts";

/** Each screening rule in plain words, with where its default comes from (smp-reference.md). */
export const ruleLabels: Record<ScreeningRuleId, { name: string; source: string }> = {
  pregnancy: {
    name: "Pregnant or breastfeeding",
    source: "Reference §5.2: decline until finished (9 of 11 sources)",
  },
  bleeding_disorder: {
    name: "Bleeding or clotting disorder",
    source: "Reference §5.2: decline (haemophilia, platelet disorders)",
  },
  pigment_allergy: {
    name: "Allergy to tattoo ink or pigment",
    source: "Reference §5.2: decline",
  },
  other_allergy: {
    name: "Other allergies (metals, latex, anaesthetic)",
    source: "Reference §5.1: patch test, which the screening advises",
  },
  trichotillomania: {
    name: "Hair pulling or skin picking (trichotillomania)",
    source: "Reference §5.2: decline",
  },
  anticoagulants: {
    name: "Blood thinners (anticoagulants)",
    source: "Reference §5.2: written GP authorisation",
  },
  keloid: {
    name: "Keloid or raised scarring",
    source: "Reference §5.2: GP letter (some clinics decline)",
  },
  diabetes: {
    name: "Diabetes (well controlled)",
    source: "Reference §5.1: GP letter",
  },
  diabetes_uncontrolled: {
    name: "Diabetes (not well controlled)",
    source: "Reference §5.1: decline",
  },
  heart_condition: {
    name: "Heart condition or high blood pressure",
    source: "Reference §5.2: GP letter",
  },
  epilepsy: { name: "Epilepsy", source: "Reference §5.2: doctor's note" },
  immunosuppression: {
    name: "Weakened immune system",
    source: "Reference §5.2: GP letter",
  },
  chemotherapy_recent: {
    name: "Chemotherapy or radiotherapy (recent)",
    source: "Reference §5.1: 5 weeks to 12 months after; 6 months is common",
  },
  chemotherapy_history: {
    name: "Chemotherapy or radiotherapy (longer ago)",
    source: "Reference §5.2: GP letter once the recent wait has passed",
  },
  isotretinoin: {
    name: "Isotretinoin (Roaccutane)",
    source: "Reference §5.1: 6 months after stopping (weak evidence)",
  },
  laser_removal: {
    name: "Laser tattoo removal on the scalp",
    source: "Reference §5.1: 6 to 13 weeks after the last session",
  },
  hair_transplant: {
    name: "Hair transplant",
    source: "Reference §5.2: 6 to 12 months after the transplant",
  },
  botox_filler: {
    name: "Botox or filler in the area",
    source: "Reference §5.1: 2 weeks after the injections",
  },
  sunburn: { name: "Sunburn on the scalp", source: "Reference §5.1: defer until healed" },
  scalp_condition: {
    name: "Active scalp condition (psoriasis, eczema, infection)",
    source: "Reference §5.1: defer until clear",
  },
  alopecia_areata_active: {
    name: "Active alopecia areata",
    source: "Reference §5.1: defer; no source gives a stable period",
  },
  unwell_today: {
    name: "Unwell or intoxicated on the day",
    source: "Reference §5.2: Wales law, refuse on the day",
  },
};

export const actionLabels: Record<ScreeningAction, string> = {
  decline: "Decline",
  defer: "Defer",
  gp_letter: "Proceed with GP letter",
  proceed: "Proceed",
};

export const actionColours: Record<ScreeningAction, string> = {
  decline: "red",
  defer: "orange",
  gp_letter: "blue",
  proceed: "green",
};

export const unitLabels: Record<WaitUnit, string> = {
  days: "days",
  weeks: "weeks",
  months: "months",
};

/** "3 months", "1 day". */
export function waitText(amount: number, unit: WaitUnit): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

/** "Defer 6 months", "Proceed with GP letter". */
export function ruleText(rule: ScreeningRuleSetting): string {
  const action = actionLabels[rule.action];
  return rule.action === "defer" && rule.wait
    ? `${action} ${waitText(rule.wait.amount, rule.wait.unit)}`
    : action;
}

export const FITZPATRICK = ["I", "II", "III", "IV", "V", "VI"] as const;

/** "2 h", "2 h 30 min", "45 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
