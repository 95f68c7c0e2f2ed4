import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import { errorMessage } from "../../lib/api.ts";
import { useCancelAppointment } from "./appointments-api.ts";
import { useTouchSize } from "./use-touch-size.ts";

interface CancelModalProps {
  appointment: Appointment | null;
  formatter: Formatter;
  onClose: () => void;
  onCancelled: () => void;
}

/** Asks before cancelling, with an optional reason; "Keep appointment" has focus. */
export function CancelModal({ appointment: a, formatter, onClose, onCancelled }: CancelModalProps) {
  const cancel = useCancelAppointment();
  const size = useTouchSize();
  const [reason, setReason] = useState("");
  const close = () => {
    setReason("");
    cancel.reset();
    onClose();
  };
  const confirm = () => {
    if (!a) return;
    cancel.mutate(
      { id: a.id, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          notifications.show({
            color: "slate",
            title: "Appointment cancelled",
            message: `${a.client.name}'s ${a.service.name.toLowerCase()} was cancelled.`,
          });
          setReason("");
          onCancelled();
        },
      },
    );
  };
  const start = a ? Date.parse(a.startsAt) : 0;

  return (
    <Modal
      opened={a !== null}
      onClose={close}
      title="Cancel appointment"
      size="md"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {a && (
        <Stack gap="md">
          <Text size="sm">
            Cancel <strong>{a.client.name}</strong>'s {a.service.name.toLowerCase()} with{" "}
            {a.practitioner.name} on {formatter.weekdayDate(start)} at {formatter.time(start)}? The
            time becomes free to book again.
          </Text>
          {cancel.isError && (
            <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} />}>
              {errorMessage(cancel.error)}
            </Alert>
          )}
          <Textarea
            size={size}
            label="Reason"
            description="Optional; kept on the appointment for the team."
            placeholder="For example: client unwell, will rebook"
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size={size} onClick={close} data-autofocus>
              Keep appointment
            </Button>
            <Button color="red" size={size} loading={cancel.isPending} onClick={confirm}>
              Cancel appointment
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
