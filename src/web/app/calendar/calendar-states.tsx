import { Box, Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarOff, IconCalendarPlus, IconDoorExit, IconUserOff } from "@tabler/icons-react";
import { ButtonLink } from "../../components/links.tsx";

/** The calendar's shape while it loads: a time axis and three columns of soft blocks. */
export function CalendarSkeleton() {
  const columns = [
    [40, 120, 60],
    [90, 70],
    [20, 150],
  ];
  return (
    <Paper withBorder p={0} aria-busy="true" aria-label="Loading appointments" role="status">
      <Group gap={0} wrap="nowrap" align="stretch" style={{ overflow: "hidden" }}>
        <Stack w={64} gap={72} pt={80} px="sm" style={{ flex: "none" }}>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={10} w={36} />
          ))}
        </Stack>
        {columns.map((blocks, col) => (
          <Box
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder shapes
            key={col}
            miw={184}
            style={{ flex: 1, borderLeft: "1px solid var(--mantine-color-slate-1)" }}
          >
            <Group
              gap={8}
              p="md"
              h={56}
              style={{ borderBottom: "1px solid var(--mantine-color-slate-2)" }}
            >
              <Skeleton circle h={10} />
              <Skeleton h={12} w={110} />
            </Group>
            <Stack gap={0} p={6} h={420}>
              {blocks.map((gap, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder shapes
                <Skeleton key={i} h={72 + (i % 2) * 48} mt={gap} radius="md" />
              ))}
            </Stack>
          </Box>
        ))}
      </Group>
    </Paper>
  );
}

/** A day the location is shut and nothing is booked. */
export function ClosedDay(props: { title: string; description: string; onNext: () => void }) {
  return (
    <Paper withBorder py={64} px="xl">
      <EmptyState
        variant="light"
        color="slate"
        icon={<IconDoorExit size={28} aria-hidden="true" />}
        title={props.title}
        description={props.description}
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={props.onNext}>
            Go to the next day
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

/** No practitioner can be booked at this location yet. */
export function NoPractitioners({ manager }: { manager: boolean }) {
  return (
    <Paper withBorder py={64} px="xl">
      <EmptyState
        variant="light"
        icon={<IconUserOff size={28} aria-hidden="true" />}
        title="No practitioners to book"
        description="Appointments are booked with a practitioner. Invite your practitioners and set their working hours first."
      >
        {manager && (
          <EmptyState.Actions>
            <ButtonLink to="/settings">Open settings</ButtonLink>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Paper>
  );
}

/** A quiet note above an open day with nothing booked yet. */
export function EmptyDayNote({ onNew }: { onNew: () => void }) {
  return (
    <Paper withBorder px="md" py="sm" mb="md" bg="var(--mantine-color-body)">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <IconCalendarOff size={20} color="var(--mantine-color-slate-5)" aria-hidden="true" />
          <div>
            <Text fw={600} size="sm">
              No appointments on this day
            </Text>
            <Text size="sm" c="dimmed">
              Click a free time in the calendar, or start a new booking.
            </Text>
          </div>
        </Group>
        <Button variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={onNew}>
          Book the first one
        </Button>
      </Group>
    </Paper>
  );
}

/** Room columns at a location that has no rooms yet. */
export function NoRooms(props: { manager: boolean; onPractitioners: () => void }) {
  return (
    <Paper withBorder py={64} px="xl">
      <EmptyState
        variant="light"
        icon={<IconDoorExit size={28} aria-hidden="true" />}
        title="No rooms at this location"
        description="Add treatment rooms in Settings → Locations to see a column per room."
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={props.onPractitioners}>
            Show practitioners instead
          </Button>
          {props.manager && (
            <ButtonLink to="/settings/$" params={{ _splat: "locations" }}>
              Open settings
            </ButtonLink>
          )}
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
