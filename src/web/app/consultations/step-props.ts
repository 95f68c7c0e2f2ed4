import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";

/** What the consultation page gives each of its own steps. */
export interface StepProps {
  consultation: ConsultationDetail;
  /** A closed consultation is shown but cannot be changed. */
  readOnly: boolean;
  /** The step saved and the practitioner moves on. */
  onDone: () => void;
  onBack?: () => void;
  backLabel?: string;
  /** Reports unsaved changes, so leaving the step can ask first. */
  onDirtyChange: (dirty: boolean) => void;
}
