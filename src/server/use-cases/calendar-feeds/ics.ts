import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalLuxonDateTimeStub,
} from "ical-generator";
import { Temporal } from "temporal-polyfill";
import { vtimezone } from "./vtimezone.ts";

/** One event of an .ics file, with times as instants and the zone they are shown in. */
export interface IcsEvent {
  /** Stable across fetches and edits, e.g. `<appointment id>@stipple`. */
  uid: string;
  /** Grows with every change, so calendar apps replace their copy. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone: DTSTART/DTEND carry it as TZID, with a matching VTIMEZONE in the file. */
  timeZone: string;
  summary: string;
  location: string;
  description: string;
  url?: string | null;
  lastModified?: Date;
  cancelled?: boolean;
}

export interface IcsCalendar {
  name: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this file was made. */
  now: Date;
  /** For subscribed feeds: how often calendar apps should fetch again, in seconds. */
  refreshSeconds?: number;
  /** PUBLISH for a one-off file to import; none for a subscribed feed. */
  publish?: boolean;
}

const PROD_ID = { company: "Stipple", product: "Stipple", language: "EN" };

/** An RFC 5545 calendar with a VTIMEZONE for each zone its events use. */
export function buildIcs(input: IcsCalendar): string {
  const years = yearRange(input);
  const calendar = ical({
    prodId: PROD_ID,
    name: input.name,
    method: input.publish ? ICalCalendarMethod.PUBLISH : null,
    ttl: input.refreshSeconds ?? null,
    // No zone name for the calendar itself: DTSTAMP and other instants stay in UTC.
    timezone: { name: null, generator: (zone) => vtimezone(zone, years.from, years.to) },
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: input.now,
      start: zoned(event.startsAt, event.timeZone),
      end: zoned(event.endsAt, event.timeZone),
      timezone: event.timeZone,
      summary: event.summary,
      location: event.location || null,
      description: event.description || null,
      url: event.url ?? null,
      lastModified: event.lastModified ?? null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** Every year an event touches, so the VTIMEZONE covers all of them (and this year when empty). */
function yearRange(input: IcsCalendar): { from: number; to: number } {
  const years = input.events.flatMap((e) => [
    localYear(e.startsAt, e.timeZone),
    localYear(e.endsAt, e.timeZone),
  ]);
  if (years.length === 0) years.push(input.now.getUTCFullYear());
  return { from: Math.min(...years), to: Math.max(...years) };
}

function localYear(at: Date, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).year;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An instant ical-generator writes as wall-clock time in `zone`. Plain Dates are written with the
 * server's own zone when a TZID is set, so the conversion is done here with Temporal, through the
 * date-object interface ical-generator accepts.
 */
function zoned(at: Date, zone: string): ICalLuxonDateTimeStub {
  const ms = at.getTime();
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  return {
    isValid: true,
    zone: { type: "iana" },
    setZone: (other) => zoned(at, other || zone),
    toFormat(format) {
      if (format === "yyyyLLdd") return `${pad(local.year, 4)}${pad(local.month)}${pad(local.day)}`;
      if (format === "HHmmss") return `${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
      throw new Error(`unsupported date format ${format}`);
    },
    toJSDate: () => new Date(ms),
    toJSON: () => new Date(ms).toISOString(),
  };
}
