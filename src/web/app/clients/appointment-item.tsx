import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import { formatterFor } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import type { ClientAppointment } from "./clients-api.ts";

const statusLabel: Record<ClientAppointment["status"], { label: string; colour: string }> = {
  booked: { label: "Booked", colour: "blue" },
  completed: { label: "Completed", colour: "green" },
  cancelled: { label: "Cancelled", colour: "gray" },
  no_show: { label: "No-show", colour: "orange" },
};

/** One appointment: when (in its location's zone), what, who and where. Cancelled ones are struck. */
export function AppointmentItem({ appointment: a }: { appointment: ClientAppointment }) {
  const { clinic } = useMe();
  const formatter = formatterFor({
    locale: clinic.locale,
    currency: clinic.currency,
    timeZone: a.location.timeZone,
  });
  const start = Date.parse(a.startsAt);
  const end = Date.parse(a.endsAt);
  const cancelled = a.status === "cancelled";
  const status = statusLabel[a.status] ?? { label: a.status, colour: "gray" };
  const where = [a.room?.name, a.location.name].filter(Boolean).join(", ");

  return (
    <Box
      component="li"
      py="sm"
      px="md"
      style={{
        listStyle: "none",
        borderLeft: `4px solid ${cancelled ? "var(--mantine-color-gray-4)" : a.service.colour || "var(--mantine-primary-color-filled)"}`,
        borderRadius: "var(--mantine-radius-sm)",
        background: cancelled ? "var(--mantine-color-gray-0)" : "var(--mantine-color-body)",
      }}
      aria-label={cancelled ? `Cancelled: ${a.service.name}` : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack
          gap={2}
          miw={0}
          className={cancelled ? "visually-struck" : undefined}
          c={cancelled ? "dimmed" : undefined}
        >
          <Text fw={600} size="sm" className="tabular">
            <time dateTime={a.startsAt}>{formatter.weekdayDate(start)}</time>
            {" · "}
            {formatter.timeRange(start, end)}
          </Text>
          <Text size="sm">
            {a.service.name}
            <Text span c="dimmed" size="sm">
              {" "}
              with {a.practitioner.name}
            </Text>
          </Text>
          {where && (
            <Text size="xs" c="dimmed">
              {where}
            </Text>
          )}
        </Stack>
        <Badge variant="light" color={status.colour} style={{ flexShrink: 0 }}>
          {status.label}
        </Badge>
      </Group>
    </Box>
  );
}
