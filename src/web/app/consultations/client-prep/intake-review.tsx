import { Alert, Button, Group, Text } from "@mantine/core";
import { IconDeviceMobile } from "@tabler/icons-react";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { errorMessage } from "../../../lib/api.ts";
import { useFormatter } from "../../../lib/format.ts";
import { useSaveIntake } from "../consultations-api.ts";

/**
 * The client's own answers wait for the practitioner: "Answered by the client on <date> —
 * review". Confirming saves them as the clinic's record (the same answers, source "staff"), after
 * which the client's link can no longer change them.
 */
export function IntakeReview({ consultation }: { consultation: ConsultationDetail }) {
  const save = useSaveIntake(consultation.id);
  const fmt = useFormatter();
  const intake = consultation.intake;
  if (intake?.source !== "client") return null;
  const complete = intake.missing.length === 0;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconDeviceMobile size={18} aria-hidden="true" />}
      title={`Answered by the client on ${fmt.dateTime(Date.parse(intake.updatedAt))} — review`}
    >
      <Text size="sm">
        Go through the answers below with the client{complete ? "" : " (some are still missing)"},
        then confirm them. The client cannot change them after that.
      </Text>
      {consultation.status === "open" && (
        <Group mt="sm" gap="sm">
          <Button
            size="sm"
            loading={save.isPending}
            disabled={!complete}
            onClick={() =>
              save.mutate({
                questionnaireVersion: intake.version,
                answers: { ...intake.answers },
                version: consultation.version,
              })
            }
          >
            Confirm reviewed
          </Button>
          {save.isError && (
            <Text size="sm" c="red.8" role="alert">
              {errorMessage(save.error)}
            </Text>
          )}
        </Group>
      )}
    </Alert>
  );
}
