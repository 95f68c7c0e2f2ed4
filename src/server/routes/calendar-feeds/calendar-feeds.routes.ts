import { createRoute } from "@hono/zod-openapi";
import {
  appointmentCalendarLink,
  appointmentCalendarLinkQuery,
  calendarFeedStatus,
  calendarFeedTokenParam,
  createdCalendarFeed,
} from "../../../shared/contracts/calendar-feeds.ts";
import { idParam } from "../../../shared/contracts/common.ts";
import { json, noContent, problems } from "../../http/router.ts";

const tags = ["Calendar feeds"];

const calendarFile = (description: string) => ({
  description,
  content: { "text/calendar": { schema: { type: "string" as const } } },
});

/** Public calendar routes answer a bad or unknown secret the same way: 404, with no hint why. */
const publicProblems = { 400: problems[400], 404: problems[404] } as const;

export const getFeed = createRoute({
  method: "get",
  path: "/me/calendar-feed",
  tags,
  summary: "Whether the signed-in staff member has a private calendar feed, and when it was used",
  responses: { 200: json(calendarFeedStatus, "The feed's status"), ...problems },
});

export const createFeed = createRoute({
  method: "post",
  path: "/me/calendar-feed",
  tags,
  summary: "Create a private calendar feed, or replace it (the old link stops working)",
  description: "The answer carries the feed's full URL. It is shown this once and never again.",
  responses: { 201: json(createdCalendarFeed, "The new feed and its URL"), ...problems },
});

export const deleteFeed = createRoute({
  method: "delete",
  path: "/me/calendar-feed",
  tags,
  summary: "Turn the private calendar feed off (its link answers 404 from now on)",
  responses: { ...noContent, ...problems },
});

export const feedCalendar = createRoute({
  method: "get",
  path: "/feeds/{token}/calendar.ics",
  tags,
  summary: "A practitioner's private feed (public: the secret in the URL is the key)",
  description:
    "Appointments from 30 days ago to a year ahead, cancelled ones left out, with discreet titles.",
  request: { params: calendarFeedTokenParam },
  responses: { 200: calendarFile("iCalendar feed"), ...publicProblems },
});

export const appointmentCalendar = createRoute({
  method: "get",
  path: "/appointments/{id}/calendar.ics",
  tags,
  summary: "One appointment as the client's .ics file (clinic name, address, time in its zone)",
  request: { params: idParam },
  responses: { 200: calendarFile("iCalendar file"), ...problems },
});

export const appointmentCalendarLinkRoute = createRoute({
  method: "get",
  path: "/appointments/{id}/calendar-link",
  tags,
  summary: "A signed link the client can open without signing in to add the appointment",
  request: { params: idParam },
  responses: { 200: json(appointmentCalendarLink, "The signed link"), ...problems },
});

export const publicAppointmentCalendar = createRoute({
  method: "get",
  path: "/public/appointments/{id}/calendar.ics",
  tags,
  summary: "One appointment's .ics for the client (public: needs the link's signature)",
  request: { params: idParam, query: appointmentCalendarLinkQuery },
  responses: { 200: calendarFile("iCalendar file"), ...publicProblems },
});
