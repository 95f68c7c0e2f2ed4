import type {
  CaseType,
  HairColour,
  HairLengthPlan,
  HairlineStyle,
  NorwoodStage,
  SavinGrade,
  ScarKind,
} from "../../../../domain/assessment/assessment.ts";

export const caseTypeLabels: Record<CaseType, string> = {
  male_pattern: "Male pattern hair loss",
  female_pattern: "Female pattern hair loss",
  diffuse_thinning: "Diffuse thinning",
  alopecia_areata: "Alopecia areata",
  alopecia_totalis: "Alopecia totalis",
  alopecia_universalis: "Alopecia universalis",
  scar: "Scar camouflage",
  birthmark: "Birthmark camouflage",
  other: "Something else",
};

export function norwoodLabel(stage: NorwoodStage): string {
  return stage === "IIIv" ? "III vertex" : stage;
}

export const savinLabels: Record<SavinGrade, string> = {
  "I-1": "I-1",
  "I-2": "I-2",
  "I-3": "I-3",
  "I-4": "I-4",
  "II-1": "II-1",
  "II-2": "II-2",
  III: "III",
  advanced: "Advanced",
  frontal: "Frontal",
};

/** Fitzpatrick skin types, with a tone to recognise them by (the words carry the meaning). */
export const fitzpatrickTypes = [
  { value: 1, numeral: "I", text: "Very fair; always burns, never tans", tone: "#f7e3d3" },
  { value: 2, numeral: "II", text: "Fair; usually burns, tans a little", tone: "#eccbae" },
  { value: 3, numeral: "III", text: "Medium; sometimes burns, tans evenly", tone: "#d8a87c" },
  { value: 4, numeral: "IV", text: "Olive; rarely burns, tans easily", tone: "#b7835a" },
  { value: 5, numeral: "V", text: "Brown; very rarely burns", tone: "#855737" },
  { value: 6, numeral: "VI", text: "Deeply pigmented; never burns", tone: "#4a2f20" },
] as const;

export const hairColourInfo: Record<HairColour, { label: string; swatch: string }> = {
  black: { label: "Black", swatch: "#161514" },
  dark_brown: { label: "Dark brown", swatch: "#3b2a20" },
  medium_brown: { label: "Medium brown", swatch: "#5e412c" },
  light_brown: { label: "Light brown", swatch: "#8c6845" },
  blonde: { label: "Blonde", swatch: "#cfae72" },
  red: { label: "Red", swatch: "#913d1f" },
  grey_white: { label: "Grey or white", swatch: "#cfd2d4" },
};

export const hairLengthLabels: Record<HairLengthPlan, string> = {
  shaved: "Shaved",
  short: "Short",
  long: "Longer",
};

export const hairlineStyleLabels: Record<HairlineStyle, string> = {
  natural: "Natural",
  broken: "Broken",
  widows_peak: "Widow’s peak",
  defined: "Defined",
  none: "No hairline",
};

export const scarKindLabels: Record<ScarKind, string> = {
  fut: "FUT strip",
  fue: "FUE donor area",
  other: "Other scar",
};
