import type { RouteHandler } from "@hono/zod-openapi";
import type { PublicBookingSettingsView } from "../../../shared/contracts/public-booking.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import {
  loadOwnPublicBooking,
  savePublicBooking,
} from "../../use-cases/public-booking/settings-store.ts";
import type { getSettings, putSettings } from "./public-booking-settings.routes.ts";

async function view(tenant: Tenant, publicUrl: string): Promise<PublicBookingSettingsView> {
  const s = await loadOwnPublicBooking(tenant);
  return {
    enabled: s.enabled,
    intro: s.intro,
    showEstimate: s.showEstimate,
    embedOrigins: s.embedOrigins,
    slug: s.slug,
    widgetScriptUrl: `${publicUrl}/widget/stipple-booking.js`,
    hostedPageUrl: `${publicUrl}/book/${encodeURIComponent(s.slug)}`,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}

export const get: RouteHandler<typeof getSettings, StaffEnv> = async (c) =>
  c.json(await view(c.var.tenant, c.var.deps.env.PUBLIC_URL), 200);

export const put: RouteHandler<typeof putSettings, StaffEnv> = async (c) => {
  const input = c.req.valid("json");
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    const before = await loadOwnPublicBooking(t);
    await savePublicBooking(t, input, staff.userId, new Date());
    const fields = (["enabled", "intro", "showEstimate", "embedOrigins"] as const).filter(
      (k) => JSON.stringify(input[k]) !== JSON.stringify(before[k]),
    );
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "public_booking_settings",
      entityId: t.orgId,
      details: { fields },
    });
  });
  return c.json(await view(tenant, c.var.deps.env.PUBLIC_URL), 200);
};
