import { and, eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import { consentSignature } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { notFound } from "../../http/problem.ts";

export const NO_CONSENT = "This signed form was not found.";

/**
 * The PDF copy of one of the client's signatures, audited as a read. A signature of another
 * client (or clinic) is simply not found.
 */
export async function consentPdf(
  tenant: Tenant,
  clientId: string,
  signatureId: string,
  files: FileStore,
  reader: { actorUserId: string; ip: string; via: "portal" | "staff" },
): Promise<{ pdf: Buffer; fileName: string }> {
  const [row] = await tenant.db
    .select({
      id: consentSignature.id,
      kind: consentSignature.kind,
      version: consentSignature.version,
      pdfFile: consentSignature.pdfFile,
    })
    .from(consentSignature)
    .where(
      tenant.where(
        consentSignature,
        and(eq(consentSignature.id, signatureId), eq(consentSignature.clientId, clientId)),
      ),
    );
  if (!row?.pdfFile) throw notFound(NO_CONSENT);
  const pdf = await files.get(row.pdfFile);
  if (!pdf) throw notFound("The PDF copy of this form could not be found.");
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: reader.actorUserId,
    action: "read",
    entity: "consent_signature",
    entityId: row.id,
    ip: reader.ip,
    details: { clientId, pdf: true, via: reader.via },
  });
  return { pdf, fileName: `signed-form-${row.kind.replace(/_/g, "-")}-v${row.version}.pdf` };
}
