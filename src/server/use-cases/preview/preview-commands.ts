import { eq } from "drizzle-orm";
import type { PreviewSaveInput } from "../../../shared/contracts/preview.ts";
import { audit } from "../../audit/audit.ts";
import { consultation, previewDesign } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { loadPhoto } from "../photos/photo-read.ts";
import { CLOSED_REASON, FROZEN_REASON, type PreviewRow } from "./preview-read.ts";
import { renderDesign } from "./render-design.ts";

export const PREVIEW_PREFIX = "previews";

const stale = () =>
  conflict("This preview was changed meanwhile. Reload to see the latest version.");

/**
 * Saves the consultation's design (vectors and parameters) and renders it on the photo in Node.
 * The slow render happens before the transaction; under lock the version is checked again, so a
 * stale or frozen design is refused (409) and no file of a refused save is kept.
 */
export async function savePreview(
  tenant: Tenant,
  files: FileStore,
  userId: string,
  consultationId: string,
  input: PreviewSaveInput,
): Promise<PreviewRow> {
  const owner = await checkWritable(tenant, consultationId);
  const photo = await loadPhoto(tenant, input.photoId);
  if (photo.clientId !== owner.clientId) {
    throw unprocessable(
      "That photo belongs to another client. Choose one of this client's photos.",
    );
  }
  const { design } = input;
  if (design.imageWidth !== photo.width || design.imageHeight !== photo.height) {
    throw unprocessable(
      `The design was drawn on a ${design.imageWidth}×${design.imageHeight} image, but the photo is ${photo.width}×${photo.height}. Reload the photo and save again.`,
    );
  }
  await checkVersion(tenant, consultationId, input.version, false);
  const source = await files.get(photo.fileKey);
  if (!source) throw notFound("The photo's file is missing. Choose or upload another photo.");
  const rendered = await renderDesign(source, design, input.params);
  const renderFile = await files.put(PREVIEW_PREFIX, rendered.full, "jpg");
  let thumbFile: string | null = null;
  try {
    thumbFile = await files.put(PREVIEW_PREFIX, rendered.thumb, "jpg");
    const renderThumbFile = thumbFile;
    const { row, replaced } = await tenant.transaction(async (t) => {
      await checkWritable(t, consultationId, true);
      const current = await checkVersion(t, consultationId, input.version, true);
      const values = {
        photoId: photo.id,
        design,
        params: input.params,
        renderFile,
        renderThumbFile,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      const [saved] = current
        ? await t.db
            .update(previewDesign)
            .set({ ...values, version: current.version + 1 })
            .where(t.where(previewDesign, eq(previewDesign.id, current.id)))
            .returning()
        : await t
            .insert(previewDesign, { ...values, clientId: owner.clientId, consultationId })
            .onConflictDoNothing()
            .returning();
      // A design created by someone else at the same moment: this editor's copy is stale.
      if (!saved) throw stale();
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: userId,
        action: current ? "update" : "create",
        entity: "preview-design",
        entityId: saved.id,
        details: { consultationId, clientId: owner.clientId, photoId: photo.id },
      });
      return { row: saved, replaced: current };
    });
    if (replaced?.renderFile) await files.remove(replaced.renderFile).catch(() => {});
    if (replaced?.renderThumbFile) await files.remove(replaced.renderThumbFile).catch(() => {});
    return row;
  } catch (error) {
    await files.remove(renderFile).catch(() => {});
    if (thumbFile) await files.remove(thumbFile).catch(() => {});
    throw error;
  }
}

async function checkWritable(tenant: Tenant, consultationId: string, lock = false) {
  const query = tenant.db
    .select({ clientId: consultation.clientId, status: consultation.status })
    .from(consultation)
    .where(tenant.where(consultation, eq(consultation.id, consultationId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("There is no such consultation in this clinic.");
  if (row.status === "closed") throw conflict(CLOSED_REASON);
  return row;
}

async function checkVersion(
  tenant: Tenant,
  consultationId: string,
  version: number,
  lock: boolean,
): Promise<PreviewRow | null> {
  const query = tenant.db
    .select()
    .from(previewDesign)
    .where(tenant.where(previewDesign, eq(previewDesign.consultationId, consultationId)));
  const [row] = lock ? await query.for("update") : await query;
  if (row?.status === "frozen") throw conflict(FROZEN_REASON);
  if ((row?.version ?? 0) !== version) throw stale();
  return row ?? null;
}
