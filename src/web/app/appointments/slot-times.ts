import type { Formatter } from "../../../domain/time/format.ts";
import { epochToLocal, wallClockToEpoch } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";

/** Minutes between start-time choices; bookings start on these steps. */
export const SLOT_MINUTES = 15;

/** "HH:MM" start-time choices for a date, every 15 minutes, labelled in the location's clock. */
export function timeOptions(date: string, formatter: Formatter) {
  const options: { value: string; label: string }[] = [];
  for (let m = 0; m < 24 * 60; m += SLOT_MINUTES) {
    const value = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    options.push({ value, label: formatter.time(wallClockToEpoch(date, m, formatter.timeZone)) });
  }
  return options;
}

/** The instant a date and "HH:MM" start time mean at the location, or null if incomplete. */
export function startInstant(
  date: string | null,
  time: string | null,
  zone: string,
): number | null {
  if (!date || !time || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [h, m] = time.split(":").map(Number) as [number, number];
  try {
    return wallClockToEpoch(date, h * 60 + m, zone);
  } catch {
    return null;
  }
}

/** The date and "HH:MM" of an instant at the location (for prefilling forms). */
export function localParts(ms: number, zone: string): { date: string; time: string } {
  const local = epochToLocal(ms, zone);
  const rounded = Math.floor(local.minutes / SLOT_MINUTES) * SLOT_MINUTES;
  const time = `${String(Math.floor(rounded / 60)).padStart(2, "0")}:${String(rounded % 60).padStart(2, "0")}`;
  return { date: local.date, time };
}

/** Rooms with a live appointment overlapping [start, end) (their buffers included). */
export function busyRooms(
  appointments: Appointment[],
  start: number,
  end: number,
  ignoreId?: string,
) {
  const busy = new Set<string>();
  for (const a of appointments) {
    if (!a.room || a.id === ignoreId || a.status === "cancelled") continue;
    if (Date.parse(a.busyFrom) < end && Date.parse(a.busyTo) > start) busy.add(a.room.id);
  }
  return busy;
}

/** "Wednesday 25 November 2026" for a YYYY-MM-DD date (house style: no comma after the weekday). */
export function longDate(date: string, formatter: Formatter): string {
  const noon = wallClockToEpoch(date, 12 * 60, formatter.timeZone);
  return new Intl.DateTimeFormat(formatter.locale, {
    timeZone: formatter.timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  })
    .formatToParts(noon)
    .map((part, i, parts) =>
      part.type === "literal" && parts[i - 1]?.type === "weekday" && /^,\s*$/.test(part.value)
        ? " "
        : part.value,
    )
    .join("")
    .replace(/[\u00a0\u202f]/g, " ");
}
