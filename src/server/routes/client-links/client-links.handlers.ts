import type { RouteHandler } from "@hono/zod-openapi";
import { createFormatter } from "../../../domain/time/format.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { revokeClientLink } from "../../use-cases/client-links/links.ts";
import {
  consultationPrep,
  linkConsultation,
  sendClientLink,
} from "../../use-cases/client-links/staff-links.ts";
import { clinicZone } from "../../use-cases/clinic/primary-location.ts";
import type * as routes from "./client-links.routes.ts";

export const createLink: RouteHandler<typeof routes.createLink, StaffEnv> = async (c) => {
  const input = c.req.valid("json");
  const { tenant, staff, deps } = c.var;
  const fmt = createFormatter({ timeZone: await clinicZone(tenant) });
  const made = await sendClientLink(tenant, input, {
    actorUserId: staff.userId,
    now: new Date(),
    ip: c.var.clientIp,
    mailer: deps.mailer,
    expiryText: (d) => fmt.weekdayDate(d.getTime()),
  });
  return c.json(
    { id: made.id, url: made.url, expiresAt: made.expiresAt.toISOString(), sentTo: made.sentTo },
    201,
  );
};

export const listLinks: RouteHandler<typeof routes.listLinks, StaffEnv> = async (c) => {
  const { consultationId } = c.req.valid("query");
  return c.json(await consultationPrep(c.var.tenant, consultationId, new Date()), 200);
};

export const revokeLink: RouteHandler<typeof routes.revokeLink, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  await linkConsultation(tenant, id);
  await revokeClientLink(tenant, id, {
    actorUserId: staff.userId,
    now: new Date(),
    ip: c.var.clientIp,
  });
  return c.body(null, 204);
};
