import { addDays, epochToLocal, weekdayOf, zonedDayBounds } from "../../../domain/time/zoned.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import { calendarDateKey, fromCalendarDate, toCalendarDate } from "./location-time.ts";

export const calendarModes = ["day", "week", "fortnight"] as const;
export type CalendarMode = (typeof calendarModes)[number];
export const groupings = ["practitioner", "room"] as const;
export type Grouping = (typeof groupings)[number];

/** The room column for appointments that need no room (video calls and the like). */
export const NO_ROOM = "no-room";
const MINUTE = 60_000;
const PADDING_MINUTES = 30;

/** The dates a mode shows around `date`: the day itself, or whole weeks from Monday. */
export function rangeFor(mode: CalendarMode, date: string): { from: string; days: number } {
  if (mode === "day") return { from: date, days: 1 };
  return { from: addDays(date, 1 - weekdayOf(date)), days: mode === "week" ? 7 : 14 };
}

/** Where the previous / next buttons go from `date`. */
export function stepDate(mode: CalendarMode, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (mode === "day" ? 1 : mode === "week" ? 7 : 14));
}

export interface CalendarResource {
  id: string;
  title: string;
  colour: string | null;
}

/** Day-view columns: practitioners, or rooms plus "No room" when something is booked without one. */
export function resourcesFor(view: CalendarView, grouping: Grouping): CalendarResource[] {
  if (grouping === "practitioner") {
    return view.practitioners.map((p) => ({ id: p.id, title: p.name, colour: p.colour }));
  }
  const rooms = view.rooms.map((r) => ({ id: r.id, title: r.name, colour: null }));
  const roomless = view.appointments.some((a) => a.room === null && a.status !== "cancelled");
  return roomless ? [...rooms, { id: NO_ROOM, title: "No room", colour: null }] : rooms;
}

export interface CalendarEvent {
  id: string;
  start: Date;
  end: Date;
  resourceId: string;
  appointment: Appointment;
  /** "Session 2 of 3" for a course session. */
  session: { number: number; of: number } | null;
  /** Shown where it was dropped while the move is checked. */
  pending: boolean;
}

export interface EventOptions {
  grouping: Grouping;
  showCancelled: boolean;
  /** Week views: only this practitioner's (or room's) appointments; null for everyone. */
  focus: string | null;
}

export const resourceOf = (a: Appointment, grouping: Grouping): string =>
  grouping === "practitioner" ? a.practitioner.id : (a.room?.id ?? NO_ROOM);

/** The appointments as calendar events on fake local dates in the location's clock. */
export function eventsFor(view: CalendarView, options: EventOptions): CalendarEvent[] {
  const zone = view.location.timeZone;
  const sizes = new Map(view.courses.map((c) => [c.id, c.sessions]));
  return view.appointments
    .filter((a) => options.showCancelled || a.status !== "cancelled")
    .filter((a) => options.focus === null || resourceOf(a, options.grouping) === options.focus)
    .map((a) => ({
      id: a.id,
      start: toCalendarDate(Date.parse(a.startsAt), zone),
      end: toCalendarDate(Date.parse(a.endsAt), zone),
      resourceId: resourceOf(a, options.grouping),
      appointment: a,
      session: a.course
        ? { number: a.course.session, of: sizes.get(a.course.id) ?? a.course.session }
        : null,
      pending: false,
    }));
}

/**
 * The stretch of the day the grid shows, in minutes after local midnight: every opening hour,
 * working hour and live booking in the range, with at least half an hour either side, on whole
 * hours; 08:00–19:00 when there is nothing at all.
 */
export function timeWindow(view: CalendarView): { min: number; max: number } {
  const zone = view.location.timeZone;
  const spans = [
    ...view.days.flatMap((d) => d.hours),
    ...view.practitioners.flatMap((p) => p.working),
    ...view.appointments
      .filter((a) => a.status !== "cancelled")
      .map((a) => ({ start: a.busyFrom, end: a.busyTo })),
  ];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const start = epochToLocal(Date.parse(span.start), zone);
    const endMs = Date.parse(span.end);
    const end = epochToLocal(endMs, zone);
    first = Math.min(first, start.minutes);
    // A span that runs to (or past) midnight ends at the end of its start day.
    last = Math.max(last, end.date === start.date ? end.minutes : 24 * 60);
  }
  if (first > last) return { min: 8 * 60, max: 19 * 60 };
  // Whole hours, so the time axis is labelled on the hour.
  return {
    min: Math.max(0, Math.floor((first - PADDING_MINUTES) / 60) * 60),
    max: Math.min(24 * 60, Math.ceil((last + PADDING_MINUTES) / 60) * 60),
  };
}

/** `timeWindow` as the fake local dates the calendar's `min` and `max` take (on `date`). */
export function windowDates(view: CalendarView, date: string) {
  const { min, max } = timeWindow(view);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // The calendar needs both ends on the same day: midnight is drawn as 23:59.
  return {
    min: new Date(y, m - 1, d, 0, min),
    max: new Date(y, m - 1, d, 0, max >= 24 * 60 ? 24 * 60 - 1 : max),
  };
}

