import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { loadCalendar } from "../../use-cases/calendar/calendar-view.ts";
import type * as routes from "./calendar.routes.ts";

export const getCalendar: RouteHandler<typeof routes.getCalendar, StaffEnv> = async (c) => {
  const { tenant, staff, clientIp } = c.var;
  return c.json(await loadCalendar(tenant, staff, c.req.valid("query"), clientIp), 200);
};
