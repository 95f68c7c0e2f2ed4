import { z } from "zod";

/** The signed-in staff member's private calendar feed (GET /api/me/calendar-feed). */
export const calendarFeedStatus = z.object({
  active: z.boolean(),
  /** When the link in use was created; null without an active feed. */
  createdAt: z.string().nullable(),
  /** The last time a calendar app fetched it (updated at most once an hour). */
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;

/** A newly created feed: the full URL carries its secret and is shown this once only. */
export const createdCalendarFeed = calendarFeedStatus.extend({
  active: z.literal(true),
  url: z.string(),
  /** The same feed as webcal://, which opens the device's calendar app to subscribe. */
  webcalUrl: z.string(),
});
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeed>;

/** The feed's secret from its URL; anything else is simply not found. */
export const calendarFeedTokenParam = z.object({
  token: z.string().min(1).max(200),
});

/** A signed link a client can open without signing in, to add one appointment to a calendar. */
export const appointmentCalendarLink = z.object({
  url: z.string(),
});
export type AppointmentCalendarLink = z.infer<typeof appointmentCalendarLink>;

export const appointmentCalendarLinkQuery = z.object({
  sig: z.string().min(1).max(200),
});
