import type { Formatter } from "../../../domain/time/format.ts";
import { epochToLocal, wallClockToEpoch, zonedDayBounds } from "../../../domain/time/zoned.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";

/** Minutes per grid row; bookings start on these steps. */
export const SLOT_MINUTES = 15;
const PADDING_MINUTES = 30;
const MINUTE = 60_000;

/**
 * The stretch of one day the grid shows, in real minutes since the day's local midnight
 * (linear in time, so a block's height is its true length even on a clock-change day).
 */
export interface DayFrame {
  dayStart: number;
  from: number;
  to: number;
}

export interface Span {
  start: number;
  end: number;
}

/** Opening hours (and anything booked or worked outside them) with 30 minutes either side. */
export function dayFrame(view: DayView): DayFrame | null {
  const bounds = zonedDayBounds(view.date, view.location.timeZone);
  const spans = [
    ...view.hours.intervals,
    ...view.practitioners.flatMap((p) => p.working),
    ...view.appointments.map((a) => ({ start: a.busyFrom, end: a.busyTo })),
  ].map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  if (spans.length === 0) return null;
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const length = (bounds.end - bounds.start) / MINUTE;
  const from = Math.floor(((first - bounds.start) / MINUTE - PADDING_MINUTES) / SLOT_MINUTES);
  const to = Math.ceil(((last - bounds.start) / MINUTE + PADDING_MINUTES) / SLOT_MINUTES);
  return {
    dayStart: bounds.start,
    from: Math.max(0, from * SLOT_MINUTES),
    to: Math.min(length, to * SLOT_MINUTES),
  };
}

/** Minutes since the frame's day start for an instant. */
export function minuteOf(frame: DayFrame, iso: string | number): number {
  const ms = typeof iso === "number" ? iso : Date.parse(iso);
  return (ms - frame.dayStart) / MINUTE;
}

export function instantAt(frame: DayFrame, minute: number): number {
  return frame.dayStart + minute * MINUTE;
}

/** The part of a span inside the frame, relative to its top; null when it is outside. */
export function clip(frame: DayFrame, span: Span): Span | null {
  const start = Math.max(frame.from, span.start);
  const end = Math.min(frame.to, span.end);
  return end > start ? { start: start - frame.from, end: end - frame.from } : null;
}

/** Every slot start in the frame, with its label ("10:15") and whether it begins an hour. */
export function slotsOf(frame: DayFrame, formatter: Formatter) {
  const slots: { minute: number; label: string; hour: boolean; half: boolean }[] = [];
  for (let m = frame.from; m < frame.to; m += SLOT_MINUTES) {
    const at = instantAt(frame, m);
    const local = epochToLocal(at, formatter.timeZone);
    slots.push({
      minute: m,
      label: formatter.time(at),
      hour: local.minutes % 60 === 0,
      half: local.minutes % 60 === 30,
    });
  }
  return slots;
}

/** The frame's minutes outside a practitioner's working intervals (shown hatched). */
export function offTime(frame: DayFrame, working: { start: string; end: string }[]): Span[] {
  const spans = working
    .map((w) => ({ start: minuteOf(frame, w.start), end: minuteOf(frame, w.end) }))
    .sort((a, b) => a.start - b.start);
  const off: Span[] = [];
  let cursor = frame.from;
  for (const w of spans) {
    if (w.start > cursor) off.push({ start: cursor, end: Math.min(w.start, frame.to) });
    cursor = Math.max(cursor, w.end);
  }
  if (cursor < frame.to) off.push({ start: cursor, end: frame.to });
  return off.filter((s) => s.end > s.start);
}

export interface PlacedAppointment {
  appointment: Appointment;
  lane: number;
  lanes: number;
}

/** Side-by-side lanes for appointments that overlap (e.g. a cancelled one and its replacement). */
export function placeInLanes(appointments: Appointment[]): PlacedAppointment[] {
  const sorted = [...appointments].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id),
  );
  const placed: PlacedAppointment[] = [];
  let cluster: PlacedAppointment[] = [];
  let clusterEnd = -Infinity;
  const laneEnds: number[] = [];
  const flush = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const appointment of sorted) {
    const start = Date.parse(appointment.startsAt);
    const end = Date.parse(appointment.endsAt);
    if (start >= clusterEnd) flush();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    const entry = { appointment, lane, lanes: 1 };
    cluster.push(entry);
    placed.push(entry);
    clusterEnd = Math.max(clusterEnd, end);
  }
  flush();
  return placed;
}

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

/** The zone's short name on that day ("GMT", "BST"), so nobody reads times in their own zone. */
export function zoneName(frame: DayFrame, formatter: Formatter): string {
  const parts = new Intl.DateTimeFormat(formatter.locale, {
    timeZone: formatter.timeZone,
    timeZoneName: "short",
  }).formatToParts(instantAt(frame, frame.from));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
}
