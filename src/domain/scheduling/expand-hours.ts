import { Temporal } from "temporal-polyfill";
import { MINUTES_PER_DAY, parseLocalTime, wallClockToEpoch } from "../time/zoned.ts";
import { type IntervalArray, toIntervalArray } from "./busy-arrays.ts";
import type { TimeRange, WeeklySchedule } from "./opening-hours.ts";

const MS_PER_MINUTE = 60_000;

/**
 * A weekly schedule with its special days expanded over [fromDate, toDateExclusive) into a
 * normalised interval array of epoch minutes; the same instants as `openIntervals`.
 * Costs one Temporal conversion per day boundary: on a normal day local minute m is midnight + m;
 * only a day that is not 1,440 minutes long (a clock change) is placed range by range with
 * wallClockToEpoch, so spring-forward and fall-back follow its "compatible" rule.
 * Throws RangeError on malformed dates or times.
 */
export function expandOpenMinutes(
  schedule: WeeklySchedule,
  zone: string,
  fromDate: string,
  toDateExclusive: string,
): IntervalArray {
  const byWeekday: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const h of schedule.weekly) byWeekday[h.weekday]?.push(parseRange(h));
  const special = new Map<string, [number, number][]>();
  for (const s of schedule.special) {
    // The first entry wins when a date is listed twice, as in hoursForDate.
    if (!special.has(s.date)) special.set(s.date, s.closed ? [] : s.hours.map(parseRange));
  }

  const last = Temporal.PlainDate.from(toDateExclusive);
  let day = Temporal.PlainDate.from(fromDate);
  let dayStart = startOfDay(day, zone);
  const intervals: { start: number; end: number }[] = [];
  while (Temporal.PlainDate.compare(day, last) < 0) {
    const next = day.add({ days: 1 });
    const nextStart = startOfDay(next, zone);
    const date = day.toString();
    const ranges = special.get(date) ?? byWeekday[day.dayOfWeek] ?? [];
    const regular = nextStart - dayStart === MINUTES_PER_DAY;
    for (const [opens, closes] of ranges) {
      intervals.push(
        regular
          ? { start: dayStart + opens, end: dayStart + closes }
          : { start: toMinutes(date, opens, zone), end: toMinutes(date, closes, zone) },
      );
    }
    day = next;
    dayStart = nextStart;
  }
  return toIntervalArray(intervals);
}

function parseRange(range: TimeRange): [number, number] {
  return [parseLocalTime(range.opens), parseLocalTime(range.closes)];
}

function startOfDay(day: Temporal.PlainDate, zone: string): number {
  return Math.floor(day.toZonedDateTime({ timeZone: zone }).epochMilliseconds / MS_PER_MINUTE);
}

function toMinutes(date: string, minutes: number, zone: string): number {
  return Math.floor(wallClockToEpoch(date, minutes, zone) / MS_PER_MINUTE);
}
