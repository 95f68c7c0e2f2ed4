/** Calendar dates as the clinic sees them (Europe/London), as YYYY-MM-DD. */
export const CLINIC_ZONE = "Europe/London";
const DAY_MS = 86_400_000;

export function clinicToday(now = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: CLINIC_ZONE }).format(now);
}

/** ISO weekday of a YYYY-MM-DD date: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first date with ISO weekday `weekday` at least `minDaysAhead` days after today (clinic zone). */
export function nextWeekday(weekday: number, minDaysAhead = 2, now = new Date()): string {
  let date = addDays(clinicToday(now), minDaysAhead);
  while (isoWeekday(date) !== weekday) date = addDays(date, 1);
  return date;
}

/** dd/mm/yyyy, the way the UK UI shows and accepts dates. */
export function ukDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
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
