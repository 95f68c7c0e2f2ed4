import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { LOGO_MAX_BYTES } from "../../../shared/contracts/clinic.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { clinicSettings, organization } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import type { deleteLogo, getClinic, getLogo, putLogo, updateClinic } from "./clinic.routes.ts";
import { loadClinic, presentClinic, saveSettings } from "./clinic.store.ts";
import { processLogo, tooLarge } from "./logo-image.ts";

export const get: RouteHandler<typeof getClinic, StaffEnv> = async (c) => {
  return c.json(presentClinic(await loadClinic(c.var.tenant)), 200);
};

export const update: RouteHandler<typeof updateClinic, StaffEnv> = async (c) => {
  const { name, ...settings } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const fields = Object.keys(c.req.valid("json"));
  const updated = await tenant.transaction(async (t) => {
    if (name !== undefined) {
      await t.db.update(organization).set({ name }).where(eq(organization.id, t.orgId));
    }
    await saveSettings(t, settings);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "clinic",
      entityId: t.orgId,
      details: { fields },
    });
    return loadClinic(t);
  });
  return c.json(presentClinic(updated), 200);
};

export const logo: RouteHandler<typeof getLogo, StaffEnv> = async (c) => {
  const { logoFile } = await loadClinic(c.var.tenant);
  const data = logoFile ? await c.var.deps.files.get(logoFile) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "private, max-age=86400");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" });
};

export const uploadLogo: RouteHandler<typeof putLogo, StaffEnv> = async (c) => {
  const { file } = c.req.valid("form");
  if (file.size > LOGO_MAX_BYTES) throw tooLarge();
  const png = await processLogo(new Uint8Array(await file.arrayBuffer()));
  const { tenant, staff, deps } = c.var;
  const key = await deps.files.put("logos", png, "png");
  let previous: string | null = null;
  try {
    previous = await tenant.transaction(async (t) => {
      const [current] = await t.db
        .select({ logoFile: clinicSettings.logoFile })
        .from(clinicSettings)
        .where(t.where(clinicSettings))
        .for("update");
      await saveSettings(t, { logoFile: key });
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "update",
        entity: "clinic-logo",
        entityId: t.orgId,
        details: { bytes: png.byteLength },
      });
      return current?.logoFile ?? null;
    });
  } catch (error) {
    await deps.files.remove(key).catch(() => {});
    throw error;
  }
  if (previous) await removeQuietly(c.var, previous);
  return c.json(presentClinic(await loadClinic(tenant)), 200);
};

export const removeLogo: RouteHandler<typeof deleteLogo, StaffEnv> = async (c) => {
  const { tenant, staff } = c.var;
  const previous = await tenant.transaction(async (t) => {
    const [current] = await t.db
      .select({ logoFile: clinicSettings.logoFile })
      .from(clinicSettings)
      .where(t.where(clinicSettings))
      .for("update");
    if (!current?.logoFile) return null;
    await saveSettings(t, { logoFile: null });
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "delete",
      entity: "clinic-logo",
      entityId: t.orgId,
    });
    return current.logoFile;
  });
  if (previous) await removeQuietly(c.var, previous);
  return c.body(null, 204);
};

/** The database no longer points at the old file, so failing to delete it only wastes space. */
async function removeQuietly(vars: StaffEnv["Variables"], key: string) {
  try {
    await vars.deps.files.remove(key);
  } catch (err) {
    vars.log.warn({ err, key }, "could not delete an old logo file");
  }
}
