import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCalendarOff, IconPlus, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { epochToLocal } from "../../../../domain/time/zoned.ts";
import type { Location, SpecialDay } from "../../../../shared/contracts/locations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { QueryError } from "../../../components/route-states.tsx";
import { calendarDate, formatterFor } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { specialDaysQuery, useDeleteSpecialDay } from "./locations-api.ts";
import { SpecialDayModal } from "./special-day-modal.tsx";

function todayIn(zone: string): string {
  try {
    return epochToLocal(Date.now(), zone).date;
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** Upcoming closures and one-off hours for one location. */
export function SpecialDaysSection({ location }: { location: Location }) {
  const { clinic } = useMe();
  const today = todayIn(location.timeZone);
  const days = useQuery(specialDaysQuery(location.id, today));
  const remove = useDeleteSpecialDay(location.id);
  const [adding, addModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState<SpecialDay | null>(null);
  const dayFormat = formatterFor({
    locale: clinic.locale,
    timeZone: "UTC",
    currency: clinic.currency,
  });
  const longDate = (date: string) => dayFormat.weekdayDate(Date.parse(`${date}T12:00:00Z`));

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () =>
        notifySaved(
          "Special day removed",
          `${longDate(deleting.date)} follows the usual hours again.`,
        ),
      onError: (error) => notifyFailed("Special day not removed", error),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <SettingsSection
      title="Closures and special hours"
      description="Bank holidays, training days or late openings. These replace the weekly hours on that date."
      actions={
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={addModal.open}
        >
          Add special day
        </Button>
      }
    >
      {days.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading special days">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={28} />
          ))}
        </Stack>
      ) : days.isError ? (
        <QueryError
          error={days.error}
          onRetry={() => void days.refetch()}
          title="Could not load special days"
        />
      ) : days.data.items.length === 0 ? (
        <EmptyState
          py="lg"
          size="sm"
          icon={<IconCalendarOff size={24} aria-hidden="true" />}
          withIndicatorBackground
          title="No upcoming closures"
          description="The weekly opening hours apply every day."
        />
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-label="Upcoming special days">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Hours</Table.Th>
                <Table.Th scope="col">Reason</Table.Th>
                <Table.Th scope="col" w={48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.data.items.map((day) => (
                <Table.Tr key={day.id}>
                  <Table.Td className="tabular" style={{ whiteSpace: "nowrap" }}>
                    {longDate(day.date)}
                  </Table.Td>
                  <Table.Td className="tabular">
                    {day.closed ? (
                      <Badge color="slate" variant="light">
                        Closed
                      </Badge>
                    ) : (
                      day.hours.map((h) => `${h.opens}–${h.closes}`).join(", ")
                    )}
                  </Table.Td>
                  <Table.Td>
                    {day.reason || (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Delete">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete special day ${calendarDate(day.date)}`}
                        onClick={() => setDeleting(day)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SpecialDayModal
        locationId={location.id}
        locationName={location.name}
        today={today}
        opened={adding}
        onClose={addModal.close}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this special day?"
        confirmLabel="Delete special day"
        destructive
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        {deleting &&
          `${longDate(deleting.date)} will follow the usual weekly hours at ${location.name} again.`}
      </ConfirmDialog>
    </SettingsSection>
  );
}
