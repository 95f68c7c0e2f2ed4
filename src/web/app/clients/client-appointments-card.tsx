import { Button, Card, EmptyState, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCalendarOff, IconCalendarPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ButtonLink } from "../../components/links.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { AppointmentItem } from "./appointment-item.tsx";
import { type ClientAppointment, clientAppointmentsQuery } from "./clients-api.ts";

const PAST_PREVIEW = 5;

/** The client's upcoming appointments (soonest first) and past ones (latest first). */
export function ClientAppointmentsCard({ clientId }: { clientId: string }) {
  const appointments = useQuery(clientAppointmentsQuery(clientId));
  const [showAllPast, pastToggle] = useDisclosure(false);

  const { upcoming, past } = useMemo(
    () => split(appointments.data?.items ?? [], Date.now()),
    [appointments.data],
  );
  const visiblePast = showAllPast ? past : past.slice(0, PAST_PREVIEW);

  return (
    <Card component="section" aria-labelledby="client-appointments-title">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} fz="lg" id="client-appointments-title">
          Appointments
        </Title>
        <ButtonLink
          to="/appointments"
          search={{ clientId }}
          size="sm"
          leftSection={<IconCalendarPlus size={16} />}
        >
          Book appointment
        </ButtonLink>
      </Group>

      {appointments.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading appointments">
          <Skeleton h={64} />
          <Skeleton h={64} />
          <Skeleton h={64} />
        </Stack>
      ) : appointments.isError ? (
        <QueryError
          error={appointments.error}
          onRetry={() => void appointments.refetch()}
          title="Could not load appointments"
        />
      ) : upcoming.length === 0 && past.length === 0 ? (
        <EmptyState
          py="xl"
          size="sm"
          withIndicatorBackground
          icon={<IconCalendarOff size={24} aria-hidden="true" />}
          title="No appointments yet"
          description="Book a consultation to start this client's journey."
        />
      ) : (
        <Stack gap="lg">
          <AppointmentGroup title="Upcoming" items={upcoming} empty="Nothing booked." />
          {past.length > 0 && (
            <Stack gap="xs">
              <AppointmentGroup title="Past" items={visiblePast} empty="" />
              {past.length > PAST_PREVIEW && (
                <Button variant="subtle" size="xs" onClick={pastToggle.toggle} w="fit-content">
                  {showAllPast ? "Show fewer" : `Show all ${past.length} past appointments`}
                </Button>
              )}
            </Stack>
          )}
        </Stack>
      )}
    </Card>
  );
}

function AppointmentGroup({
  title,
  items,
  empty,
}: {
  title: string;
  items: ClientAppointment[];
  empty: string;
}) {
  const id = `appointments-${title.toLowerCase()}`;
  return (
    <Stack gap="xs">
      <Text id={id} size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.6}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-labelledby={id}>
          {items.map((a) => (
            <AppointmentItem key={a.id} appointment={a} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function split(items: ClientAppointment[], now: number) {
  const upcoming = items
    .filter((a) => Date.parse(a.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = items
    .filter((a) => Date.parse(a.endsAt) <= now)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}
