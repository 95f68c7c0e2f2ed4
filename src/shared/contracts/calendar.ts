import { z } from "zod";
import { appointment } from "./appointments.ts";
import { isoDate, uuid } from "./common.ts";

/** The staff calendar asks for up to two weeks at one location. */
export const MAX_CALENDAR_DAYS = 14;

export const calendarQuery = z.object({
  /** Omitted: the clinic's first active location (by name). */
  locationId: uuid.optional(),
  /** First local date shown, in the location's zone. */
  from: isoDate,
  days: z.coerce
    .number({ message: "must be a number of days from 1 to 14" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(MAX_CALENDAR_DAYS, `must be at most ${MAX_CALENDAR_DAYS} days`)
    .default(7),
});
export type CalendarQuery = z.infer<typeof calendarQuery>;

const span = z.object({ start: z.string(), end: z.string() });

/** One local date's opening hours; `closed` with the special day's reason for closures. */
export const calendarDay = z.object({
  date: z.string(),
  closed: z.boolean(),
  reason: z.string().optional(),
  hours: z.array(span.extend({ opens: z.string(), closes: z.string() })),
});
export type CalendarDay = z.infer<typeof calendarDay>;

export const calendarView = z.object({
  from: z.string(),
  /** Last local date shown (inclusive). */
  to: z.string(),
  location: z.object({ id: uuid, name: z.string(), timeZone: z.string() }),
  locations: z.array(z.object({ id: uuid, name: z.string() })),
  days: z.array(calendarDay),
  /** Bookable staff; `working` covers the whole range (own hours or opening hours, less time off). */
  practitioners: z.array(
    z.object({ id: z.string(), name: z.string(), colour: z.string(), working: z.array(span) }),
  ),
  rooms: z.array(z.object({ id: uuid, name: z.string() })),
  services: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      kind: z.string(),
      colour: z.string(),
      durationMin: z.number(),
      needsRoom: z.boolean(),
    }),
  ),
  /** Appointments overlapping the range, cancelled ones included. */
  appointments: z.array(appointment),
  /** How many sessions each course in `appointments` has ("Session 2 of 3"). */
  courses: z.array(z.object({ id: uuid, sessions: z.number().int() })),
});
export type CalendarView = z.infer<typeof calendarView>;
