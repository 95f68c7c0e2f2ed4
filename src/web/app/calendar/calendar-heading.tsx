import { Group } from "@mantine/core";
import { IconClock } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import { addDays, epochToLocal, wallClockToEpoch } from "../../../domain/time/zoned.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import type { BookingDraft } from "../appointments/booking-modal.tsx";
import { localParts, longDate } from "../appointments/slot-times.ts";
import type { CalendarMode } from "./calendar-model.ts";

/** "Wednesday 25 November 2026" for a day; "23–29 November 2026" for a week or two. */
export function calendarHeading(
  mode: CalendarMode,
  date: string,
  range: { from: string; days: number },
  formatter: Formatter,
): string {
  if (mode === "day") return longDate(date, formatter);
  const noon = (d: string) => wallClockToEpoch(d, 12 * 60, formatter.timeZone);
  return new Intl.DateTimeFormat(formatter.locale, {
    timeZone: formatter.timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  })
    .formatRange(noon(range.from), noon(addDays(range.from, range.days - 1)))
    .replace(/[\u00a0\u2009\u202f]/g, " ");
}

/** The line under the heading: the location and that day's hours, or how much is booked. */
export function CalendarDescription(props: {
  view: CalendarView;
  mode: CalendarMode;
  formatter: Formatter;
}) {
  const { view, mode, formatter } = props;
  const day = mode === "day" ? view.days[0] : undefined;
  const booked = view.appointments.filter((a) => a.status !== "cancelled").length;
  const text = day
    ? day.closed
      ? `Closed${day.reason ? ` — ${day.reason}` : ""}`
      : `Open ${day.hours.map((h) => formatter.timeRange(Date.parse(h.start), Date.parse(h.end))).join(", ")}`
    : `${booked === 1 ? "1 appointment" : `${booked} appointments`} booked`;
  return (
    <Group gap={6} component="span" wrap="nowrap">
      <IconClock size={16} aria-hidden="true" />
      <span className="tabular">
        {view.location.name} · {text}
      </span>
    </Group>
  );
}

/**
 * "New appointment" starts at the next quarter-hour today (when today is shown), otherwise at
 * opening time on the day shown or the first day of the week.
 */
export function newDraft(
  view: CalendarView,
  date: string,
  mode: CalendarMode,
  now: number,
): BookingDraft {
  const zone = view.location.timeZone;
  const today = epochToLocal(now, zone).date;
  const shown = view.days.map((d) => d.date);
  const target = mode === "day" ? date : shown.includes(today) ? today : view.from;
  const opens = view.days.find((d) => d.date === target)?.hours[0];
  const nextQuarter = target === today ? Math.ceil(now / 900_000) * 900_000 : 0;
  const start = Math.max(opens ? Date.parse(opens.start) : 0, nextQuarter) || null;
  const parts = start ? localParts(start, zone) : { date: target, time: "09:00" };
  const only = view.practitioners.length === 1 ? (view.practitioners[0]?.id ?? null) : null;
  return { date: parts.date, time: parts.time, practitionerId: only, roomId: null };
}
