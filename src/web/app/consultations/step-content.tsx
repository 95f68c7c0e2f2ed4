import { Box, Button, Stack } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { AssessmentStep } from "./assessment/assessment-step.tsx";
import { ClientPrepCard } from "./client-prep/client-prep-card.tsx";
import { consultationQuery, storeConsultation } from "./consultations-api.ts";
import { ExpectationsStep } from "./expectations/expectations-step.tsx";
import { IntakeStep } from "./intake/intake-step.tsx";
import { PlanStep, SignStep } from "./plan/index.ts";
import { ScreeningStep } from "./screening/screening-step.tsx";
import { StepActions } from "./step-actions.tsx";
import type { StepProps } from "./step-props.ts";
import { nextStep, previousStep, type StepId, stepDone, stepLabels } from "./steps.ts";

/** The open step's screen, with Back and Continue wired to the stepper. */
export function StepContent({
  step,
  consultation,
  readOnly,
  dirty,
  onGo,
  onDirtyChange,
}: {
  step: StepId;
  consultation: ConsultationDetail;
  readOnly: boolean;
  /** The open step has unsaved changes (holds the plan step's Continue). */
  dirty: boolean;
  onGo: (step: StepId) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const previous = previousStep(step);
  const next = nextStep(step);
  const props: StepProps = {
    consultation,
    readOnly,
    onDone: () => next && onGo(next),
    onBack: previous ? () => onGo(previous) : undefined,
    backLabel: previous ? stepLabels[previous] : undefined,
    onDirtyChange,
  };
  // The plan steps hand back the consultation with its new plan; accepting a plan also completes
  // the consultation (a new status and version), so the whole of it is read again.
  const onChange = (updated: ConsultationDetail) => {
    storeConsultation(queryClient, updated);
    void queryClient.invalidateQueries({
      queryKey: consultationQuery(updated.id).queryKey,
      exact: true,
    });
  };

  switch (step) {
    case "intake":
      return (
        <Stack gap="lg">
          <ClientPrepCard consultation={consultation} />
          <ReadOnly when={readOnly}>
            <IntakeStep {...props} />
          </ReadOnly>
        </Stack>
      );
    case "screening":
      return (
        <ReadOnly when={readOnly}>
          <ScreeningStep {...props} />
        </ReadOnly>
      );
    case "assessment":
      return (
        <ReadOnly when={readOnly}>
          <AssessmentStep {...props} />
        </ReadOnly>
      );
    case "expectations":
      return (
        <ReadOnly when={readOnly}>
          <ExpectationsStep {...props} />
        </ReadOnly>
      );
    // The plan steps show a closed consultation their own way (the PDF stays downloadable).
    case "plan":
      return (
        <Stack gap={0}>
          <PlanStep consultation={consultation} onChange={onChange} onDirtyChange={onDirtyChange} />
          {!readOnly && (
            <StepActions
              onBack={props.onBack}
              backLabel={props.backLabel}
              status={dirty ? "Save the plan to continue." : undefined}
            >
              <Button
                size="md"
                rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                disabled={dirty || !stepDone(consultation, "plan")}
                onClick={props.onDone}
              >
                Continue to quote &amp; signature
              </Button>
            </StepActions>
          )}
        </Stack>
      );
    case "sign":
      return (
        <Stack gap={0}>
          <SignStep consultation={consultation} onChange={onChange} />
          {!readOnly && <StepActions onBack={props.onBack} backLabel={props.backLabel} />}
        </Stack>
      );
  }
}

/** A closed consultation: every control in the step is switched off (the stepper still moves). */
function ReadOnly({ when, children }: { when: boolean; children: ReactNode }) {
  if (!when) return children;
  return (
    <Box component="fieldset" disabled m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      {children}
    </Box>
  );
}
