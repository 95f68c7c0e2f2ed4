import { Temporal } from "temporal-polyfill";
import type { Interval } from "./interval.ts";

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock reading in one time zone. */
export interface LocalDateTime {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** Whole minutes since local midnight, 0–1439 (seconds are dropped). */
  minutes: number;
  weekday: Weekday;
}

export const MINUTES_PER_DAY = 1440;

const LOCAL_TIME = /^(\d{2}):(\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses "HH:MM" (00:00–24:00) into minutes since midnight, throwing a RangeError otherwise. */
export function parseLocalTime(text: string): number {
  const match = LOCAL_TIME.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`"${text}" is not a time of day: use HH:MM between 00:00 and 24:00`);
  }
  return hours * 60 + minutes;
}

/** Whether `text` is a valid "HH:MM" time between 00:00 and 24:00. */
export function isLocalTime(text: string): boolean {
  try {
    parseLocalTime(text);
    return true;
  } catch {
    return false;
  }
}

/** Formats minutes since midnight (0–1440) as "HH:MM"; 1440 is "24:00". */
export function formatLocalTime(minutes: number): string {
  assertMinutes(minutes);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}

/**
 * Whether `zone` is an IANA time-zone name such as "Europe/London".
 * Fixed offsets ("+01:00") are refused: a clinic's zone must carry its daylight-saving rules.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0 || /^[+-]/.test(zone)) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** The real-time bounds of a calendar day in a zone; DST days are 23 or 25 hours long. */
export function zonedDayBounds(date: string, zone: string): Interval {
  const day = parseDate(date);
  return {
    start: day.toZonedDateTime({ timeZone: zone }).epochMilliseconds,
    end: day.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds,
  };
}

/**
 * Converts a wall-clock time on a date in a zone to epoch milliseconds; 1440 minutes is the next
 * midnight. Uses "compatible" disambiguation: a time in a spring-forward gap moves forward by the
 * length of the gap (01:30 on a 01:00→02:00 day becomes 02:30), and an ambiguous fall-back time
 * takes the earlier of its two instants.
 */
export function wallClockToEpoch(date: string, minutes: number, zone: string): number {
  assertMinutes(minutes);
  const day = parseDate(date).add({ days: Math.floor(minutes / MINUTES_PER_DAY) });
  const rest = minutes % MINUTES_PER_DAY;
  const time = new Temporal.PlainTime(Math.floor(rest / 60), rest % 60);
  return day.toPlainDateTime(time).toZonedDateTime(zone, { disambiguation: "compatible" })
    .epochMilliseconds;
}

/** Reads the local date, minutes since midnight and ISO weekday of an instant in a zone. */
export function epochToLocal(epochMs: number, zone: string): LocalDateTime {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return {
    date: zoned.toPlainDate().toString(),
    minutes: zoned.hour * 60 + zoned.minute,
    weekday: zoned.dayOfWeek as Weekday,
  };
}

/** The ISO weekday (Monday = 1) of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  return parseDate(date).dayOfWeek as Weekday;
}

/** Adds `n` calendar days (may be negative) to a YYYY-MM-DD date. */
export function addDays(date: string, n: number): string {
  return parseDate(date).add({ days: n }).toString();
}

/** Every YYYY-MM-DD date from `from` to `toInclusive`; empty when `toInclusive` is earlier. */
export function eachDate(from: string, toInclusive: string): string[] {
  const last = parseDate(toInclusive);
  const dates: string[] = [];
  for (let day = parseDate(from); Temporal.PlainDate.compare(day, last) <= 0; ) {
    dates.push(day.toString());
    day = day.add({ days: 1 });
  }
  return dates;
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

function parseDate(text: string): Temporal.PlainDate {
  if (!ISO_DATE.test(text)) {
    throw new RangeError(`"${text}" is not a date: use YYYY-MM-DD`);
  }
  // Temporal rejects impossible dates such as 2026-02-30 when parsing strings.
  return Temporal.PlainDate.from(text);
}

function assertMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`${minutes} is not a number of minutes between 0 and 1440`);
  }
}
