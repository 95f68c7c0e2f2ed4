import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import { createTenant } from "../../db/tenant.ts";
import type { AppEnv } from "../../http/context.ts";
import { notFound } from "../../http/problem.ts";
import { clinicLogoFile } from "../../use-cases/clinic/public-brand.ts";
import { acceptOffer as accept } from "../../use-cases/waitlist/offer-accept.ts";
import { declineOffer as decline } from "../../use-cases/waitlist/offer-lifecycle.ts";
import { findOfferByToken, presentPublicOffer } from "../../use-cases/waitlist/public-offer.ts";
import type * as routes from "./public-offers.routes.ts";

type Ctx = { var: AppEnv["Variables"]; req: { valid(target: "param"): { token: string } } };

/** The offer the link names, with a Tenant bound to its clinic. */
async function open(c: Ctx) {
  const { db } = c.var.deps;
  const found = await findOfferByToken(db, c.req.valid("param").token);
  return { ...found, tenant: createTenant(db, found.orgId) };
}

const mailOf = (c: Ctx) => ({ mailer: c.var.deps.mailer, publicUrl: c.var.deps.env.PUBLIC_URL });

export const getOffer: RouteHandler<typeof routes.getOffer, AppEnv> = async (c) => {
  const { id, tenant } = await open(c);
  const now = new Date();
  const view = await presentPublicOffer(tenant, id, now);
  // The client reads their own offer through the link: a read of appointment details.
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: null,
    action: "read",
    entity: "waitlist_offer",
    entityId: id,
    ip: c.var.clientIp,
    details: { via: "offer_link" },
  });
  return c.json(view, 200);
};

export const acceptOffer: RouteHandler<typeof routes.acceptOffer, AppEnv> = async (c) => {
  const { id, tenant } = await open(c);
  const now = new Date();
  await accept(tenant, id, { userId: null, ip: c.var.clientIp }, now, mailOf(c));
  return c.json(await presentPublicOffer(tenant, id, now), 200);
};

export const declineOffer: RouteHandler<typeof routes.declineOffer, AppEnv> = async (c) => {
  const { id, tenant } = await open(c);
  const now = new Date();
  await decline(tenant, id, { userId: null, ip: c.var.clientIp }, now, mailOf(c));
  return c.json(await presentPublicOffer(tenant, id, now), 200);
};

export const offerLogo: RouteHandler<typeof routes.offerLogo, AppEnv> = async (c) => {
  const { tenant } = await open(c);
  const key = await clinicLogoFile(tenant);
  const data = key ? await c.var.deps.files.get(key) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "private, max-age=3600");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" }) as never;
};
