import { Temporal } from "temporal-polyfill";
import type { Wait } from "../settings/clinical-settings.ts";

/** Calendar-date helpers for screening. Dates travel as YYYY-MM-DD strings; no clock, no zone. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** The date, when `value` is a real calendar date written YYYY-MM-DD; otherwise null. */
export function parseIsoDate(value: unknown): Temporal.PlainDate | null {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return null;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" });
  } catch {
    return null;
  }
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Like `parseIsoDate`, but throws a RangeError naming the argument. */
export function requireIsoDate(value: string, name: string): Temporal.PlainDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  return date;
}

/** "24 Mar 2027". */
export function formatDay(value: string | Temporal.PlainDate): string {
  const d = typeof value === "string" ? Temporal.PlainDate.from(value) : value;
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** Compares YYYY-MM-DD strings (valid ones sort as text). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date `wait` after `from`; month arithmetic clamps to the end of a shorter month. */
export function addWait(from: string | Temporal.PlainDate, wait: Wait): string {
  const d = typeof from === "string" ? Temporal.PlainDate.from(from) : from;
  return d.add({ [wait.unit]: wait.amount }).toString();
}

/** "6 months", "1 week", "0 days". */
export function describeWait(wait: Wait): string {
  const unit = wait.amount === 1 ? wait.unit.slice(0, -1) : wait.unit;
  return `${wait.amount} ${unit}`;
}

/**
 * The birthday of someone born on `dob` in `year`. In England someone born on 29 February is taken
 * to reach a new age on 1 March in a year without a 29 February.
 */
export function birthdayIn(dob: Temporal.PlainDate, year: number): Temporal.PlainDate {
  if (
    dob.month === 2 &&
    dob.day === 29 &&
    !Temporal.PlainDate.from({ year, month: 1, day: 1 }).inLeapYear
  ) {
    return Temporal.PlainDate.from({ year, month: 3, day: 1 });
  }
  return Temporal.PlainDate.from({ year, month: dob.month, day: dob.day });
}

/** Age in whole years on `on` (negative before birth). */
export function ageOn(dob: Temporal.PlainDate, on: Temporal.PlainDate): number {
  const years = on.year - dob.year;
  return Temporal.PlainDate.compare(on, birthdayIn(dob, on.year)) < 0 ? years - 1 : years;
}
