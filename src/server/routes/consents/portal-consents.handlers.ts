import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { PortalEnv } from "../../portal/guard.ts";
import { clientConsents } from "../../use-cases/consents/client-view.ts";
import { signConsent } from "../../use-cases/consents/sign.ts";
import { consentPdf } from "../../use-cases/consents/signature-read.ts";
import { kindFromPath } from "../../use-cases/consents/templates.ts";
import { withdrawMarketingConsent } from "../../use-cases/consents/withdraw.ts";
import type * as routes from "./portal-consents.routes.ts";

// The client is always the signed-in one (c.var.portal): no route takes a client id.

export const portalConsents: RouteHandler<typeof routes.portalConsents, PortalEnv> = async (c) => {
  const { tenant, clientId, portalUserId } = c.var.portal;
  const view = await clientConsents(tenant, clientId);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: portalUserId,
    action: "read",
    entity: "consent_signature",
    entityId: clientId,
    ip: c.var.clientIp,
    details: { clientId, list: true, via: "portal" },
  });
  return c.json(view, 200);
};

export const portalSign: RouteHandler<typeof routes.portalSign, PortalEnv> = async (c) => {
  const { kind } = c.req.valid("param");
  const { tenant, clientId, portalUserId } = c.var.portal;
  const { deps } = c.var;
  const { templateId, version, sha256, signedName, signature } = c.req.valid("json");
  const signed = await signConsent(
    tenant,
    clientId,
    { kind: kindFromPath(kind), templateId, version, sha256, signedName, signature },
    {
      via: "portal",
      witness: null,
      actorUserId: portalUserId,
      ip: c.var.clientIp,
      userAgent: c.req.header("user-agent") ?? "",
      files: deps.files,
      mailer: deps.mailer,
      publicUrl: deps.env.PUBLIC_URL,
      log: c.var.log,
    },
    new Date(),
  );
  return c.json({ id: signed.id, signedAt: signed.signedAt.toISOString() }, 201);
};

export const portalWithdraw: RouteHandler<typeof routes.portalWithdraw, PortalEnv> = async (c) => {
  const { tenant, clientId, portalUserId } = c.var.portal;
  const r = await withdrawMarketingConsent(
    tenant,
    clientId,
    { via: "portal", actorUserId: portalUserId, ip: c.var.clientIp },
    new Date(),
  );
  return c.json({ ...r, withdrawnAt: r.withdrawnAt.toISOString() }, 200);
};

export const portalPdf: RouteHandler<typeof routes.portalPdf, PortalEnv> = async (c) => {
  const { signatureId } = c.req.valid("param");
  const { tenant, clientId, portalUserId } = c.var.portal;
  const { pdf, fileName } = await consentPdf(tenant, clientId, signatureId, c.var.deps.files, {
    actorUserId: portalUserId,
    ip: c.var.clientIp,
    via: "portal",
  });
  return c.body(new Uint8Array(pdf), 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "private, no-store",
  }) as never;
};
