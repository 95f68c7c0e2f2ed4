import { createFormatter } from "../time/format.ts";
import { type Interval, mergeIntervals } from "../time/interval.ts";
import {
  eachDate,
  isIsoDate,
  parseLocalTime,
  type Weekday,
  wallClockToEpoch,
  weekdayOf,
  zonedDayBounds,
} from "../time/zoned.ts";

export type { Weekday } from "../time/zoned.ts";

/** Local opening and closing times, "HH:MM"; closes must be after opens on the same day. */
export interface TimeRange {
  opens: string;
  closes: string;
}

export interface DayHours extends TimeRange {
  weekday: Weekday;
}

/** closed = true: shut all day; otherwise `hours` replace that weekday's usual hours. */
export interface SpecialDay {
  date: string;
  closed: boolean;
  hours: TimeRange[];
  reason?: string;
}

export interface WeeklySchedule {
  weekly: DayHours[];
  special: SpecialDay[];
}

export interface DayOpening {
  /** True when there are no hours at all that day. */
  closed: boolean;
  /** The day's hours sorted by opening time; empty when closed. */
  hours: TimeRange[];
  /** The special day that replaced the usual weekly hours, if any. */
  special?: SpecialDay;
}

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
  6: "Saturday",
  7: "Sunday",
};

/** Checks weekly hours and returns one plain-English message per problem (empty when valid). */
export function validateWeeklyHours(hours: readonly DayHours[]): string[] {
  const messages: string[] = [];
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
    const ranges = hours.filter((h) => h.weekday === weekday);
    messages.push(...validateRanges(WEEKDAY_NAMES[weekday], ranges));
  }
  for (const h of hours) {
    if (!(h.weekday in WEEKDAY_NAMES)) {
      messages.push(`${String(h.weekday)} is not a day of the week: use 1 (Monday) to 7 (Sunday)`);
    }
  }
  return messages;
}

/** Checks special days (dates, duplicates and hours) and returns one message per problem. */
export function validateSpecialDays(special: readonly SpecialDay[]): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const day of special) {
    if (!isIsoDate(day.date)) {
      messages.push(`"${day.date}" is not a date: use YYYY-MM-DD`);
      continue;
    }
    const label = displayDate(day.date);
    if (seen.has(day.date)) messages.push(`${label} is listed more than once as a special day`);
    seen.add(day.date);
    if (!day.closed) messages.push(...validateRanges(label, day.hours));
  }
  return messages;
}

/** The hours that apply on one YYYY-MM-DD date: a special day if listed, else the weekly hours. */
export function hoursForDate(schedule: WeeklySchedule, date: string): DayOpening {
  // The first entry wins when a date is listed twice; validateSpecialDays reports duplicates.
  const special = schedule.special.find((s) => s.date === date);
  const weekday = weekdayOf(date);
  const ranges = special
    ? special.closed
      ? []
      : special.hours
    : schedule.weekly.filter((h) => h.weekday === weekday);
  const hours = ranges
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => parseLocalTime(a.opens) - parseLocalTime(b.opens));
  return special
    ? { closed: hours.length === 0, hours, special }
    : { closed: hours.length === 0, hours };
}

/**
 * The open periods between two dates (inclusive) as sorted, merged epoch intervals.
 * Each range is placed on the local wall clock, so 09:00–18:00 is 9 h of real time even on a
 * clock-change day; times in a spring-forward gap move forward (see wallClockToEpoch).
 * Throws RangeError on malformed times; run the validators when hours are saved.
 */
export function openIntervals(
  schedule: WeeklySchedule,
  zone: string,
  fromDate: string,
  toDateInclusive: string,
): Interval[] {
  const intervals: Interval[] = [];
  for (const date of eachDate(fromDate, toDateInclusive)) {
    for (const range of hoursForDate(schedule, date).hours) {
      intervals.push(rangeToInterval(date, range, zone));
    }
  }
  return mergeIntervals(intervals);
}

/** The epoch interval of one local time range on a date in a zone. */
export function rangeToInterval(date: string, range: TimeRange, zone: string): Interval {
  const start = wallClockToEpoch(date, parseLocalTime(range.opens), zone);
  const end = wallClockToEpoch(date, parseLocalTime(range.closes), zone);
  return { start, end };
}

function validateRanges(label: string, ranges: readonly TimeRange[]): string[] {
  const messages: string[] = [];
  const valid: { opens: number; closes: number; text: string }[] = [];
  for (const { opens, closes } of ranges) {
    const start = tryParse(opens);
    const end = tryParse(closes);
    if (start === null)
      messages.push(`${label}: opening time "${opens}" is not a time (use HH:MM)`);
    if (end === null) messages.push(`${label}: closing time "${closes}" is not a time (use HH:MM)`);
    if (start === null || end === null) continue;
    if (end <= start) {
      messages.push(`${label}: closing time ${closes} must be after opening time ${opens}`);
      continue;
    }
    valid.push({ opens: start, closes: end, text: `${opens}–${closes}` });
  }
  valid.sort((a, b) => a.opens - b.opens || a.closes - b.closes);
  for (const [i, earlier] of valid.entries()) {
    for (const later of valid.slice(i + 1)) {
      if (later.opens < earlier.closes) {
        messages.push(`${label}: ${earlier.text} overlaps ${later.text}`);
      }
    }
  }
  return messages;
}

function tryParse(text: string): number | null {
  try {
    return parseLocalTime(text);
  } catch {
    return null;
  }
}

function displayDate(date: string): string {
  // A calendar date has no zone; render its UTC midnight in UTC to get the house date format.
  return createFormatter({ timeZone: "UTC" }).date(zonedDayBounds(date, "UTC").start);
}
