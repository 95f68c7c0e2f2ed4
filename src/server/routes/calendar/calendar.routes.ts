import { createRoute } from "@hono/zod-openapi";
import { calendarQuery, calendarView } from "../../../shared/contracts/calendar.ts";
import { json, problems } from "../../http/router.ts";

const tags = ["Appointments"];

export const getCalendar = createRoute({
  method: "get",
  path: "/calendar",
  tags,
  summary: "Up to 14 days at a location: opening hours, practitioners, rooms and appointments",
  description:
    "Times are UTC instants; `location.timeZone` is the zone to show them in. Any staff role may read it.",
  request: { query: calendarQuery },
  responses: { 200: json(calendarView, "The calendar for the range"), ...problems },
});
