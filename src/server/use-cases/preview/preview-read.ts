import { eq } from "drizzle-orm";
import { DEFAULT_PREVIEW_PARAMS } from "../../../domain/preview/index.ts";
import type { PreviewState, PreviewView } from "../../../shared/contracts/preview.ts";
import { audit } from "../../audit/audit.ts";
import { previewDesign } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { createUrlSigner } from "../../files/signed-urls.ts";
import { loadConsultation, loadLivePlan } from "../consultations/consultation-read.ts";
import { PHOTO_URL_TTL_MS } from "../photos/photo-read.ts";

export type PreviewRow = typeof previewDesign.$inferSelect;

export const FROZEN_REASON =
  "The client accepted this design with their treatment plan, so it can no longer be changed.";
export const CLOSED_REASON =
  "This consultation is closed, so its preview can no longer be changed.";

/** Signed URLs for rendered previews: same scheme as photos, its own key and path. */
export function createPreviewSigner(authSecret: string) {
  const signer = createUrlSigner(authSecret, "preview-file-urls-v1");
  return {
    sign: (orgId: string, id: string, variant: "full" | "thumb", expiresAtMs: number) =>
      signer
        .sign({ orgId, photoId: id, variant }, expiresAtMs)
        .replace("/api/files/photos/", "/api/files/previews/"),
    verify: (
      t: { orgId: string; id: string; variant: "full" | "thumb" },
      exp: number,
      sig: string,
      nowMs: number,
    ) => signer.verify({ orgId: t.orgId, photoId: t.id, variant: t.variant }, exp, sig, nowMs),
  };
}
export type PreviewSigner = ReturnType<typeof createPreviewSigner>;

export interface PreviewReader {
  userId: string;
  signer: PreviewSigner;
  now: Date;
}

export async function loadPreviewRow(
  tenant: Tenant,
  consultationId: string,
): Promise<PreviewRow | null> {
  const [row] = await tenant.db
    .select()
    .from(previewDesign)
    .where(tenant.where(previewDesign, eq(previewDesign.consultationId, consultationId)));
  return row ?? null;
}

export function presentPreview(orgId: string, reader: PreviewReader, row: PreviewRow): PreviewView {
  const expires = reader.now.getTime() + PHOTO_URL_TTL_MS;
  return {
    id: row.id,
    consultationId: row.consultationId,
    clientId: row.clientId,
    photoId: row.photoId,
    design: row.design,
    params: row.params,
    status: row.status,
    frozenAt: row.frozenAt?.toISOString() ?? null,
    planId: row.planId,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    renderUrl: row.renderFile ? reader.signer.sign(orgId, row.id, "full", expires) : null,
    renderThumbUrl: row.renderThumbFile
      ? reader.signer.sign(orgId, row.id, "thumb", expires)
      : null,
    expiresAt: new Date(expires).toISOString(),
  };
}

/** The consultation's preview (or null) with the defaults a new design starts from; audited. */
export async function getPreviewState(
  tenant: Tenant,
  reader: PreviewReader,
  consultationId: string,
): Promise<PreviewState> {
  const consultation = await loadConsultation(tenant, consultationId);
  const row = await loadPreviewRow(tenant, consultationId);
  const plan = await loadLivePlan(tenant, consultationId);
  const planShadePct = plan?.plan.pigment.strengthPct ?? null;
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: reader.userId,
    action: "read",
    entity: "preview-design",
    entityId: row?.id ?? null,
    details: { consultationId, clientId: consultation.clientId, photoId: row?.photoId ?? null },
  });
  return {
    preview: row ? presentPreview(tenant.orgId, reader, row) : null,
    defaults: {
      ...DEFAULT_PREVIEW_PARAMS,
      shadePct: planShadePct ?? DEFAULT_PREVIEW_PARAMS.shadePct,
    },
    planShadePct,
    readOnlyReason:
      row?.status === "frozen"
        ? FROZEN_REASON
        : consultation.status === "closed"
          ? CLOSED_REASON
          : null,
  };
}

/** The file key of a preview's rendered image or thumbnail, for the signed file route. */
export async function previewFileKey(
  tenant: Tenant,
  id: string,
  variant: "full" | "thumb",
): Promise<string | null> {
  const [row] = await tenant.db
    .select({ full: previewDesign.renderFile, thumb: previewDesign.renderThumbFile })
    .from(previewDesign)
    .where(tenant.where(previewDesign, eq(previewDesign.id, id)));
  if (!row) return null;
  return variant === "full" ? row.full : row.thumb;
}
