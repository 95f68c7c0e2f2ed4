import { Alert, Button, EmptyState, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight, IconBan, IconFlask, IconLock, IconStethoscope } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { usePatchConsultation } from "../consultations-api.ts";
import { useSaveFeedback } from "../save-feedback.tsx";
import { StepActions } from "../step-actions.tsx";
import type { StepProps } from "../step-props.ts";
import { ClearanceList } from "./clearance-list.tsx";
import { ClearanceModal, type ClearanceTarget } from "./clearance-modal.tsx";
import { ReasonList } from "./reason-list.tsx";
import { VerdictBanner } from "./verdict-banner.tsx";

/** The verdict, its reasons, and the GP letters and deferrals that clear them. */
export function ScreeningStep(props: StepProps) {
  const { consultation, readOnly, onDone, onBack, backLabel, onDirtyChange } = props;
  const { screening } = consultation;
  const [target, setTarget] = useState<ClearanceTarget | null>(null);

  useEffect(() => onDirtyChange(false), [onDirtyChange]);

  if (!screening) {
    return (
      <EmptyState
        py="xl"
        icon={<IconStethoscope size={28} aria-hidden="true" />}
        title="Not screened yet"
        description="Answer the medical questions and save them to see the screening."
      />
    );
  }
  const declined = screening.verdict === "decline";

  return (
    <Stack gap="lg">
      <VerdictBanner screening={screening} screenedOn={consultation.screenedOn} />
      {screening.patchTestAdvised && (
        <Alert
          color="grape"
          variant="light"
          icon={<IconFlask size={18} aria-hidden="true" />}
          title="Patch test advised"
        >
          An allergy in the answers calls for a patch test before the first session.
        </Alert>
      )}
      {declined && !readOnly && <DeclinedNotice {...props} />}
      <section aria-labelledby="reasons-title">
        <Title order={3} fz="md" mb="sm" id="reasons-title">
          {screening.reasons.length === 1 ? "Reason" : `Reasons (${screening.reasons.length})`}
        </Title>
        <ReasonList
          consultation={consultation}
          screening={screening}
          readOnly={readOnly}
          onRecord={setTarget}
        />
      </section>
      <ClearanceList consultation={consultation} readOnly={readOnly} />
      <ClearanceModal
        consultationId={consultation.id}
        target={target}
        onClose={() => setTarget(null)}
      />
      {/* Closed: the stepper moves between steps; a declined client has nowhere further to go. */}
      {!readOnly && !declined && (
        <StepActions onBack={onBack} backLabel={backLabel}>
          <Button
            size="md"
            rightSection={<IconArrowRight size={18} aria-hidden="true" />}
            onClick={onDone}
          >
            Continue to assessment
          </Button>
        </StepActions>
      )}
    </Stack>
  );
}

/** A declined client: nothing more to plan; the consultation can be closed. */
function DeclinedNotice({ consultation, onBack }: StepProps) {
  const patch = usePatchConsultation(consultation.id);
  const feedback = useSaveFeedback();
  const [confirming, setConfirming] = useState(false);

  const close = () =>
    patch.mutate(
      { status: "closed", version: consultation.version },
      {
        onSuccess: () => {
          feedback.saved("Consultation closed", "It stays on the client's record.");
          setConfirming(false);
        },
        onError: (error) => {
          feedback.failed(error, "Consultation not closed");
          setConfirming(false);
        },
      },
    );

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} aria-hidden="true" />}
      title="What happens now"
    >
      <Stack gap="sm">
        <Text size="sm">
          The assessment, plan and quote are not available. If an answer was recorded wrongly,
          correct the medical questions and screen again; otherwise close the consultation.
        </Text>
        <Group gap="sm">
          {onBack && (
            <Button variant="default" onClick={onBack}>
              Correct the medical questions
            </Button>
          )}
          {consultation.status === "open" && (
            <Button
              // A darker red than the default keeps white text at AA contrast.
              color="red.8"
              leftSection={<IconLock size={16} aria-hidden="true" />}
              onClick={() => setConfirming(true)}
            >
              Close consultation
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Close this consultation?"
        confirmLabel="Close consultation"
        destructive
        loading={patch.isPending}
        onConfirm={close}
        onClose={() => setConfirming(false)}
      >
        Closing keeps the answers and screening on record but stops any further changes. It can be
        reopened later.
      </ConfirmDialog>
    </Alert>
  );
}
