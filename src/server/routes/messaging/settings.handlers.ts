import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import { queueClinicReplan } from "../../jobs/queue.ts";
import { loadClinicalSettings } from "../../use-cases/consultations/clinical-settings-store.ts";
import {
  loadMessagingSettings,
  saveMessagingSettings,
} from "../../use-cases/messaging/settings-store.ts";
import type { getSettings, putSettings } from "./messaging.routes.ts";

async function view(tenant: Tenant) {
  const stored = await loadMessagingSettings(tenant);
  const { aftercare } = (await loadClinicalSettings(tenant)).settings;
  return {
    settings: stored.settings,
    version: stored.version,
    updatedAt: stored.updatedAt?.toISOString() ?? null,
    clinical: {
      includedTouchUps: aftercare.includedTouchUps,
      recallMonths: aftercare.recallMonths,
      secondRecallMonths: aftercare.secondRecallMonths,
    },
  };
}

export const get: RouteHandler<typeof getSettings, StaffEnv> = async (c) =>
  c.json(await view(c.var.tenant), 200);

export const put: RouteHandler<typeof putSettings, StaffEnv> = async (c) => {
  const { settings, version } = c.req.valid("json");
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    const before = (await loadMessagingSettings(t)).settings;
    const saved = await saveMessagingSettings(t, settings, version, staff.userId, new Date());
    const fields = (Object.keys(settings) as (keyof typeof settings)[]).filter(
      (key) => JSON.stringify(settings[key]) !== JSON.stringify(before[key]),
    );
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "messaging_settings",
      entityId: t.orgId,
      ip: c.var.clientIp,
      details: { version: saved, fields },
    });
    // Messages already planned follow the new schedule (the worker re-plans them shortly).
    await queueClinicReplan(t.db, t.orgId);
  });
  return c.json(await view(tenant), 200);
};
