import { and, desc, eq } from "drizzle-orm";
import {
  type ConsentKind,
  consentKinds,
  isRequiredConsent,
} from "../../../domain/consents/index.ts";
import { consentSignature } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { consentRenderer, currentVersions } from "./templates.ts";

/** A signed copy, newest first, without the text (see signature-read.ts for that). */
export interface ConsentDocument {
  id: string;
  kind: ConsentKind;
  title: string;
  version: number;
  signedAt: Date;
  signedVia: "portal" | "clinic";
  withdrawnAt: Date | null;
  hasPdf: boolean;
}

/**
 * The client's signed consent copies, newest first. Status only (titles and dates): callers that
 * show them to a person audit the read.
 */
export async function consentDocuments(
  tenant: Tenant,
  clientId: string,
): Promise<ConsentDocument[]> {
  const rows = await tenant.db
    .select({
      id: consentSignature.id,
      kind: consentSignature.kind,
      title: consentSignature.title,
      version: consentSignature.version,
      signedAt: consentSignature.signedAt,
      signedVia: consentSignature.signedVia,
      withdrawnAt: consentSignature.withdrawnAt,
      pdfFile: consentSignature.pdfFile,
    })
    .from(consentSignature)
    .where(tenant.where(consentSignature, eq(consentSignature.clientId, clientId)))
    .orderBy(desc(consentSignature.signedAt), desc(consentSignature.createdAt));
  return rows.map(({ pdfFile, ...r }) => ({ ...r, hasPdf: pdfFile !== null }));
}

export type ConsentState = "signed" | "outdated" | "missing" | "withdrawn";

export interface ConsentKindStatus {
  kind: ConsentKind;
  required: boolean;
  /** The current form's rendered title and version. */
  title: string;
  version: number;
  state: ConsentState;
  /** The latest signature of this kind, if any. */
  latest: ConsentDocument | null;
}

/**
 * Per kind: signed at the current version, signed at an older one, never signed, or (marketing)
 * withdrawn. A withdrawn signature never counts as signed.
 */
export async function consentStatus(
  tenant: Tenant,
  clientId: string,
): Promise<ConsentKindStatus[]> {
  const versions = await currentVersions(tenant);
  const documents = await consentDocuments(tenant, clientId);
  const render = await consentRenderer(tenant);
  return consentKinds.map((kind) => {
    const current = versions.find((v) => v.kind === kind);
    if (!current) throw new Error(`no version for ${kind}`);
    const latest = documents.find((d) => d.kind === kind) ?? null;
    const state: ConsentState = !latest
      ? "missing"
      : latest.withdrawnAt
        ? "withdrawn"
        : latest.version === current.version
          ? "signed"
          : "outdated";
    const form = render(current);
    return {
      kind,
      required: isRequiredConsent(kind),
      title: form.title,
      version: current.version,
      state,
      latest,
    };
  });
}

/**
 * Forms the client still has to sign: every required kind not signed at its current version, and
 * the optional photo-marketing form if they have never answered it (offered once; after a
 * withdrawal it is not offered again, but can still be signed from the consents page).
 */
export async function consentsToSign(
  tenant: Tenant,
  clientId: string,
): Promise<Array<{ kind: ConsentKind; title: string; version: number }>> {
  const status = await consentStatus(tenant, clientId);
  return status
    .filter((s) => (s.required ? s.state !== "signed" : s.state === "missing"))
    .map(({ kind, title, version }) => ({ kind, title, version }));
}

/** The latest photo-marketing signature that has not been withdrawn, if any. */
export async function liveMarketingSignature(tenant: Tenant, clientId: string) {
  const [row] = await tenant.db
    .select({ id: consentSignature.id, withdrawnAt: consentSignature.withdrawnAt })
    .from(consentSignature)
    .where(
      tenant.where(
        consentSignature,
        and(eq(consentSignature.clientId, clientId), eq(consentSignature.kind, "photo_marketing")),
      ),
    )
    .orderBy(desc(consentSignature.signedAt), desc(consentSignature.createdAt))
    .limit(1);
  return row && !row.withdrawnAt ? row : null;
}
