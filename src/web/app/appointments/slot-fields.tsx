import { Group, type MantineSize, Select, SimpleGrid, Text } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import type { GetInputPropsReturnType } from "@mantine/form";
import { IconCalendar, IconClock, IconInfoCircle } from "@tabler/icons-react";
import { useMemo } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { DayView } from "../../../shared/contracts/appointments.ts";
import { busyRooms, startInstant, timeOptions } from "./slot-times.ts";

/** The "when, who and where" of a booking or a move. */
export interface SlotValues {
  date: string;
  time: string;
  practitionerId: string | null;
  roomId: string | null;
}

interface SlotFieldsProps {
  values: SlotValues;
  inputProps: (field: keyof SlotValues) => GetInputPropsReturnType;
  /** The day chosen in the form (its practitioners, rooms and bookings); may still be loading. */
  day: DayView;
  formatter: Formatter;
  durationMin: number | null;
  /** Whether the service needs a room; null before a service is chosen. */
  needsRoom: boolean | null;
  size?: MantineSize;
  /** The appointment being moved, so it does not count against its own room. */
  ignoreId?: string;
}

/** Date, start time (15-minute steps), practitioner and room, with the end time worked out. */
export function SlotFields(props: SlotFieldsProps) {
  const { values, inputProps, day, formatter, durationMin, needsRoom, ignoreId, size } = props;
  const zone = day.location.timeZone;
  const times = useMemo(() => timeOptions(values.date, formatter), [values.date, formatter]);
  const start = startInstant(values.date, values.time, zone);
  const end = start !== null && durationMin ? start + durationMin * 60_000 : null;
  const busy =
    start !== null && end !== null
      ? busyRooms(day.appointments, start, end, ignoreId)
      : new Set<string>();
  const practitioner = day.practitioners.find((p) => p.id === values.practitionerId);
  const sameDay = day.date === values.date;
  const clash =
    sameDay && start !== null && end !== null
      ? day.appointments.find(
          (a) =>
            a.practitioner.id === values.practitionerId &&
            a.id !== ignoreId &&
            a.status !== "cancelled" &&
            Date.parse(a.busyFrom) < end &&
            Date.parse(a.busyTo) > start,
        )
      : undefined;
  const outsideWork =
    practitioner && start !== null && end !== null && sameDay
      ? !practitioner.working.some((w) => Date.parse(w.start) <= start && Date.parse(w.end) >= end)
      : false;

  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <DatePickerInput
          size={size}
          label="Date"
          withAsterisk
          valueFormat="DD/MM/YYYY"
          leftSection={<IconCalendar size={16} aria-hidden="true" />}
          popoverProps={{ withinPortal: true }}
          {...inputProps("date")}
        />
        <Select
          size={size}
          label="Start time"
          withAsterisk
          searchable
          allowDeselect={false}
          data={times}
          maxDropdownHeight={260}
          leftSection={<IconClock size={16} aria-hidden="true" />}
          nothingFoundMessage="Use a time like 10:15"
          {...inputProps("time")}
        />
      </SimpleGrid>
      {start !== null && end !== null && (
        <Group gap={6} c="dimmed" wrap="nowrap" aria-live="polite">
          <IconInfoCircle size={16} aria-hidden="true" style={{ flex: "none" }} />
          <Text size="sm" className="tabular">
            {formatter.timeRange(start, end)} · {durationMin} min
            {clash && (
              <Text span c="orange.8" size="sm">
                {` · ${practitioner?.name} is busy ${formatter.timeRange(Date.parse(clash.busyFrom), Date.parse(clash.busyTo))} (${clash.client.name})`}
              </Text>
            )}
          </Text>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          size={size}
          label="Practitioner"
          withAsterisk
          placeholder="Choose a practitioner"
          allowDeselect={false}
          data={day.practitioners.map((p) => ({
            value: p.id,
            label:
              p.working.length === 0 && day.date === values.date
                ? `${p.name} (not working)`
                : p.name,
          }))}
          description={
            outsideWork ? `${practitioner?.name} is not working at this time` : undefined
          }
          inputWrapperOrder={["label", "input", "description", "error"]}
          {...inputProps("practitionerId")}
        />
        <Select
          size={size}
          label="Room"
          withAsterisk={needsRoom === true}
          clearable={needsRoom === false}
          placeholder={
            needsRoom === null
              ? "Choose a service first"
              : needsRoom
                ? "Choose a room"
                : "No room needed"
          }
          data={day.rooms.map((r) => ({
            value: r.id,
            label: busy.has(r.id) ? `${r.name} (in use)` : r.name,
          }))}
          nothingFoundMessage="This location has no rooms"
          {...inputProps("roomId")}
        />
      </SimpleGrid>
    </>
  );
}
