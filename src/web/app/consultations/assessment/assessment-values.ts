import {
  type Assessment,
  assessmentSchema,
  type CaseType,
  type HairColour,
  type HairLengthPlan,
  type HairlineStyle,
  type LudwigGrade,
  type NorwoodStage,
  type SavinGrade,
  type ScarKind,
} from "../../../../domain/assessment/assessment.ts";
import { sentence } from "../../../lib/form-validation.ts";

/** A number field as typed: a number, or "" while empty. */
type NumberField = number | string;

export interface ScarValues {
  /** Keeps React's list keys stable while scars are added and removed. */
  key: string;
  kind: ScarKind;
  lengthCm: NumberField;
  widthCm: NumberField;
  areaCm2: NumberField;
}

export interface AssessmentValues {
  caseType: CaseType;
  norwood: NorwoodStage | null;
  ludwig: LudwigGrade | null;
  savin: SavinGrade | null;
  alopeciaLastActivity: string;
  alopeciaPatchCount: NumberField;
  alopeciaAreaCm2: NumberField;
  scars: ScarValues[];
  birthmarkAreaCm2: NumberField;
  fitzpatrick: number;
  hairColour: HairColour;
  greyPct: number;
  hairLengthPlan: HairLengthPlan;
  hairlineStyle: HairlineStyle;
  hairlineHeightCm: number;
  skinFlags: { dryOrFlaky: boolean; thick: boolean; sensitive: boolean };
  goals: string;
  notes: string;
}

export const DEFAULT_HAIRLINE_CM = 8;

const ALOPECIA: readonly CaseType[] = [
  "alopecia_areata",
  "alopecia_totalis",
  "alopecia_universalis",
];
export const isAlopecia = (caseType: CaseType) => ALOPECIA.includes(caseType);

let scarSeq = 0;
export function newScar(kind: ScarKind = "fut"): ScarValues {
  scarSeq += 1;
  return { key: `scar-${scarSeq}`, kind, lengthCm: "", widthCm: "", areaCm2: "" };
}

/** The form's starting point: the saved assessment, or the most common case. */
export function fromAssessment(a: Assessment | null): AssessmentValues {
  if (!a) {
    return {
      caseType: "male_pattern",
      norwood: null,
      ludwig: null,
      savin: null,
      alopeciaLastActivity: "",
      alopeciaPatchCount: "",
      alopeciaAreaCm2: "",
      scars: [],
      birthmarkAreaCm2: "",
      fitzpatrick: 3,
      hairColour: "dark_brown",
      greyPct: 0,
      hairLengthPlan: "shaved",
      hairlineStyle: "natural",
      hairlineHeightCm: DEFAULT_HAIRLINE_CM,
      skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
      goals: "",
      notes: "",
    };
  }
  const field = (n: number | null): NumberField => n ?? "";
  return {
    ...a,
    alopeciaLastActivity: a.alopeciaLastActivity ?? "",
    alopeciaPatchCount: field(a.alopeciaPatchCount),
    alopeciaAreaCm2: field(a.alopeciaAreaCm2),
    birthmarkAreaCm2: field(a.birthmarkAreaCm2),
    hairlineHeightCm: a.hairlineHeightCm ?? DEFAULT_HAIRLINE_CM,
    skinFlags: { ...a.skinFlags },
    scars: a.scars.map((s) => ({
      ...newScar(s.kind),
      lengthCm: field(s.lengthCm),
      widthCm: field(s.widthCm),
      areaCm2: field(s.areaCm2),
    })),
  };
}

function num(value: NumberField): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** What is saved: only the fields that apply to the case type. */
export function toAssessment(v: AssessmentValues): Assessment {
  const areata = v.caseType === "alopecia_areata";
  const female = v.caseType === "female_pattern";
  return {
    caseType: v.caseType,
    norwood: v.caseType === "male_pattern" ? v.norwood : null,
    ludwig: female ? v.ludwig : null,
    savin: female ? v.savin : null,
    alopeciaLastActivity:
      isAlopecia(v.caseType) && v.alopeciaLastActivity ? v.alopeciaLastActivity : null,
    alopeciaPatchCount: areata ? num(v.alopeciaPatchCount) : null,
    alopeciaAreaCm2: areata ? num(v.alopeciaAreaCm2) : null,
    scars: v.scars.map((s) => ({
      kind: s.kind,
      lengthCm: s.kind === "fue" ? null : num(s.lengthCm),
      widthCm: s.kind === "fue" ? null : num(s.widthCm),
      areaCm2: s.kind === "fut" ? null : num(s.areaCm2),
    })),
    birthmarkAreaCm2: v.caseType === "birthmark" ? num(v.birthmarkAreaCm2) : null,
    fitzpatrick: v.fitzpatrick,
    hairColour: v.hairColour,
    greyPct: Math.round(v.greyPct),
    hairLengthPlan: v.hairLengthPlan,
    hairlineStyle: v.hairlineStyle,
    hairlineHeightCm: v.hairlineStyle === "none" ? null : v.hairlineHeightCm,
    skinFlags: { ...v.skinFlags },
    goals: v.goals.trim(),
    notes: v.notes.trim(),
  };
}

/** The shared schema's problems, by form field ("scars.0.lengthCm"), in words for people. */
export function assessmentProblems(v: AssessmentValues): Record<string, string> {
  const result = assessmentSchema.safeParse(toAssessment(v));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".");
    errors[field] ??= friendly(issue);
  }
  return errors;
}

function friendly(issue: {
  code: string;
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: boolean;
}): string {
  if (issue.code === "too_big" && typeof issue.maximum === "number") {
    return issue.inclusive === false
      ? `Must be less than ${issue.maximum}`
      : `Must be at most ${issue.maximum}`;
  }
  if (issue.code === "too_small" && typeof issue.minimum === "number") {
    return issue.inclusive === false
      ? `Must be more than ${issue.minimum}`
      : `Must be at least ${issue.minimum}`;
  }
  return sentence(issue.message);
}

/** Server field errors ("assessment.scars.0.lengthCm") as form fields. */
export function serverFieldErrors(errors: readonly { field: string; message: string }[]) {
  const byField: Record<string, string> = {};
  for (const { field, message } of errors) {
    byField[field.replace(/^assessment\./, "")] ??= sentence(message);
  }
  return byField;
}
