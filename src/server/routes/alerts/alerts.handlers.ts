import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { markAlertRead } from "../../use-cases/alerts/alert-commands.ts";
import { listAlerts, readAlert } from "../../use-cases/alerts/alert-read.ts";
import type * as routes from "./alerts.routes.ts";

export const list: RouteHandler<typeof routes.list, StaffEnv> = async (c) => {
  const { limit } = c.req.valid("query");
  return c.json(await listAlerts(c.var.tenant, c.var.staff.memberId, limit), 200);
};

export const detail: RouteHandler<typeof routes.detail, StaffEnv> = async (c) => {
  return c.json(await readAlert(c.var.tenant, c.req.valid("param").id, c.var.staff), 200);
};

export const markRead: RouteHandler<typeof routes.markRead, StaffEnv> = async (c) => {
  await markAlertRead(c.var.tenant, c.req.valid("param").id, c.var.staff, new Date());
  return c.body(null, 204);
};
