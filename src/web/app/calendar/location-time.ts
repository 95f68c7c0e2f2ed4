import { epochToLocal, wallClockToEpoch } from "../../../domain/time/zoned.ts";

/**
 * react-big-calendar places events with `Date`s read in the browser's own zone. Every Stipple
 * time must show in the location's zone instead, so the calendar is given "fake local" dates: a
 * `Date` whose browser-local reading (year … minute) equals the location's wall clock. These two
 * functions are the only crossing between real instants and those dates (ADR 0010).
 *
 * The one thing a fake date cannot hold is a wall-clock time that does not exist in the browser's
 * own zone (the hour its clocks skip in spring, at night): such a time shows an hour later.
 */
export function toCalendarDate(epochMs: number, zone: string): Date {
  const local = epochToLocal(epochMs, zone);
  const [y, m, d] = local.date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, local.minutes);
}

/** The instant a fake local date stands for at the location (see `toCalendarDate`). */
export function fromCalendarDate(date: Date, zone: string): number {
  return wallClockToEpoch(calendarDateKey(date), date.getHours() * 60 + date.getMinutes(), zone);
}

/** A fake local date's calendar date at the location, YYYY-MM-DD. */
export function calendarDateKey(date: Date): string {
  const mm = String(date.getMonth() + 1).padStart(2, "0");
  const dd = String(date.getDate()).padStart(2, "0");
  return `${String(date.getFullYear()).padStart(4, "0")}-${mm}-${dd}`;
}

/** Midnight of a YYYY-MM-DD date (plus `minutes`) as a fake local date. */
export function calendarDateOf(date: string, minutes = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, minutes);
}
