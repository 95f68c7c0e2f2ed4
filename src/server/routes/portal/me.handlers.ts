import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { client } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import { loadPortalClinicById } from "../../portal/clinic-lookup.ts";
import type { PortalEnv } from "../../portal/guard.ts";
import type * as routes from "./me.routes.ts";

export const me: RouteHandler<typeof routes.me, PortalEnv> = async (c) => {
  const { tenant, clientId, email } = c.var.portal;
  const [row] = await tenant.db
    .select({
      firstName: client.firstName,
      lastName: client.lastName,
      preferredName: client.preferredName,
    })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  const clinic = await loadPortalClinicById(tenant.db, tenant.orgId);
  if (!row || !clinic) throw notFound("Your record was not found.");
  const { name, primaryColour, accentColour, hasLogo, phone, email: clinicEmail } = clinic.brand;
  return c.json(
    {
      clientId,
      firstName: row.firstName,
      displayName: row.preferredName || row.firstName,
      lastName: row.lastName,
      email,
      clinic: {
        slug: clinic.slug,
        name,
        primaryColour,
        accentColour,
        hasLogo,
        phone,
        email: clinicEmail,
      },
    },
    200,
  );
};
