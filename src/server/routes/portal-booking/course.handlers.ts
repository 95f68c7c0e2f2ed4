import type { RouteHandler } from "@hono/zod-openapi";
import type { PortalEnv } from "../../portal/guard.ts";
import {
  bookPortalCourse,
  listPortalPlans,
  portalHolds,
  portalProposal,
  portalSessionTimes,
  releasePortalHolds,
} from "../../use-cases/portal-booking/portal-course.ts";
import type * as routes from "./course.routes.ts";

export const plans: RouteHandler<typeof routes.plans, PortalEnv> = async (c) =>
  c.json(await listPortalPlans(c.var.portal, new Date()), 200);

export const proposal: RouteHandler<typeof routes.proposal, PortalEnv> = async (c) =>
  c.json(
    await portalProposal(
      c.var.portal,
      c.req.valid("param").planId,
      c.req.valid("json"),
      new Date(),
    ),
    200,
  );

export const sessionTimes: RouteHandler<typeof routes.sessionTimes, PortalEnv> = async (c) =>
  c.json(
    await portalSessionTimes(
      c.var.portal,
      c.req.valid("param").planId,
      c.req.valid("query"),
      new Date(),
    ),
    200,
  );

export const hold: RouteHandler<typeof routes.hold, PortalEnv> = async (c) =>
  c.json(
    await portalHolds(c.var.portal, c.req.valid("param").planId, c.req.valid("json"), new Date()),
    201,
  );

export const release: RouteHandler<typeof routes.release, PortalEnv> = async (c) => {
  await releasePortalHolds(c.var.portal, c.req.valid("param").groupId);
  return c.body(null, 204);
};

export const book: RouteHandler<typeof routes.book, PortalEnv> = async (c) =>
  c.json(
    await bookPortalCourse(
      c.var.portal,
      c.req.valid("param").planId,
      c.req.valid("json"),
      new Date(),
    ),
    201,
  );
