import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./calendar.handlers.ts";
import * as routes from "./calendar.routes.ts";

export const calendarRouter = createRouter();
// Every staff role: receptionists book appointments from the calendar.
calendarRouter.use("/calendar", requireStaff());
calendarRouter.openapi(routes.getCalendar, handlers.getCalendar);
