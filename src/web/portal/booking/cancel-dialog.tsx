import { Alert, Button, Group, Modal, Skeleton, Stack, Text, Textarea } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { PortalAppointment } from "../../../shared/contracts/portal-booking.ts";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { portalKey } from "../portal-api.ts";
import { changeTermsFor, useCancel } from "./booking-api.ts";

/** Cancel with the consequence (free, or late and the deposit kept) shown before confirming. */
export function CancelDialog({
  slug,
  appointment,
  onClose,
}: {
  slug: string;
  appointment: PortalAppointment | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={appointment !== null}
      onClose={onClose}
      title="Cancel appointment"
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {appointment && <Body slug={slug} a={appointment} onClose={onClose} />}
    </Modal>
  );
}

function Body({ slug, a, onClose }: { slug: string; a: PortalAppointment; onClose: () => void }) {
  const terms = useQuery({
    queryKey: portalKey(slug, "change-terms", a.id),
    queryFn: () => changeTermsFor(slug, a.id),
    staleTime: 0,
  });
  const [reason, setReason] = useState("");
  const cancel = useCancel(slug, a.id);
  if (cancel.isSuccess) {
    return (
      <Stack gap="md" role="status">
        <Text fw={600}>Your appointment on {a.when} is cancelled.</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }
  if (terms.isPending) return <Skeleton h={80} aria-label="Loading the clinic's rules" />;
  if (terms.isError) return <QueryError error={terms.error} onRetry={() => void terms.refetch()} />;
  const c = terms.data.cancel;
  return (
    <Stack gap="md">
      <Text>
        Cancel <strong>{a.when}</strong>?
      </Text>
      <Alert color={c.late ? "orange" : "teal"} title="What this means">
        {c.message}
      </Alert>
      <Textarea
        label="Reason (optional)"
        description="Helps the clinic offer your time to someone else."
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
      />
      {cancel.isError && (
        <Alert color="red" role="alert">
          {errorMessage(cancel.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Keep appointment
        </Button>
        <Button
          color="red.8"
          loading={cancel.isPending}
          onClick={() => cancel.mutate({ reason: reason.trim() || undefined, version: a.version })}
        >
          Cancel appointment
        </Button>
      </Group>
    </Stack>
  );
}
