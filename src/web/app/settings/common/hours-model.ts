import { validateWeeklyHours } from "../../../../domain/scheduling/opening-hours.ts";
import {
  formatLocalTime,
  isLocalTime,
  parseLocalTime,
  type Weekday,
} from "../../../../domain/time/zoned.ts";
import { ApiError } from "../../../lib/api.ts";

export interface TimeRange {
  opens: string;
  closes: string;
}
export interface WeeklyPeriod extends TimeRange {
  weekday: number;
}
/** One weekday in the editor; a closed day keeps its ranges so switching it back on restores them. */
export interface DayRow {
  weekday: number;
  name: string;
  open: boolean;
  ranges: TimeRange[];
}

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const DEFAULT_RANGE: TimeRange = { opens: "09:00", closes: "17:00" };

export function dayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? `Day ${weekday}`;
}

const byTime = (a: TimeRange, b: TimeRange) => a.opens.localeCompare(b.opens);

/** Editor rows (Monday first) from saved periods. */
export function toRows(hours: readonly WeeklyPeriod[]): DayRow[] {
  return WEEKDAY_NAMES.map((name, i) => {
    const ranges = hours
      .filter((h) => h.weekday === i + 1)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort(byTime);
    return { weekday: i + 1, name, open: ranges.length > 0, ranges };
  });
}

/** The periods to save: every range of every open day. */
export function fromRows(rows: readonly DayRow[]): WeeklyPeriod[] {
  return rows.flatMap((row) =>
    row.open
      ? row.ranges.map((r) => ({ weekday: row.weekday, opens: r.opens, closes: r.closes }))
      : [],
  );
}

export function sameHours(a: readonly WeeklyPeriod[], b: readonly WeeklyPeriod[]): boolean {
  const key = (list: readonly WeeklyPeriod[]) =>
    list
      .map((h) => `${h.weekday}|${h.opens}|${h.closes}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}

/** Switching a day on gives it the hours of the nearest open day before it, or 09:00–17:00. */
export function openDay(rows: DayRow[], weekday: number): DayRow[] {
  const before = rows.filter((r) => r.weekday < weekday && r.open && r.ranges.length > 0).at(-1);
  return rows.map((r) => {
    if (r.weekday !== weekday) return r;
    const ranges = r.ranges.length > 0 ? r.ranges : (before?.ranges ?? [DEFAULT_RANGE]);
    return { ...r, open: true, ranges: ranges.map((x) => ({ ...x })) };
  });
}

/**
 * "Add a break": splits the last range around its middle hour (09:00–18:00 becomes 09:00–13:00
 * and 14:00–18:00); a range too short to split gets a new range after it instead.
 */
export function addBreak(ranges: readonly TimeRange[]): TimeRange[] {
  const last = ranges.at(-1) ?? DEFAULT_RANGE;
  if (!isLocalTime(last.opens) || !isLocalTime(last.closes))
    return [...ranges, { ...DEFAULT_RANGE }];
  const start = parseLocalTime(last.opens);
  const end = parseLocalTime(last.closes);
  if (end - start >= 180) {
    const breakStart = Math.round((start + (end - start) / 2 - 30) / 60) * 60;
    const head = ranges.slice(0, -1);
    return [
      ...head,
      { opens: last.opens, closes: formatLocalTime(breakStart) },
      { opens: formatLocalTime(breakStart + 60), closes: last.closes },
    ];
  }
  const opens = Math.min(end + 60, 1380);
  return [
    ...ranges,
    { opens: formatLocalTime(opens), closes: formatLocalTime(Math.min(opens + 120, 1440)) },
  ];
}

/** Tuesday to Friday get Monday's hours (and open or closed state). */
export function copyMondayToWeekdays(rows: DayRow[]): DayRow[] {
  const monday = rows[0];
  if (!monday) return rows;
  return rows.map((r) =>
    r.weekday >= 2 && r.weekday <= 5
      ? { ...r, open: monday.open, ranges: monday.ranges.map((x) => ({ ...x })) }
      : r,
  );
}

export interface HoursProblems {
  byDay: Record<number, string[]>;
  other: string[];
}

/** Sorts "Monday: closing time … must be after …" messages onto their day. */
export function groupByDay(messages: readonly string[]): HoursProblems {
  const problems: HoursProblems = { byDay: {}, other: [] };
  for (const message of messages) {
    const index = WEEKDAY_NAMES.findIndex((name) => message.startsWith(`${name}: `));
    if (index < 0) {
      problems.other.push(message);
      continue;
    }
    const text = message.slice(WEEKDAY_NAMES[index]?.length ?? 0).replace(/^:\s*/, "");
    const list = problems.byDay[index + 1] ?? [];
    list.push(text.charAt(0).toUpperCase() + text.slice(1));
    problems.byDay[index + 1] = list;
  }
  return problems;
}

/** The same checks the server makes, before anything is sent. */
export function checkRows(rows: readonly DayRow[]): HoursProblems {
  const messages: string[] = [];
  for (const row of rows) {
    if (!row.open) continue;
    if (row.ranges.length === 0)
      messages.push(`${row.name}: add opening hours or switch the day off`);
    for (const r of row.ranges) {
      if (!r.opens || !r.closes)
        messages.push(`${row.name}: enter both an opening and a closing time`);
    }
  }
  const complete = fromRows(rows).filter((h) => h.opens && h.closes);
  messages.push(
    ...validateWeeklyHours(complete.map((h) => ({ ...h, weekday: h.weekday as Weekday }))),
  );
  return groupByDay([...new Set(messages)]);
}

/** Puts a rejected save's messages on their days ("hours.3.closes" errors too). */
export function problemsFromError(
  error: unknown,
  sent: readonly WeeklyPeriod[],
): HoursProblems | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return null;
  const messages = error.fieldErrors.map(({ field, message }) => {
    const index = /^hours\.(\d+)/.exec(field)?.[1];
    const period = index === undefined ? undefined : sent[Number(index)];
    return period && !WEEKDAY_NAMES.some((n) => message.startsWith(`${n}: `))
      ? `${dayName(period.weekday)}: ${message}`
      : message;
  });
  return groupByDay(messages);
}

/** "Mon–Fri 09:00–17:00 · Sat 10:00–14:00": a one-line summary of weekly hours. */
export function summariseHours(hours: readonly WeeklyPeriod[]): string {
  const rows = toRows(hours);
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i] as DayRow;
    const text = row.ranges.map((r) => `${r.opens}–${r.closes}`).join(", ");
    let j = i;
    while (
      j + 1 < rows.length &&
      rows[j + 1]?.ranges.map((r) => `${r.opens}–${r.closes}`).join(", ") === text
    )
      j++;
    if (text) {
      const first = row.name.slice(0, 3);
      const last = (rows[j] as DayRow).name.slice(0, 3);
      parts.push(`${i === j ? first : `${first}–${last}`} ${text}`);
    }
    i = j + 1;
  }
  return parts.join(" · ");
}

/**
 * "9" → "09:00", "930" → "09:30", "9.30" / "9:3" → "09:30", "1745" → "17:45"; anything else
 * is left as typed for validation to point out.
 */
export function normaliseTime(text: string): string {
  const t = text.trim().replace(/[.h]/i, ":");
  let match = /^(\d{1,2})(?::(\d{1,2}))?$/.exec(t);
  if (!match && /^\d{3,4}$/.test(t)) match = /^(\d{1,2})(\d{2})$/.exec(t);
  if (!match) return text.trim();
  const h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return text.trim();
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
