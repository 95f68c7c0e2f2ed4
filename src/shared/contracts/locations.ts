import { z } from "zod";
import { isValidTimeZone } from "../../domain/time/zoned.ts";
import { isoDate, localTime, requiredText, shortText, uuid } from "./common.ts";

/** Opening and closing wall-clock times, "HH:MM" ("24:00" closes at midnight). */
export const timeRange = z.object({ opens: localTime, closes: localTime });
export type TimeRange = z.infer<typeof timeRange>;

/** One opening interval on an ISO weekday (1 = Monday … 7 = Sunday); a day may have several. */
export const dayHours = timeRange.extend({
  weekday: z
    .number({ message: "must be a day number" })
    .int("must be a whole day number")
    .min(1, "must be 1 (Monday) to 7 (Sunday)")
    .max(7, "must be 1 (Monday) to 7 (Sunday)"),
});
export type DayHours = z.infer<typeof dayHours>;

export const timeZone = z
  .string()
  .trim()
  .min(1, "Time zone is required")
  .max(64, "must be at most 64 characters")
  .refine(isValidTimeZone, "must be a time zone like Europe/London");

export const weeklyHours = z.array(dayHours).max(50, "must be at most 50 intervals");

export const room = z.object({ id: uuid, name: z.string(), active: z.boolean() });
export type Room = z.infer<typeof room>;

export const location = z.object({
  id: uuid,
  name: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string(),
  city: z.string(),
  postcode: z.string(),
  /** ISO 3166-1 alpha-2, e.g. GB. */
  country: z.string(),
  phone: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
  /** Weekly hours sorted by weekday, then opening time. */
  hours: z.array(dayHours),
  /** All rooms, active and inactive, by name. */
  rooms: z.array(room),
});
export type Location = z.infer<typeof location>;
export const locationList = z.object({ items: z.array(location) });
export type LocationList = z.infer<typeof locationList>;

const locationFields = {
  name: requiredText("Name", 120),
  addressLine1: shortText(200).optional(),
  addressLine2: shortText(200).optional(),
  city: shortText(100).optional(),
  postcode: shortText(16).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "must be a 2-letter country code like GB")
    .optional(),
  phone: z
    .string()
    .trim()
    .max(32, "must be at most 32 characters")
    .regex(/^$|^\+?[0-9 ()-]{6,}$/, "must be a phone number like 023 8000 0000")
    .optional(),
  timeZone,
};

/** POST /api/locations; `hours` are optional weekly hours (validated like PUT …/hours). */
export const locationInput = z.object({
  ...locationFields,
  hours: weeklyHours.optional(),
  /** Names of rooms to create with the location. */
  rooms: z.array(requiredText("Room name", 100)).max(50).optional(),
});
export type LocationInput = z.input<typeof locationInput>;

/** PATCH /api/locations/{id}; `active: false` is refused (409) while future bookings remain. */
export const locationPatch = z
  .object(locationFields)
  .partial()
  .extend({ active: z.boolean().optional() });
export type LocationPatch = z.input<typeof locationPatch>;

/** PUT /api/locations/{id}/hours replaces all weekly hours; an absent weekday is closed. */
export const hoursInput = z.object({ hours: weeklyHours });
export type HoursInput = z.input<typeof hoursInput>;
export const hoursList = z.object({ hours: z.array(dayHours) });

export const specialDay = z.object({
  id: uuid,
  date: z.string(),
  closed: z.boolean(),
  /** The day's hours when not closed; they replace the usual weekly hours. */
  hours: z.array(timeRange),
  reason: z.string(),
});
export type SpecialDay = z.infer<typeof specialDay>;
export const specialDayList = z.object({ items: z.array(specialDay) });
export type SpecialDayList = z.infer<typeof specialDayList>;

/**
 * POST /api/locations/{id}/special-days. `closed: true` shuts the whole day (hours must be empty);
 * otherwise `hours` must list at least one interval. A date that already has an entry gives 409:
 * delete it first.
 */
export const specialDayInput = z
  .object({
    date: isoDate,
    closed: z.boolean(),
    hours: z.array(timeRange).max(10, "must be at most 10 intervals").optional(),
    reason: shortText(200).optional(),
  })
  .superRefine((day, ctx) => {
    const count = day.hours?.length ?? 0;
    if (day.closed && count > 0) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: "must be empty on a closed day" });
    }
    if (!day.closed && count === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["hours"],
        message: "must list at least one opening interval when the day is not closed",
      });
    }
  });
export type SpecialDayInput = z.input<typeof specialDayInput>;

/** Dates inclusive; both optional (no bound on that side). */
export const specialDaysQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const locationDayParam = z.object({ id: uuid, dayId: uuid });

export const roomInput = z.object({ name: requiredText("Room name", 100) });
export type RoomInput = z.input<typeof roomInput>;
/** PATCH /api/rooms/{id}; `active: false` is refused (409) while future bookings use the room. */
export const roomPatch = z.object({
  name: requiredText("Room name", 100).optional(),
  active: z.boolean().optional(),
});
export type RoomPatch = z.input<typeof roomPatch>;
