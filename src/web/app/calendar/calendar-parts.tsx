import { Badge, Group, Stack, Text, VisuallyHidden } from "@mantine/core";
import type { CSSProperties } from "react";
import type { HeaderProps, ResourceHeaderProps } from "react-big-calendar";
import type { Formatter } from "../../../domain/time/format.ts";
import { wallClockToEpoch } from "../../../domain/time/zoned.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import { statusInfo } from "../appointments/status.ts";
import classes from "./calendar.module.css";
import type { CalendarEvent, CalendarResource } from "./calendar-model.ts";
import { calendarDateKey } from "./location-time.ts";

/** How much of an event fits its height (`rowPx` a quarter-hour): one line, two, three or all. */
export function eventSize(minutes: number, rowPx: number): "xs" | "sm" | "md" | "lg" {
  const lines = Math.floor(((minutes / 15) * rowPx - 6) / 16.5);
  return lines < 2 ? "xs" : lines < 3 ? "sm" : lines < 4 ? "md" : "lg";
}

/**
 * An appointment on the grid: time, client, service (and who, in week views) and its course
 * session. Height picks the lines shown; narrow week columns drop the time (see the CSS).
 */
export function EventContent(props: {
  event: CalendarEvent;
  formatter: Formatter;
  showPractitioner: boolean;
  /** Pixels per quarter-hour in this view (see calendar.module.css). */
  rowPx: number;
}) {
  const { event, formatter, showPractitioner, rowPx } = props;
  const a = event.appointment;
  const start = Date.parse(a.startsAt);
  const end = Date.parse(a.endsAt);
  const meta = [a.service.name, showPractitioner ? a.practitioner.name : a.room?.name]
    .filter(Boolean)
    .join(" · ");
  const status = a.status !== "booked" ? statusInfo[a.status] : null;
  const time = formatter.timeRange(start, end);
  // One spoken name for the whole block, e.g. "10:00–10:45, Jane Smith, Consultation, Room 1".
  const label = [
    time,
    a.client.name,
    a.service.name,
    showPractitioner ? a.practitioner.name : a.room?.name,
    event.session && `Session ${event.session.number} of ${event.session.of}`,
    status?.label,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <span className={classes.event} data-size={eventSize((end - start) / 60_000, rowPx)}>
      <VisuallyHidden>{label}</VisuallyHidden>
      <span className={classes.visual} aria-hidden="true">
        <span className={classes.time}>{time}</span>
        <span className={classes.client}>{a.client.name}</span>
        <span className={classes.initials} aria-hidden="true">
          {initials(a.client.name)}
        </span>
        <span className={classes.meta}>{meta}</span>
        {(event.session || status) && (
          <span className={classes.badges}>
            {event.session && (
              <span className={classes.badge}>
                <span className={classes.long}>Session </span>
                {event.session.number}
                <span className={classes.long}> of</span>
                <span className={classes.short}>/</span>
                {event.session.of}
              </span>
            )}
            {status && (
              <Badge size="xs" variant="light" color={status.colour} className={classes.status}>
                {status.label}
              </Badge>
            )}
          </span>
        )}
      </span>
    </span>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase())
    .slice(0, 2)
    .join("");

/** A day-view column: the practitioner's colour, name and hours that day (or a room's name). */
export function ResourceHeader(props: {
  header: ResourceHeaderProps<CalendarResource>;
  view: CalendarView;
  formatter: Formatter;
}) {
  const { resource } = props.header;
  const practitioner = props.view.practitioners.find((p) => p.id === resource.id);
  const hours = practitioner
    ? practitioner.working.length === 0
      ? "Not working"
      : practitioner.working
          .map((w) => props.formatter.timeRange(Date.parse(w.start), Date.parse(w.end)))
          .join(", ")
    : null;
  return (
    <Stack gap={2} miw={0}>
      <Group gap={8} wrap="nowrap" miw={0}>
        {resource.colour && (
          <span
            className={classes.dot}
            style={{ "--c": resource.colour } as CSSProperties}
            aria-hidden="true"
          />
        )}
        <Text fw={600} size="sm" truncate>
          {resource.title}
        </Text>
      </Group>
      {hours && (
        <Text size="xs" c="dimmed" className="tabular" truncate>
          {hours}
        </Text>
      )}
    </Stack>
  );
}

/** A week-view day heading ("Tue 20"), marked when the location is closed that day. */
export function DayHeader(props: { header: HeaderProps; view: CalendarView }) {
  const day = props.view.days.find((d) => d.date === calendarDateKey(props.header.date));
  return (
    <Stack gap={2} miw={0}>
      <Text fw={600} size="sm" className="tabular" truncate>
        {props.header.label}
      </Text>
      {day?.closed && (
        <Text size="xs" c="dimmed" truncate title={day.reason}>
          {day.reason ? `Closed · ${day.reason}` : "Closed"}
        </Text>
      )}
    </Stack>
  );
}

/** The corner above the time axis: the zone's short name on the first day ("GMT", "BST"). */
export function ZoneCorner(props: { view: CalendarView; formatter: Formatter }) {
  const noon = wallClockToEpoch(props.view.from, 12 * 60, props.formatter.timeZone);
  const name =
    new Intl.DateTimeFormat(props.formatter.locale, {
      timeZone: props.formatter.timeZone,
      timeZoneName: "short",
    })
      .formatToParts(noon)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  return (
    <abbr className={classes.zone} title={`Times in ${props.formatter.timeZone}`}>
      {name}
    </abbr>
  );
}
