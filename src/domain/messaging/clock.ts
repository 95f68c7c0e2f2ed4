import { Temporal } from "temporal-polyfill";
import { parseLocalTime } from "../time/zoned.ts";

/**
 * Wall-clock arithmetic in a location's zone. Message times are "N days before/after at 09:30"
 * or "48 hours earlier on the clock", so they stay at the same local time across the March and
 * October clock changes.
 */

const zoned = (epochMs: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);

/** The local calendar date of an instant. */
export function localDateOf(epochMs: number, zone: string): Temporal.PlainDate {
  return zoned(epochMs, zone).toPlainDate();
}

/** `time` ("HH:MM") on `date` in `zone`; a time in a spring-forward gap moves forward. */
export function atLocalTime(date: Temporal.PlainDate, time: string, zone: string): number {
  const minutes = parseLocalTime(time);
  const plain = date.toPlainDateTime(
    new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60),
  );
  return plain.toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
}

/** The same local clock time `hours` earlier: 10:00 GMT Monday less 48 h is 10:00 BST Saturday. */
export function wallClockHoursBefore(epochMs: number, hours: number, zone: string): number {
  return zoned(epochMs, zone)
    .toPlainDateTime()
    .subtract({ hours })
    .toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
}

export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

/**
 * Moves an instant inside the quiet window to the window's end (local): with 20:00–09:00, 21:15
 * becomes 09:00 the next morning and 07:00 becomes 09:00 the same day. A window whose start is
 * before its end (13:00–14:00) is a same-day window.
 */
export function afterQuietHours(epochMs: number, quiet: QuietHours, zone: string): number {
  if (!quiet.enabled || quiet.start === quiet.end) return epochMs;
  const here = zoned(epochMs, zone);
  const minutes = here.hour * 60 + here.minute;
  const start = parseLocalTime(quiet.start);
  const end = parseLocalTime(quiet.end);
  const date = here.toPlainDate();
  if (start > end) {
    if (minutes >= start) return atLocalTime(date.add({ days: 1 }), quiet.end, zone);
    if (minutes < end) return atLocalTime(date, quiet.end, zone);
    return epochMs;
  }
  return minutes >= start && minutes < end ? atLocalTime(date, quiet.end, zone) : epochMs;
}
