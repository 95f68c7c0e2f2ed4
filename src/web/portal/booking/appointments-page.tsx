import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type { PortalAppointment } from "../../../shared/contracts/portal-booking.ts";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { appointmentsQuery } from "./booking-api.ts";
import { CancelDialog } from "./cancel-dialog.tsx";
import { RescheduleDialog } from "./reschedule-dialog.tsx";

const route = getRouteApi("/portal/$slug");

const STATUS: Record<PortalAppointment["status"], string> = {
  booked: "Booked",
  completed: "Done",
  cancelled: "Cancelled",
  no_show: "Missed",
};

/** "Your appointments": upcoming ones with Reschedule and Cancel, then past ones. */
export function AppointmentsPage() {
  const { slug } = route.useParams();
  const list = useQuery(appointmentsQuery(slug));
  const [moving, setMoving] = useState<PortalAppointment | null>(null);
  const [cancelling, setCancelling] = useState<PortalAppointment | null>(null);
  useEffect(() => {
    document.title = "Your appointments";
  }, []);
  if (list.isPending) return <PageLoader label="Loading your appointments" />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { upcoming, past } = list.data;
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Your appointments
      </Title>
      <Stack gap="sm" component="section" aria-labelledby="upcoming-heading">
        <Title order={2} fz="h4" id="upcoming-heading">
          Coming up
        </Title>
        {upcoming.length === 0 ? (
          <Text c="gray.7">You have no appointments coming up.</Text>
        ) : (
          upcoming.map((a) => (
            <AppointmentCard key={a.id} a={a}>
              {a.canChange ? (
                <Group gap="xs">
                  <Button
                    variant="default"
                    onClick={() => setMoving(a)}
                    aria-label={`Reschedule ${a.when}`}
                  >
                    Reschedule
                  </Button>
                  <Button
                    variant="default"
                    c="red.9"
                    onClick={() => setCancelling(a)}
                    aria-label={`Cancel ${a.when}`}
                  >
                    Cancel
                  </Button>
                </Group>
              ) : (
                a.changeNote && (
                  <Text size="sm" c="gray.7">
                    {a.changeNote}
                  </Text>
                )
              )}
            </AppointmentCard>
          ))
        )}
      </Stack>
      {past.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="past-heading">
          <Title order={2} fz="h4" id="past-heading">
            Past
          </Title>
          {past.map((a) => (
            <AppointmentCard key={a.id} a={a} />
          ))}
        </Stack>
      )}
      <RescheduleDialog slug={slug} appointment={moving} onClose={() => setMoving(null)} />
      <CancelDialog slug={slug} appointment={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}

function AppointmentCard({ a, children }: { a: PortalAppointment; children?: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Text fw={600}>{a.when}</Text>
            <Text size="sm" c="gray.7">
              {a.serviceName}
              {a.courseSession ? ` · session ${a.courseSession}` : ""} with {a.practitioner.name},{" "}
              {a.location.name}
            </Text>
          </Stack>
          <Badge
            variant="outline"
            color={a.status === "booked" ? "teal.9" : "gray.8"}
            style={{ flexShrink: 0 }}
          >
            {STATUS[a.status]}
          </Badge>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
