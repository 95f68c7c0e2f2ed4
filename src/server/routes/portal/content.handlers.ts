import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import { renderAftercarePdf } from "../../documents/aftercare-pdf.ts";
import { aftercarePdfInput } from "../../documents/aftercare-pdf-context.ts";
import { notFound } from "../../http/problem.ts";
import {
  assertClientSignedSession,
  clientPlanPdfFile,
  formatterFor,
  portalDocuments,
} from "../../portal/documents.ts";
import type { PortalContext, PortalEnv } from "../../portal/guard.ts";
import { portalHome } from "../../portal/home.ts";
import { sharedPhotos } from "../../portal/photos.ts";
import { signerFor } from "../photos/photos.handlers.ts";
import type * as routes from "./content.routes.ts";

/** Every read of the client's own health data is audited, with the portal user as the actor. */
function auditRead(
  portal: PortalContext,
  ip: string,
  entity: string,
  entityId: string,
  details: Record<string, unknown> = {},
) {
  return audit(portal.tenant.db, {
    orgId: portal.tenant.orgId,
    actorUserId: portal.portalUserId,
    action: "read",
    entity,
    entityId,
    ip,
    details: { actor: "portal", clientId: portal.clientId, ...details },
  });
}

export const home: RouteHandler<typeof routes.home, PortalEnv> = async (c) => {
  const { portal } = c.var;
  const view = await portalHome(portal.tenant, portal.clientId, new Date());
  await auditRead(portal, c.var.clientIp, "portal_home", portal.clientId, {
    plan: view.plan?.id ?? null,
    aftercare: view.aftercareToday?.appointmentId ?? null,
  });
  return c.json(view, 200);
};

export const documents: RouteHandler<typeof routes.documents, PortalEnv> = async (c) => {
  const { portal } = c.var;
  const list = await portalDocuments(portal.tenant, portal.clientId, portal.clinic.slug);
  await auditRead(portal, c.var.clientIp, "portal_documents", portal.clientId, {
    count: list.length,
  });
  return c.json({ documents: list }, 200);
};

const pdfHeaders = (name: string) => ({
  "content-type": "application/pdf",
  "content-disposition": `inline; filename="${name}.pdf"`,
  "cache-control": "private, no-store",
});

export const planPdf: RouteHandler<typeof routes.planPdf, PortalEnv> = async (c) => {
  const { portal } = c.var;
  const { planId } = c.req.valid("param");
  const file = await clientPlanPdfFile(portal.tenant, portal.clientId, planId);
  const data = await c.var.deps.files.get(file.key);
  if (!data) throw notFound("The plan's PDF is missing. Please contact the clinic.");
  await auditRead(portal, c.var.clientIp, "treatment_plan_pdf", planId);
  const day = file.acceptedAt?.toISOString().slice(0, 10) ?? planId;
  return c.body(new Uint8Array(data), 200, pdfHeaders(`treatment-plan-${day}`)) as never;
};

export const aftercarePdf: RouteHandler<typeof routes.aftercarePdf, PortalEnv> = async (c) => {
  const { portal } = c.var;
  const { appointmentId } = c.req.valid("param");
  await assertClientSignedSession(portal.tenant, portal.clientId, appointmentId);
  const input = await aftercarePdfInput(portal.tenant, appointmentId);
  const pdf = await renderAftercarePdf(input);
  await auditRead(portal, c.var.clientIp, "aftercare_sheet", appointmentId);
  const day = input.fmt.date(input.sessionEnded).split("/").reverse().join("-");
  return c.body(new Uint8Array(pdf), 200, pdfHeaders(`aftercare-${day}`)) as never;
};

export const photos: RouteHandler<typeof routes.photos, PortalEnv> = async (c) => {
  const { portal, deps } = c.var;
  const fmt = await formatterFor(portal.tenant);
  const list = await sharedPhotos(portal.tenant, portal.clientId, signerFor(deps), new Date(), fmt);
  await auditRead(portal, c.var.clientIp, "scalp-photo", portal.clientId, {
    shared: list.map((p) => p.id),
  });
  return c.json({ photos: list }, 200);
};
