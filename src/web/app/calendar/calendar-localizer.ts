import type { Formats } from "react-big-calendar";
import { DateLocalizer } from "react-big-calendar/lib/localizer";
import type { Formatter } from "../../../domain/time/format.ts";
import { wallClockToEpoch } from "../../../domain/time/zoned.ts";
import { calendarDateKey, fromCalendarDate } from "./location-time.ts";

/**
 * The calendar's localizer: react-big-calendar's own wall-clock arithmetic on fake local dates
 * (see location-time.ts), with every label written by the location's formatter, so the grid, the
 * event times and the headers all read the location's clock whatever the browser's zone.
 */
export function createCalendarLocalizer(formatter: Formatter): DateLocalizer {
  const zone = formatter.timeZone;
  const at = (date: Date) => fromCalendarDate(date, zone);
  const noonOf = (date: Date) => wallClockToEpoch(calendarDateKey(date), 12 * 60, zone);
  const dayLabel = new Intl.DateTimeFormat(formatter.locale, {
    timeZone: zone,
    weekday: "short",
    day: "numeric",
  });
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  const range = ({ start, end }: { start: Date; end: Date }) =>
    formatter.timeRange(at(start), at(end));

  const formats: Formats = {
    timeGutterFormat: (date) => formatter.time(at(date)),
    eventTimeRangeFormat: range,
    eventTimeRangeStartFormat: ({ start }) => `${formatter.time(at(start))} –`,
    eventTimeRangeEndFormat: ({ end }) => `– ${formatter.time(at(end))}`,
    selectRangeFormat: range,
    dayFormat: (date) => plain(dayLabel.format(noonOf(date))),
    weekdayFormat: (date) => formatter.weekday(noonOf(date)),
    dateFormat: (date) => String(date.getDate()),
    dayHeaderFormat: (date) => formatter.weekdayDate(noonOf(date)),
    dayRangeHeaderFormat: ({ start, end }) =>
      `${formatter.weekdayDate(noonOf(start))} – ${formatter.weekdayDate(noonOf(end))}`,
    monthHeaderFormat: (date) => formatter.date(noonOf(date)),
    agendaHeaderFormat: ({ start, end }) =>
      `${formatter.date(noonOf(start))} – ${formatter.date(noonOf(end))}`,
    agendaDateFormat: (date) => formatter.weekdayDate(noonOf(date)),
    agendaTimeFormat: (date) => formatter.time(at(date)),
    agendaTimeRangeFormat: range,
  };

  return new DateLocalizer({
    formats,
    // Weeks start on Monday (ISO 8601, as in the UK).
    firstOfWeek: () => 1,
    // Only reached for a format given as a string; every format above is a function.
    format: (value) => {
      const date =
        value instanceof Date
          ? value
          : "start" in Object(value)
            ? (value as { start: Date }).start
            : new Date(value as string | number);
      return formatter.dateTime(at(date));
    },
  });
}
