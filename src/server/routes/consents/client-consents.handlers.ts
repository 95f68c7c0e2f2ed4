import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { clientConsents as loadClientConsents } from "../../use-cases/consents/client-view.ts";
import { signConsent } from "../../use-cases/consents/sign.ts";
import { consentPdf } from "../../use-cases/consents/signature-read.ts";
import { kindFromPath } from "../../use-cases/consents/templates.ts";
import { withdrawMarketingConsent } from "../../use-cases/consents/withdraw.ts";
import type * as routes from "./client-consents.routes.ts";

export const clientConsents: RouteHandler<typeof routes.clientConsents, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const view = await loadClientConsents(tenant, id);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "consent_signature",
    entityId: id,
    ip: c.var.clientIp,
    details: { clientId: id, list: true },
  });
  return c.json(view, 200);
};

export const signAtClinic: RouteHandler<typeof routes.signAtClinic, StaffEnv> = async (c) => {
  const { id, kind } = c.req.valid("param");
  const { tenant, staff, deps } = c.var;
  const { templateId, version, sha256, signedName, signature } = c.req.valid("json");
  const signed = await signConsent(
    tenant,
    id,
    { kind: kindFromPath(kind), templateId, version, sha256, signedName, signature },
    {
      via: "clinic",
      witness: { userId: staff.userId, name: staff.name },
      actorUserId: staff.userId,
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

export const withdrawAtClinic: RouteHandler<typeof routes.withdrawAtClinic, StaffEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const r = await withdrawMarketingConsent(
    c.var.tenant,
    id,
    { via: "clinic", actorUserId: c.var.staff.userId, ip: c.var.clientIp },
    new Date(),
  );
  return c.json({ ...r, withdrawnAt: r.withdrawnAt.toISOString() }, 200);
};

export const clientConsentPdf: RouteHandler<typeof routes.clientConsentPdf, StaffEnv> = async (
  c,
) => {
  const { id, signatureId } = c.req.valid("param");
  const { pdf, fileName } = await consentPdf(c.var.tenant, id, signatureId, c.var.deps.files, {
    actorUserId: c.var.staff.userId,
    ip: c.var.clientIp,
    via: "staff",
  });
  return c.body(new Uint8Array(pdf), 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "private, no-store",
  }) as never;
};
