import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./calendar-feeds.handlers.ts";
import * as routes from "./calendar-feeds.routes.ts";
import * as publicHandlers from "./public-calendars.handlers.ts";

/**
 * The signed-in staff member's own feed, and an appointment's .ics and client link. The
 * /appointments/* routes sit behind the appointments guard (any staff member), which Hono applies
 * to every /api/appointments/* route.
 */
export const calendarFeedsRouter = createRouter();
calendarFeedsRouter.use("/me/calendar-feed", requireStaff());
calendarFeedsRouter
  .openapi(routes.getFeed, handlers.getFeed)
  .openapi(routes.createFeed, handlers.postFeed)
  .openapi(routes.deleteFeed, handlers.deleteFeed)
  .openapi(routes.appointmentCalendar, handlers.appointmentCalendar)
  .openapi(routes.appointmentCalendarLinkRoute, handlers.appointmentCalendarLink);

/** Public: calendar apps and clients fetch these without signing in; the URL's secret is the key. */
const publicRouter = createRouter<AppEnv>();
publicRouter
  .openapi(routes.feedCalendar, publicHandlers.feedCalendar)
  .openapi(routes.publicAppointmentCalendar, publicHandlers.publicAppointmentCalendar);

// Typed like the staff routers so `apiRouters` stays one type, as for invitations.
export const publicCalendarsRouter = publicRouter as unknown as OpenAPIHono<StaffEnv>;
