import type { RouteHandler } from "@hono/zod-openapi";
import { DEFAULT_CLINICAL_SETTINGS } from "../../../domain/settings/clinical-settings.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import {
  loadClinicalSettings,
  saveClinicalSettings,
} from "../../use-cases/consultations/clinical-settings-store.ts";
import type { getSettings, putSettings } from "./clinical-settings.routes.ts";

async function view(tenant: Tenant) {
  const stored = await loadClinicalSettings(tenant);
  return {
    settings: stored.settings,
    defaults: DEFAULT_CLINICAL_SETTINGS,
    version: stored.version,
    updatedAt: stored.updatedAt?.toISOString() ?? null,
    needsAttention: stored.invalid,
  };
}

export const get: RouteHandler<typeof getSettings, StaffEnv> = async (c) =>
  c.json(await view(c.var.tenant), 200);

export const put: RouteHandler<typeof putSettings, StaffEnv> = async (c) => {
  const { settings, version } = c.req.valid("json");
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    await saveClinicalSettings(t, settings, version, staff.userId);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "clinical_settings",
      entityId: t.orgId,
    });
  });
  return c.json(await view(tenant), 200);
};
