import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { ConsentKind } from "../../../domain/consents/index.ts";
import { consentHashInput } from "../../../domain/consents/index.ts";
import { audit } from "../../audit/audit.ts";
import { client, consentSignature } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { renderConsentPdf } from "../../documents/consent-pdf.ts";
import type { FileStore } from "../../files/file-store.ts";
import { conflict, notFound } from "../../http/problem.ts";
import type { Logger } from "../../logger.ts";
import type { Mailer } from "../../notify/mailer.ts";
import { processSignature } from "../consultations/signature-image.ts";
import { clinicIdentity, consentRenderer, materialiseCurrent, sha256Hex } from "./templates.ts";

export interface SignInput {
  kind: ConsentKind;
  /** The template id the signer was shown (null when they saw the built-in text). */
  templateId: string | null;
  /** The version and text fingerprint the signer read. */
  version: number;
  sha256: string;
  signedName: string;
  /** The drawn signature as a PNG data URL. */
  signature: string;
}

export interface SignContext {
  via: "portal" | "clinic";
  /** The staff member at the clinic's tablet (clinic signatures only). */
  witness: { userId: string; name: string } | null;
  /** Who the audit entry names: the staff member or the portal user. */
  actorUserId: string;
  ip: string;
  userAgent: string;
  files: FileStore;
  mailer: Mailer;
  publicUrl: string;
  log: Logger;
}

export const FORM_UPDATED = "This form was updated. Please read it again before signing.";

/**
 * Signs the current version of one consent form for a client: the text shown, the drawn signature,
 * the time, IP and browser are frozen in one row with its PDF copy; then the client is told by a
 * discreet email that their copy is in the portal.
 */
export async function signConsent(
  tenant: Tenant,
  clientId: string,
  input: SignInput,
  ctx: SignContext,
  now: Date,
) {
  await requireClient(tenant, clientId);
  const signaturePng = await processSignature(input.signature);
  const stored: string[] = [];
  try {
    const result = await tenant.transaction(async (t) => {
      const [who] = await t.db
        .select({ id: client.id, email: client.email, firstName: client.firstName })
        .from(client)
        .where(t.where(client, eq(client.id, clientId), isNull(client.archivedAt)))
        .for("update");
      if (!who) throw notFound("This client was not found.");
      const current = await materialiseCurrent(t, input.kind);
      const form = (await consentRenderer(t))(current);
      const sameTemplate = input.templateId === null || input.templateId === current.id;
      if (!sameTemplate || input.version !== form.version || input.sha256 !== form.sha256) {
        throw conflict(FORM_UPDATED);
      }
      const [latest] = await t.db
        .select({ version: consentSignature.version, withdrawnAt: consentSignature.withdrawnAt })
        .from(consentSignature)
        .where(
          t.where(
            consentSignature,
            and(eq(consentSignature.clientId, clientId), eq(consentSignature.kind, input.kind)),
          ),
        )
        .orderBy(desc(consentSignature.signedAt))
        .limit(1);
      if (latest && !latest.withdrawnAt && latest.version === form.version) {
        throw conflict("This form is already signed at its current version.");
      }
      const identity = await clinicIdentity(t);
      const sha256 = sha256Hex(consentHashInput(form.title, form.body));
      const signatureFile = await ctx.files.put("consent-signatures", signaturePng, "png");
      stored.push(signatureFile);
      const pdf = await renderConsentPdf({
        clinicName: identity.name,
        title: form.title,
        version: form.version,
        body: form.body,
        signature: signaturePng,
        signedName: input.signedName,
        signedAt: now,
        signedVia: ctx.via,
        witnessName: ctx.witness?.name ?? null,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        sha256,
        fmt: identity.format,
      });
      const pdfFile = await ctx.files.put("consent-pdfs", pdf, "pdf");
      stored.push(pdfFile);
      const id = randomUUID();
      await t.insert(consentSignature, {
        id,
        clientId,
        templateId: current.id,
        kind: input.kind,
        version: form.version,
        title: form.title,
        body: form.body,
        bodySha256: sha256,
        signedName: input.signedName,
        signatureFile,
        pdfFile,
        signedAt: now,
        ip: ctx.ip,
        userAgent: ctx.userAgent.slice(0, 500),
        signedVia: ctx.via,
        witnessedBy: ctx.witness?.userId ?? null,
      });
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: ctx.actorUserId,
        action: "create",
        entity: "consent_signature",
        entityId: id,
        ip: ctx.ip,
        details: { clientId, kind: input.kind, version: form.version, via: ctx.via },
      });
      return { id, email: who.email, firstName: who.firstName, identity };
    });
    await sendCopyNote(ctx, tenant.orgId, result).catch((err) =>
      ctx.log.warn({ err }, "could not email the consent copy note"),
    );
    return { id: result.id, signedAt: now };
  } catch (err) {
    await Promise.all(stored.map((key) => ctx.files.remove(key).catch(() => undefined)));
    throw err;
  }
}

/** A discreet note: no form title (it may name the treatment), just where the copy is. */
async function sendCopyNote(
  ctx: SignContext,
  orgId: string,
  r: { email: string | null; firstName: string; identity: { name: string; slug: string } },
) {
  if (!r.email) return;
  const url = `${ctx.publicUrl.replace(/\/$/, "")}/portal/${r.identity.slug}/consents`;
  await ctx.mailer.send({
    orgId,
    to: r.email,
    subject: `Your signed form from ${r.identity.name}`,
    text: [
      `Hello ${r.firstName},`,
      "",
      `Thank you for signing a form with ${r.identity.name}. A PDF copy is kept for you in your client portal, where you can read or download it at any time:`,
      url,
      "",
      `${r.identity.name}`,
    ].join("\n"),
  });
}

/** 404 for a client that is not this clinic's (checked before any work is done). */
export async function requireClient(tenant: Tenant, clientId: string): Promise<void> {
  const [row] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!row) throw notFound("This client was not found.");
}
