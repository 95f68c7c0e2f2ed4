import { Alert, Button, Group, Text } from "@mantine/core";
import { IconLock, IconLockOpen } from "@tabler/icons-react";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { usePatchConsultation } from "./consultations-api.ts";
import { useSaveFeedback } from "./save-feedback.tsx";

/** A closed consultation can be read; reopening it allows changes again. */
export function ClosedNotice({ consultation }: { consultation: ConsultationDetail }) {
  const patch = usePatchConsultation(consultation.id);
  const feedback = useSaveFeedback();
  const reopen = () =>
    patch.mutate(
      { status: "open", version: consultation.version },
      {
        onSuccess: () => feedback.saved("Consultation reopened", "Changes can be made again."),
        onError: (error) => feedback.failed(error, "Consultation not reopened"),
      },
    );
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconLock size={18} aria-hidden="true" />}
      title="This consultation is closed"
      mb="lg"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">Everything on it can be read, but nothing can be changed.</Text>
        <Button
          variant="default"
          leftSection={<IconLockOpen size={16} aria-hidden="true" />}
          loading={patch.isPending}
          onClick={reopen}
        >
          Reopen consultation
        </Button>
      </Group>
    </Alert>
  );
}
