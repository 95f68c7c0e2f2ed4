import { createFormatter, type Formatter } from "../time/format.ts";
import { contains, type Interval, overlaps } from "../time/interval.ts";
import { epochToLocal } from "../time/zoned.ts";
import {
  type DayOpening,
  hoursForDate,
  openIntervals,
  rangeToInterval,
  type WeeklySchedule,
} from "./opening-hours.ts";

/** Appointments (including buffers) longer than this are refused. */
export const MAX_APPOINTMENT_MS = 12 * 60 * 60 * 1000;

export type BookingProblem =
  | "location-closed"
  | "outside-opening-hours"
  | "outside-working-hours"
  | "practitioner-time-off"
  | "in-the-past"
  | "too-long";

export type BookingCheck = { ok: true } | { ok: false; code: BookingProblem; message: string };

export interface TimeOff extends Interval {
  reason?: string;
}

export interface PractitionerAvailability {
  name: string;
  /** null: the practitioner works whenever the location is open. */
  hours: WeeklySchedule | null;
  timeOff: TimeOff[];
}

export interface AppointmentTimeInput {
  /** The appointment including its buffers, in epoch ms. */
  busy: Interval;
  /** IANA zone of the location; every time in a message is shown in it. */
  zone: string;
  location: WeeklySchedule;
  /** Used in messages, e.g. "Southampton"; default "The clinic". */
  locationName?: string;
  /** Locale for the times in messages (the wording is UK English); default "en-GB". */
  locale?: string;
  practitioner?: PractitionerAvailability;
  /** Epoch ms; when given, appointments starting before it are refused. */
  now?: number;
}

/**
 * Decides whether an appointment may take place at its time: not in the past, at most 12 hours,
 * inside one open period of the location and of the practitioner's hours, and clear of time off.
 * Checks run in that order and the first failure is reported. Throws RangeError if busy is empty.
 */
export function checkAppointmentTime(input: AppointmentTimeInput): BookingCheck {
  const { busy, zone, practitioner } = input;
  if (!(busy.start < busy.end)) {
    throw new RangeError("An appointment must end after it starts");
  }
  // Built only when a message is needed: the happy path formats nothing.
  let formatter: Formatter | undefined;
  const fmt = (): Formatter => {
    formatter ??= createFormatter({ timeZone: zone, locale: input.locale ?? "en-GB" });
    return formatter;
  };

  if (input.now !== undefined && busy.start < input.now) {
    const f = fmt();
    return fail(
      "in-the-past",
      `This appointment would start at ${f.time(busy.start)} on ${dayText(f, busy.start)}, which is in the past.`,
    );
  }
  if (busy.end - busy.start > MAX_APPOINTMENT_MS) {
    return fail(
      "too-long",
      `This appointment would last ${durationText(busy.end - busy.start)} including buffers; the longest allowed is 12 hours.`,
    );
  }

  const locationName = input.locationName ?? "The clinic";
  const location = findMisfit(busy, zone, input.location);
  if (location) {
    const { opening } = location;
    if (opening.closed) {
      return fail(
        "location-closed",
        `${locationName} is closed on ${dayText(fmt(), busy.start)}${reasonText(opening)}.`,
      );
    }
    return fail(
      "outside-opening-hours",
      `${locationName} is open ${misfitText(fmt(), busy, zone, location)}`,
    );
  }

  if (!practitioner) return { ok: true };
  const name = practitioner.name;
  const working = practitioner.hours ? findMisfit(busy, zone, practitioner.hours) : undefined;
  if (working) {
    const { opening } = working;
    const message = opening.closed
      ? `${name} is not working on ${dayText(fmt(), busy.start)}${reasonText(opening)}.`
      : `${name} works ${misfitText(fmt(), busy, zone, working)}`;
    return fail("outside-working-hours", message);
  }

  const clash = practitioner.timeOff
    .filter((off) => overlaps(off, busy))
    .sort((a, b) => a.start - b.start)[0];
  if (clash) {
    const reason = clash.reason ? ` (${clash.reason})` : "";
    return fail(
      "practitioner-time-off",
      `${name} is on time off ${timeOffText(fmt(), clash, zone)}${reason}.`,
    );
  }
  return { ok: true };
}

interface Misfit {
  date: string;
  opening: DayOpening;
  open: Interval[];
}

/** Undefined when busy fits inside one open interval of the schedule, else what the day looked like. */
function findMisfit(busy: Interval, zone: string, schedule: WeeklySchedule): Misfit | undefined {
  const date = epochToLocal(busy.start, zone).date;
  const lastDate = epochToLocal(busy.end, zone).date;
  // Intervals are merged, so hours running to 24:00 join the next day's from 00:00.
  const open = openIntervals(schedule, zone, date, lastDate);
  if (open.some((interval) => contains(interval, busy))) return undefined;
  return { date, opening: hoursForDate(schedule, date), open };
}

/** "09:00–18:00 on Saturday 28/11/2026; this appointment runs until 18:30." */
function misfitText(f: Formatter, busy: Interval, zone: string, misfit: Misfit): string {
  const ranges = misfit.opening.hours.map((range) => {
    const { start, end } = rangeToInterval(misfit.date, range, zone);
    return f.timeRange(start, end);
  });
  const startsOpen = misfit.open.some((i) => i.start <= busy.start && busy.start < i.end);
  const detail = startsOpen
    ? `runs until ${sameDay(busy.start, busy.end, zone) ? f.time(busy.end) : f.dateTime(busy.end)}`
    : `starts at ${f.time(busy.start)}`;
  return `${listText(ranges)} on ${dayText(f, busy.start)}; this appointment ${detail}.`;
}

function timeOffText(f: Formatter, off: Interval, zone: string): string {
  const start = epochToLocal(off.start, zone);
  const end = epochToLocal(off.end, zone);
  const wholeDays = start.minutes === 0 && end.minutes === 0;
  if (wholeDays) {
    // The end is exclusive: the last day off is the one before it.
    const lastDay = off.end - 1;
    return sameDay(off.start, lastDay, zone)
      ? `on ${dayText(f, off.start)}`
      : `from ${dayText(f, off.start)} to ${dayText(f, lastDay)}`;
  }
  if (sameDay(off.start, off.end, zone)) {
    return `${f.timeRange(off.start, off.end)} on ${dayText(f, off.start)}`;
  }
  return `from ${f.dateTime(off.start)} to ${f.dateTime(off.end)}`;
}

function dayText(f: Formatter, epochMs: number): string {
  return `${f.weekday(epochMs)} ${f.date(epochMs)}`;
}

function reasonText(opening: DayOpening): string {
  return opening.special?.reason ? ` (${opening.special.reason})` : "";
}

function sameDay(a: number, b: number, zone: string): boolean {
  return epochToLocal(a, zone).date === epochToLocal(b, zone).date;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function durationText(ms: number): string {
  const totalMinutes = Math.ceil(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

function fail(code: BookingProblem, message: string): BookingCheck {
  return { ok: false, code, message };
}