type Spans = { start: number; end: number }[];
const parsed = (list: { start: string; end: string }[]): Spans =>
  list.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));

/**
 * Which quarter-hours to shade: outside the practitioner's working time in their column (or the
 * focused practitioner's in week views), otherwise outside opening hours. Results are cached per
 * slot, as the calendar asks again on every render.
 */
export function offTimeTest(view: CalendarView, options: Pick<EventOptions, "grouping" | "focus">) {
  const zone = view.location.timeZone;
  const opening = parsed(view.days.flatMap((d) => d.hours));
  const working = new Map(view.practitioners.map((p) => [p.id, parsed(p.working)]));
  const known = new Set(view.days.map((d) => d.date));
  const cache = new Map<string, boolean>();
  return (slot: Date, resourceId?: string | number | null): boolean => {
    const column = resourceId == null ? options.focus : String(resourceId);
    const key = `${slot.getTime()}|${column ?? ""}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const spans =
      options.grouping === "practitioner" && column ? (working.get(column) ?? []) : opening;
    const at = fromCalendarDate(slot, zone);
    const off = known.has(calendarDateKey(slot)) && !spans.some((s) => s.start <= at && at < s.end);
    cache.set(key, off);
    return off;
  };
}

/** One date of the calendar in the day-view shape the booking and move forms read. */
export function dayViewFor(view: CalendarView, date: string): DayView {
  const zone = view.location.timeZone;
  const bounds = zonedDayBounds(date, zone);
  const inDay = (s: { start: string; end: string }) =>
    Date.parse(s.start) < bounds.end && Date.parse(s.end) > bounds.start;
  const day = view.days.find((d) => d.date === date);
  return {
    date,
    location: view.location,
    locations: view.locations,
    hours: {
      closed: day ? day.closed : false,
      reason: day?.reason,
      intervals: day?.hours ?? [],
    },
    practitioners: view.practitioners.map((p) => ({ ...p, working: p.working.filter(inDay) })),
    rooms: view.rooms,
    services: view.services,
    appointments: view.appointments.filter((a) => inDay({ start: a.startsAt, end: a.endsAt })),
  };
}

/** The date and practitioner (or room) a click on an empty slot books, at the location. */
export function slotDraft(
  view: CalendarView,
  options: Pick<EventOptions, "grouping" | "focus">,
  start: Date,
  resourceId: string | number | null | undefined,
) {
  const zone = view.location.timeZone;
  const local = epochToLocal(fromCalendarDate(start, zone), zone);
  const time = `${String(Math.floor(local.minutes / 60)).padStart(2, "0")}:${String(local.minutes % 60).padStart(2, "0")}`;
  const column = resourceId == null ? options.focus : String(resourceId);
  const only = view.practitioners.length === 1 ? (view.practitioners[0]?.id ?? null) : null;
  if (options.grouping === "practitioner") {
    return { date: local.date, time, practitionerId: column ?? only, roomId: null };
  }
  return {
    date: local.date,
    time,
    practitionerId: only,
    roomId: column && column !== NO_ROOM ? column : null,
  };
}

/** What a drop changes: the new start, and the practitioner or room of the column it landed in. */
export function dropChange(
  event: CalendarEvent,
  start: Date,
  resourceId: string | number | null | undefined,
  grouping: Grouping,
  zone: string,
): { startsAt: string; practitionerId?: string; roomId?: string | null } | null {
  const a = event.appointment;
  const startMs = fromCalendarDate(start, zone);
  // Week views have no resource columns: the library passes null (or nothing) for them.
  const column = resourceId == null ? undefined : String(resourceId);
  const change: { startsAt: string; practitionerId?: string; roomId?: string | null } = {
    startsAt: new Date(startMs).toISOString(),
  };
  if (column !== undefined && column !== event.resourceId) {
    if (grouping === "practitioner") change.practitionerId = column;
    else change.roomId = column === NO_ROOM ? null : column;
  }
  const moved = startMs !== Date.parse(a.startsAt);
  return moved || change.practitionerId !== undefined || change.roomId !== undefined
    ? change
    : null;
}

/** The event as it would stand after `change`, for showing while the move is checked. */
export function pendingEvent(
  event: CalendarEvent,
  change: { startsAt: string; practitionerId?: string; roomId?: string | null },
  zone: string,
): CalendarEvent {
  const startMs = Date.parse(change.startsAt);
  const length = Date.parse(event.appointment.endsAt) - Date.parse(event.appointment.startsAt);
  const resourceId =
    change.practitionerId ??
    (change.roomId === undefined ? event.resourceId : (change.roomId ?? NO_ROOM));
  return {
    ...event,
    start: toCalendarDate(startMs, zone),
    end: toCalendarDate(startMs + Math.round(length / MINUTE) * MINUTE, zone),
    resourceId,
    pending: true,
  };
}
