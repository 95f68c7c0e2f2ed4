import {
  epochToLocal,
  formatLocalTime,
  parseLocalTime,
  wallClockToEpoch,
} from "../../../domain/time/zoned.ts";

/** "HH:MM" on the location's clock for an ISO instant. */
export const localClock = (iso: string, zone: string) =>
  formatLocalTime(epochToLocal(Date.parse(iso), zone).minutes);

/** An "HH:MM" on the session's local date back to an ISO instant; null for a bad time. */
export function clockToIso(date: string, hhmm: string, zone: string): string | null {
  try {
    return new Date(wallClockToEpoch(date, parseLocalTime(hhmm), zone)).toISOString();
  } catch {
    return null;
  }
}

/** "1 h 25 min" */
export function elapsed(ms: number): string {
  const min = Math.max(0, Math.floor(ms / 60_000));
  const h = Math.floor(min / 60);
  return h ? `${h} h ${min % 60} min` : `${min} min`;
}
