import type { RouteHandler } from "@hono/zod-openapi";
import type { PortalEnv } from "../../portal/guard.ts";
import {
  cancelPortal,
  listPortalAppointments,
  portalChangeTerms,
  rescheduleOptions,
  reschedulePortal,
  reschedulePreview,
} from "../../use-cases/portal-booking/portal-appointments.ts";
import type * as routes from "./appointments.routes.ts";

type Vars = { var: PortalEnv["Variables"] };
export const mailOf = (c: Vars) => ({
  mailer: c.var.deps.mailer,
  publicUrl: c.var.deps.env.PUBLIC_URL,
});

export const list: RouteHandler<typeof routes.list, PortalEnv> = async (c) =>
  c.json(await listPortalAppointments(c.var.portal, new Date()), 200);

export const terms: RouteHandler<typeof routes.terms, PortalEnv> = async (c) =>
  c.json(await portalChangeTerms(c.var.portal, c.req.valid("param").id, new Date()), 200);

export const options: RouteHandler<typeof routes.options, PortalEnv> = async (c) =>
  c.json(
    await rescheduleOptions(
      c.var.portal,
      c.req.valid("param").id,
      c.req.valid("query"),
      new Date(),
    ),
    200,
  );

export const preview: RouteHandler<typeof routes.preview, PortalEnv> = async (c) =>
  c.json(
    await reschedulePreview(
      c.var.portal,
      c.req.valid("param").id,
      c.req.valid("query"),
      new Date(),
    ),
    200,
  );

export const reschedule: RouteHandler<typeof routes.reschedule, PortalEnv> = async (c) =>
  c.json(
    await reschedulePortal(
      c.var.portal,
      c.req.valid("param").id,
      c.req.valid("json"),
      new Date(),
      mailOf(c),
    ),
    200,
  );

export const cancel: RouteHandler<typeof routes.cancel, PortalEnv> = async (c) =>
  c.json(
    await cancelPortal(
      c.var.portal,
      c.req.valid("param").id,
      c.req.valid("json"),
      new Date(),
      mailOf(c),
    ),
    200,
  );
