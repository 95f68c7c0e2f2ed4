import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconBeach, IconPlus, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import type { StaffMember, TimeOff, TimeOffCreated } from "../../../../shared/contracts/staff.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { notifyFailed, notifySaved, notifyWarning } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { timeOffQuery, useDeleteTimeOff } from "./staff-api.ts";
import { TimeOffModal } from "./time-off-modal.tsx";

/** Upcoming time off: holidays, courses, appointments of their own. */
export function TimeOffSection({ member }: { member: StaffMember }) {
  const { clinic } = useMe();
  const formatter = useFormatter();
  const list = useQuery(timeOffQuery(member.memberId));
  const remove = useDeleteTimeOff(member.memberId);
  const [adding, addModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState<TimeOff | null>(null);
  const [overlap, setOverlap] = useState<TimeOffCreated | null>(null);

  const period = (t: { startsAt: string; endsAt: string }) => {
    const s = Date.parse(t.startsAt);
    const e = Date.parse(t.endsAt);
    if (formatter.date(s) === formatter.date(e))
      return `${formatter.weekdayDate(s)}, ${formatter.timeRange(s, e)}`;
    return `${formatter.weekdayDate(s)} ${formatter.time(s)} – ${formatter.weekdayDate(e)} ${formatter.time(e)}`;
  };

  const added = (created: TimeOffCreated) => {
    if (created.overlappingAppointments > 0) {
      setOverlap(created);
      const n = created.overlappingAppointments;
      notifyWarning(
        "Time off added: check the diary",
        `${n} booked ${n === 1 ? "appointment falls" : "appointments fall"} in it.`,
      );
    } else {
      setOverlap(null);
      notifySaved("Time off added", `${member.name} cannot be booked ${period(created)}.`);
    }
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const item = deleting;
    remove.mutate(item.id, {
      onSuccess: () => {
        if (overlap?.id === item.id) setOverlap(null);
        notifySaved("Time off removed", `${member.name} can be booked then again.`);
      },
      onError: (error) => notifyFailed("Time off not removed", error),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <SettingsSection
      title="Time off"
      description="Holidays, training and other absences. Nobody can book them during this time."
      actions={
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={addModal.open}
        >
          Add time off
        </Button>
      }
    >
      <Stack gap="md">
        {overlap && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={`${overlap.overlappingAppointments} booked ${overlap.overlappingAppointments === 1 ? "appointment" : "appointments"} during this time off`}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setOverlap(null)}
          >
            <Text size="sm">
              {period(overlap)}. The appointments stay booked: move them to someone else or another
              time, or cancel them in{" "}
              <Anchor component={Link} to="/appointments" inherit>
                Appointments
              </Anchor>
              .
            </Text>
          </Alert>
        )}
        {list.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading time off">
            <Skeleton h={28} />
            <Skeleton h={28} />
          </Stack>
        ) : list.isError ? (
          <QueryError
            error={list.error}
            onRetry={() => void list.refetch()}
            title="Could not load time off"
          />
        ) : list.data.length === 0 ? (
          <EmptyState
            py="md"
            size="sm"
            icon={<IconBeach size={24} aria-hidden="true" />}
            withIndicatorBackground
            title="No time off booked"
            description={`${member.name} is available whenever their working hours allow.`}
          />
        ) : (
          <Stack
            gap={0}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-label="Upcoming time off"
          >
            {list.data.map((t) => (
              <Group
                component="li"
                key={t.id}
                justify="space-between"
                wrap="nowrap"
                py="xs"
                style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
              >
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={500} className="tabular">
                    {period(t)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t.reason || "No reason given"}
                  </Text>
                </Stack>
                <Tooltip label="Delete">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete time off ${period(t)}`}
                    onClick={() => setDeleting(t)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <TimeOffModal
        member={member}
        timeZone={clinic.timeZone}
        opened={adding}
        onClose={addModal.close}
        onAdded={added}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this time off?"
        confirmLabel="Delete time off"
        destructive
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        {deleting && `${member.name} can be booked again ${period(deleting)}.`}
      </ConfirmDialog>
    </SettingsSection>
  );
}
