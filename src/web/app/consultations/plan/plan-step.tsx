import { Alert, Button, EmptyState, Stack } from "@mantine/core";
import { IconClipboardList, IconLock, IconWand } from "@tabler/icons-react";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { PlanEditor } from "./plan-editor.tsx";
import { PlanReadOnly } from "./plan-read-only.tsx";
import { useDraftPlan } from "./plans-api.ts";
import { SaveProblem } from "./save-problem.tsx";
import { SignedBanner } from "./signed-banner.tsx";

export interface PlanStepProps {
  consultation: ConsultationDetail;
  onChange: (next: ConsultationDetail) => void;
  /** Told whenever the editor gains or loses unsaved edits (to hold the stepper's Continue). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The practitioner drafts the treatment plan and edits it with the client. */
export function PlanStep({ consultation, onChange, onDirtyChange }: PlanStepProps) {
  const view = consultation.plan;
  if (view?.status === "accepted") {
    return <PlanReadOnly view={view} banner={<SignedBanner view={view} />} />;
  }
  if (consultation.status === "closed") {
    return view?.status === "draft" ? (
      <PlanReadOnly view={view} banner={<ClosedBanner />} />
    ) : (
      <ClosedBanner />
    );
  }
  if (view?.status === "draft") {
    return (
      <PlanEditor
        // Another plan (a re-draft) starts a fresh editor.
        key={view.id}
        consultation={consultation}
        view={view}
        onChange={onChange}
        onDirtyChange={onDirtyChange}
      />
    );
  }
  return <NoPlan consultation={consultation} onChange={onChange} />;
}

function ClosedBanner() {
  return (
    <Alert color="slate" variant="light" icon={<IconLock size={18} aria-hidden="true" />}>
      This consultation is closed, so its plan can no longer be drafted or changed.
    </Alert>
  );
}

/** Before the first draft, or after the client turned a plan down. */
function NoPlan({ consultation, onChange }: PlanStepProps) {
  const draft = useDraftPlan(consultation.id);
  const declined = consultation.plan?.status === "declined";
  const screenedOut = consultation.screening?.verdict === "decline";
  const noAssessment = consultation.assessment === null;
  const blocker = screenedOut
    ? "Screening declines treatment for this client, so no plan can be made."
    : noAssessment
      ? "Complete the assessment first: the plan is drafted from it."
      : null;

  return (
    <Stack gap="md">
      <SaveProblem error={draft.error} title="The plan could not be drafted" />
      <EmptyState
        size="lg"
        variant="light"
        icon={<IconClipboardList size={32} aria-hidden="true" />}
        title={declined ? "The client decided not to go ahead" : "No treatment plan yet"}
        description={
          blocker ??
          (declined
            ? "That plan is kept on file. You can draft a new one from the assessment."
            : "Stipple drafts the zones, sessions, shade and price from the assessment and the clinic's settings. You then adjust it with the client.")
        }
      >
        <EmptyState.Actions>
          <Button
            size="md"
            leftSection={<IconWand size={18} aria-hidden="true" />}
            loading={draft.isPending}
            disabled={blocker !== null}
            onClick={() => draft.mutate(undefined, { onSuccess: onChange })}
          >
            {declined ? "Draft a new plan" : "Draft plan"}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Stack>
  );
}
