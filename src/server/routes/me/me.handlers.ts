import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { StaffRole } from "../../../shared/contracts/me.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { user } from "../../db/schema/index.ts";
import { DEFAULT_TIME_ZONE, primaryLocation } from "../../use-cases/clinic/primary-location.ts";
import { loadClinic } from "../clinic/clinic.store.ts";
import type { getMe } from "./me.routes.ts";

export const get: RouteHandler<typeof getMe, StaffEnv> = async (c) => {
  const { tenant, staff } = c.var;
  const [[account], clinic, firstLocation] = await Promise.all([
    tenant.db
      .select({ twoFactorEnabled: user.twoFactorEnabled })
      .from(user)
      .where(eq(user.id, staff.userId)),
    loadClinic(tenant),
    primaryLocation(tenant),
  ]);
  return c.json(
    {
      user: {
        id: staff.userId,
        name: staff.name,
        email: staff.email,
        twoFactorEnabled: account?.twoFactorEnabled ?? false,
      },
      member: { id: staff.memberId, role: staff.role satisfies StaffRole },
      clinic: {
        id: clinic.id,
        name: clinic.name,
        slug: clinic.slug,
        primaryColour: clinic.primaryColour,
        accentColour: clinic.accentColour,
        logoUrl: clinic.logoUrl,
        locale: clinic.locale,
        currency: clinic.currency,
        timeZone: firstLocation?.timeZone ?? DEFAULT_TIME_ZONE,
        locationId: firstLocation?.id ?? null,
      },
    },
    200,
  );
};
