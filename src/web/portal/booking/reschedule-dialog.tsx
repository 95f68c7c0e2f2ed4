import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type {
  PortalAppointment,
  ReschedulePreview,
} from "../../../shared/contracts/portal-booking.ts";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { usePortalTheme } from "../portal-brand.tsx";
import { previewReschedule, rescheduleOptionsQuery, useReschedule } from "./booking-api.ts";
import { type PickableSlot, SlotList } from "./slot-list.tsx";

/**
 * Reschedule in two steps: the clinic's terms and the free times (a course session only on days
 * that keep its healing gaps), then the chosen time with its consequence before confirming.
 */
export function RescheduleDialog({
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
      title="Reschedule"
      closeButtonProps={{ "aria-label": "Close" }}
      fullScreen={typeof window !== "undefined" && window.innerWidth < 500}
    >
      {appointment && <Body slug={slug} a={appointment} onClose={onClose} />}
    </Modal>
  );
}

function Body({ slug, a, onClose }: { slug: string; a: PortalAppointment; onClose: () => void }) {
  const { strong } = usePortalTheme();
  const options = useQuery(rescheduleOptionsQuery(slug, a.id));
  const [picked, setPicked] = useState<PickableSlot | null>(null);
  const [preview, setPreview] = useState<ReschedulePreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const move = useReschedule(slug, a.id);

  async function choose(slot: PickableSlot) {
    setPicked(slot);
    setChecking(true);
    setCheckError(null);
    try {
      setPreview(await previewReschedule(slug, a.id, slot.startsAt, slot.roomId));
    } catch (error) {
      setCheckError(error);
    } finally {
      setChecking(false);
    }
  }

  if (move.isSuccess) {
    return (
      <Stack gap="md" role="status">
        <Text fw={600}>Moved to {move.data.when}.</Text>
        <Text>We have emailed you the new time.</Text>
        <Group justify="flex-end">
          <Button color={strong} onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    );
  }
  if (options.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading free times">
        <Skeleton h={48} />
        <Skeleton h={160} />
      </Stack>
    );
  }
  if (options.isError)
    return <QueryError error={options.error} onRetry={() => void options.refetch()} />;
  const { terms, slots, windowNote, timeZone } = options.data;

  if (preview && picked) {
    return (
      <Stack gap="md">
        <Text>
          Move <strong>{a.when}</strong> to <strong>{preview.when}</strong>?
        </Text>
        {preview.ok ? (
          <Alert color="teal" title="What this means">
            {preview.message}
          </Alert>
        ) : (
          <Alert color="orange" role="alert">
            {preview.problem}
          </Alert>
        )}
        {move.isError && (
          <Alert color="red" role="alert">
            {errorMessage(move.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPreview(null)}>
            Choose another time
          </Button>
          {preview.ok && (
            <Button
              color={strong}
              loading={move.isPending}
              onClick={() =>
                move.mutate({
                  startsAt: picked.startsAt,
                  roomId: picked.roomId,
                  version: a.version,
                })
              }
            >
              Confirm new time
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text>
        Now: <strong>{a.when}</strong>
      </Text>
      <Alert color={terms.reschedule.allowed ? "teal" : "orange"} title="The clinic's rules">
        {terms.reschedule.message}
      </Alert>
      {terms.reschedule.allowed && (
        <>
          {windowNote && (
            <Text size="sm" c="gray.7">
              {windowNote}
            </Text>
          )}
          {slots.length === 0 ? (
            <Text>
              No free times in the next few weeks. Please contact the clinic, or join the waiting
              list.
            </Text>
          ) : (
            <SlotList
              slots={slots}
              zone={timeZone}
              selected={picked?.startsAt ?? null}
              onSelect={(s) => void choose(s)}
              label="Free times"
            />
          )}
          {checking && (
            <Text size="sm" c="gray.7">
              Checking that time…
            </Text>
          )}
          {checkError !== null && (
            <Alert color="red" role="alert">
              {errorMessage(checkError)}
            </Alert>
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
