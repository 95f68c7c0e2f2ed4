import type {
  ClinicalSettings,
  ScreeningAction,
  ScreeningRuleId,
} from "../settings/clinical-settings.ts";

/** An intake answer: yes/no, free text, a date (YYYY-MM-DD), one choice or several. */
export type AnswerValue = boolean | string | readonly string[];
/** Answers by question id. Unanswered questions are absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type QuestionType = "yes_no" | "text" | "date" | "choice" | "multi";

export interface Question {
  id: string;
  /** Shown to the client and the practitioner, in plain UK English. */
  label: string;
  help?: string;
  type: QuestionType;
  /** For choice/multi. */
  options?: readonly { value: string; label: string }[];
  required: boolean;
  /** Follow-up questions, shown only while the parent's answer matches `when`. */
  followUps?: readonly FollowUp[];
}

export interface FollowUp {
  /** The parent answer that shows these questions: true for yes, or a choice value. */
  when: boolean | string;
  questions: readonly Question[];
}

export interface QuestionSection {
  id: string;
  title: string;
  questions: readonly Question[];
}

export interface Questionnaire {
  /** Answers are stored against this version; a later version never reinterprets them. */
  version: number;
  sections: readonly QuestionSection[];
}

export type Verdict = ScreeningAction;

export interface Clearance {
  ruleId: ScreeningRuleId;
  /** A GP/doctor letter clears a gp_letter rule; a recorded deferral replaces the rule's date. */
  kind: "gp_letter" | "deferral";
  /** For a deferral: the date it runs to (YYYY-MM-DD). */
  until: string | null;
  /** When it was recorded (YYYY-MM-DD). */
  recordedOn: string;
}

export interface ScreeningInput {
  questionnaire: Questionnaire;
  answers: Answers;
  /** YYYY-MM-DD, or null when not yet recorded. */
  dateOfBirth: string | null;
  /** The day of screening, YYYY-MM-DD (the caller reads the clock, in the clinic's zone). */
  today: string;
  /** The day of the treatment being screened for; defaults to `today`. Age is checked on it. */
  treatmentDate?: string;
  /** From the assessment, when there is one: alopecia activity known to the practitioner. */
  alopeciaLastActivity?: string | null;
  clearances: readonly Clearance[];
  settings: ClinicalSettings;
}

/** Why a rule fired, for the screen and the audit trail. */
export interface ScreeningReason {
  /** A configurable rule, or one of the fixed ones. */
  ruleId: ScreeningRuleId | "under_18" | "incomplete" | "no_contraindications";
  outcome: Verdict;
  /** Plain-English explanation naming the answer and the rule, e.g. "Isotretinoin stopped on 24 Sep 2026: wait 6 months after stopping." */
  message: string;
  /** For defer: the date from which this rule no longer holds (YYYY-MM-DD); null = until resolved. */
  until?: string | null;
  /** Set when a clearance on record has lifted this rule; cleared reasons do not count. */
  cleared?: Clearance;
  /** The rule asks for a patch test before treatment (allergies). */
  patchTest?: boolean;
}

export interface ScreeningResult {
  verdict: Verdict;
  /** For defer: the earliest date treatment may take place; null when it depends on something undated. */
  deferUntil: string | null;
  /** Every rule that fired, the strongest first; never empty. */
  reasons: readonly ScreeningReason[];
  /** At least one rule asks for a patch test. */
  patchTestAdvised: boolean;
  questionnaireVersion: number;
}
