import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { templatesView, versionsView } from "../../use-cases/consents/client-view.ts";
import { kindFromPath, saveNewVersion } from "../../use-cases/consents/templates.ts";
import type * as routes from "./templates.routes.ts";

export const listTemplates: RouteHandler<typeof routes.listTemplates, StaffEnv> = async (c) =>
  c.json(await templatesView(c.var.tenant), 200);

export const saveTemplate: RouteHandler<typeof routes.saveTemplate, StaffEnv> = async (c) => {
  const { kind } = c.req.valid("param");
  const saved = await saveNewVersion(
    c.var.tenant,
    { kind: kindFromPath(kind), ...c.req.valid("json") },
    c.var.staff.userId,
  );
  const { versions } = await versionsView(c.var.tenant, kindFromPath(kind));
  const view = versions.find((v) => v.version === saved.version);
  if (!view) throw new Error("The saved version is missing.");
  return c.json(view, 201);
};

export const listVersions: RouteHandler<typeof routes.listVersions, StaffEnv> = async (c) =>
  c.json(await versionsView(c.var.tenant, kindFromPath(c.req.valid("param").kind)), 200);
