import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { clinicToday } from "../../use-cases/clinic/primary-location.ts";
import { loadClinicalSettings } from "../../use-cases/consultations/clinical-settings-store.ts";
import * as commands from "../../use-cases/consultations/plan-commands.ts";
import { planPdfContext } from "../../use-cases/consultations/plan-pdf-context.ts";
import { type PlanRow, presentPlan } from "../../use-cases/consultations/plan-view.ts";
import type * as routes from "./plans.routes.ts";

async function view(tenant: Tenant, row: PlanRow) {
  const { settings } = await loadClinicalSettings(tenant);
  return presentPlan(row, settings);
}

export const updatePlan: RouteHandler<typeof routes.updatePlan, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await commands.updateDraft(c.var.tenant, c.var.staff, id, c.req.valid("json"));
  return c.json(await view(c.var.tenant, row), 200);
};

export const acceptPlan: RouteHandler<typeof routes.acceptPlan, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff, deps } = c.var;
  const now = new Date();
  const row = await commands.acceptPlan(
    tenant,
    staff,
    deps.files,
    id,
    c.req.valid("json"),
    {
      ip: c.var.clientIp || null,
      userAgent: c.req.header("user-agent") ?? null,
      now,
      today: await clinicToday(tenant, now),
    },
    (plan) => planPdfContext(tenant, deps.files, plan),
  );
  return c.json(await view(tenant, row), 200);
};

export const declinePlan: RouteHandler<typeof routes.declinePlan, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await commands.declinePlan(c.var.tenant, c.var.staff, id, c.req.valid("json"));
  return c.json(await view(c.var.tenant, row), 200);
};

export const planPdf: RouteHandler<typeof routes.planPdf, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff, deps } = c.var;
  const row = await commands.loadPlan(tenant, id);
  const pdf = row.pdfFile ? await deps.files.get(row.pdfFile) : null;
  if (!pdf) throw notFound("This plan has no signed PDF yet.");
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "treatment_plan_pdf",
    entityId: id,
    ip: c.var.clientIp,
  });
  return c.body(new Uint8Array(pdf), 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="treatment-plan-${row.acceptedAt?.toISOString().slice(0, 10) ?? id}.pdf"`,
    "cache-control": "private, no-store",
  }) as never;
};
