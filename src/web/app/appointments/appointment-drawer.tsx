import { Badge, Box, Button, DataList, Drawer, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowsMove, IconCalendarX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { AnchorLink } from "../../components/links.tsx";
import { SessionEntryButton } from "../sessions/session-entry-button.tsx";
import { AppointmentCalendarActions } from "./appointment-calendar-actions.tsx";
import { MoveForm } from "./move-form.tsx";
import { statusInfo } from "./status.ts";

interface AppointmentDrawerProps {
  appointment: Appointment | null;
  view: DayView;
  locationKey: string | undefined;
  formatter: Formatter;
  onClose: () => void;
  onCancel: (appointment: Appointment) => void;
  onMoved: (appointment: Appointment) => void;
}

/** An appointment's details, with "Move" and "Cancel appointment" while it is still booked. */
export function AppointmentDrawer(props: AppointmentDrawerProps) {
  const { appointment: a, view, locationKey, formatter, onClose, onCancel, onMoved } = props;
  const [moving, setMoving] = useState(false);
  const id = a?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: another appointment starts on its details
  useEffect(() => setMoving(false), [id]);

  return (
    <Drawer
      opened={a !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={moving ? "Move appointment" : "Appointment details"}
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {a &&
        (moving ? (
          <MoveForm
            appointment={a}
            view={view}
            locationKey={locationKey}
            formatter={formatter}
            needsRoom={
              view.services.find((s) => s.id === a.service.id)?.needsRoom ?? a.room !== null
            }
            onBack={() => setMoving(false)}
            onMoved={onMoved}
          />
        ) : (
          <Details
            appointment={a}
            view={view}
            formatter={formatter}
            onMove={() => setMoving(true)}
            onCancel={() => onCancel(a)}
          />
        ))}
    </Drawer>
  );
}

interface DetailsProps {
  appointment: Appointment;
  view: DayView;
  formatter: Formatter;
  onMove: () => void;
  onCancel: () => void;
}

function Details({ appointment: a, view, formatter, onMove, onCancel }: DetailsProps) {
  const start = Date.parse(a.startsAt);
  const end = Date.parse(a.endsAt);
  const minutes = Math.round((end - start) / 60_000);
  const status = statusInfo[a.status];
  const colour = view.practitioners.find((p) => p.id === a.practitioner.id)?.colour;
  const cancelled = a.status === "cancelled";

  return (
    <Stack gap="lg">
      <Box
        p="md"
        style={{
          borderRadius: "var(--mantine-radius-md)",
          borderLeft: `4px solid ${cancelled ? "var(--mantine-color-slate-4)" : a.service.colour}`,
          background: `color-mix(in srgb, ${a.service.colour} 9%, var(--mantine-color-body))`,
        }}
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} miw={0}>
            <Title order={3} fz="lg" className={cancelled ? "visually-struck" : undefined}>
              {a.service.name}
            </Title>
            <Text fw={600} className="tabular">
              {formatter.weekdayDate(start)}
            </Text>
            <Text size="sm" c="dimmed" className="tabular">
              {formatter.timeRange(start, end)} · {minutes} min
            </Text>
          </Stack>
          <Badge variant="light" color={status.colour} size="lg" style={{ flex: "none" }}>
            {status.label}
          </Badge>
        </Group>
      </Box>

      <DataList labelWidth={110} gap="sm" withDivider>
        <DataList.Item>
          <DataList.ItemLabel>Client</DataList.ItemLabel>
          <DataList.ItemValue>
            <AnchorLink to="/clients/$clientId" params={{ clientId: a.client.id }} fw={600}>
              {a.client.name}
            </AnchorLink>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Practitioner</DataList.ItemLabel>
          <DataList.ItemValue>
            <Group gap={8} wrap="nowrap">
              {colour && (
                <Box
                  w={10}
                  h={10}
                  bg={colour}
                  style={{ borderRadius: "50%", flex: "none" }}
                  aria-hidden="true"
                />
              )}
              {a.practitioner.name}
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Room</DataList.ItemLabel>
          <DataList.ItemValue>{a.room?.name ?? "No room"}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Location</DataList.ItemLabel>
          <DataList.ItemValue>{a.location.name}</DataList.ItemValue>
        </DataList.Item>
        {a.busyFrom !== a.startsAt || a.busyTo !== a.endsAt ? (
          <DataList.Item>
            <DataList.ItemLabel>Time held</DataList.ItemLabel>
            <DataList.ItemValue className="tabular">
              {formatter.timeRange(Date.parse(a.busyFrom), Date.parse(a.busyTo))}, with preparation
              and clean-up
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
        <DataList.Item>
          <DataList.ItemLabel>Notes</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: "pre-wrap" }} c={a.notes ? undefined : "dimmed"}>
            {a.notes || "None"}
          </DataList.ItemValue>
        </DataList.Item>
        {cancelled && (
          <DataList.Item>
            <DataList.ItemLabel>Reason</DataList.ItemLabel>
            <DataList.ItemValue c={a.cancelReason ? undefined : "dimmed"}>
              {a.cancelReason || "No reason given"}
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>

      <SessionEntryButton appointment={a} />
      {a.status === "booked" && (
        <Group gap="sm">
          <Button
            variant="default"
            size="md"
            leftSection={<IconArrowsMove size={18} />}
            onClick={onMove}
          >
            Move
          </Button>
          <Button
            color="red"
            variant="light"
            size="md"
            leftSection={<IconCalendarX size={18} />}
            onClick={onCancel}
          >
            Cancel appointment
          </Button>
        </Group>
      )}
      {a.status === "booked" && <AppointmentCalendarActions appointmentId={a.id} />}
    </Stack>
  );
}
