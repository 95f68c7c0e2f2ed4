import type { RouteHandler } from "@hono/zod-openapi";
import type { BookingPolicy } from "../../../domain/settings/booking-policy.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import {
  loadBookingPolicy,
  saveBookingPolicy,
} from "../../use-cases/scheduling/booking-policy-store.ts";
import type { getPolicy, putPolicy } from "./booking-policy.routes.ts";

async function view(tenant: Tenant) {
  const stored = await loadBookingPolicy(tenant);
  return {
    policy: stored.policy,
    version: stored.version,
    updatedAt: stored.updatedAt?.toISOString() ?? null,
  };
}

export const get: RouteHandler<typeof getPolicy, StaffEnv> = async (c) =>
  c.json(await view(c.var.tenant), 200);

export const put: RouteHandler<typeof putPolicy, StaffEnv> = async (c) => {
  const { policy, version } = c.req.valid("json");
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    const before = (await loadBookingPolicy(t)).policy;
    const saved = await saveBookingPolicy(t, policy, version, staff.userId);
    const fields = (Object.keys(policy) as (keyof BookingPolicy)[]).filter(
      (key) => policy[key] !== before[key],
    );
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "booking_policy",
      entityId: t.orgId,
      details: { version: saved, fields },
    });
  });
  return c.json(await view(tenant), 200);
};
