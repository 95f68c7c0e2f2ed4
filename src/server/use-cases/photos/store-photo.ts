import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import {
  client,
  consultation,
  type PhotoConsent,
  type PhotoView,
  scalpPhoto,
  treatmentSession,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { badRequest, notFound } from "../../http/problem.ts";
import { defaultPhotoLimits, type PhotoLimits, processPhoto } from "./photo-image.ts";

export interface StorePhotoInput {
  clientId: string;
  view: PhotoView;
  viewLabel?: string;
  sessionId?: string | null;
  consultationId?: string | null;
  data: Buffer;
  uploadedBy: string | null;
  consent?: PhotoConsent;
  /** "client" for a photo the client uploaded themselves (a prep link); defaults to "clinic". */
  source?: "clinic" | "client";
  takenAt?: Date;
  /** Defaults to 15 MB, 100 megapixels, 3000 px long edge, 400 px thumbnail. */
  limits?: PhotoLimits;
}

/** Prefix under which photo files are stored; the signed file route serves only this prefix. */
export const PHOTO_PREFIX = "photos";

/**
 * Validates and stores one scalp photo: the bytes are checked and re-encoded without any metadata
 * (see processPhoto), both sizes are written to the file store, then the row and its audit entry
 * are inserted in one transaction. If the insert fails the files are removed again.
 */
export async function storeScalpPhoto(
  tenant: Tenant,
  files: FileStore,
  input: StorePhotoInput,
): Promise<{ id: string }> {
  const viewLabel = (input.viewLabel ?? "").trim();
  if (viewLabel.length > 80) throw badRequest("The view label must be at most 80 characters.");
  if (input.view === "scar" && !viewLabel) {
    throw badRequest('Name the scar in the view label, e.g. "Left parietal scar".');
  }
  await checkLinks(tenant, input);
  const processed = await processPhoto(input.data, input.limits ?? defaultPhotoLimits);
  const fileKey = await files.put(PHOTO_PREFIX, processed.full, "jpg");
  let thumbKey: string | null = null;
  try {
    thumbKey = await files.put(PHOTO_PREFIX, processed.thumb, "jpg");
    const key = thumbKey;
    return await tenant.transaction(async (t) => {
      const [row] = await t
        .insert(scalpPhoto, {
          clientId: input.clientId,
          sessionId: input.sessionId ?? null,
          consultationId: input.consultationId ?? null,
          view: input.view,
          viewLabel: input.view === "scar" ? viewLabel : "",
          fileKey,
          thumbKey: key,
          width: processed.width,
          height: processed.height,
          bytes: processed.full.byteLength,
          consent: input.consent ?? "clinical",
          source: input.source ?? "clinic",
          takenAt: input.takenAt ?? new Date(),
          uploadedBy: input.uploadedBy,
        })
        .returning({ id: scalpPhoto.id });
      if (!row) throw new Error("photo insert returned no row");
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: input.uploadedBy,
        action: "create",
        entity: "scalp-photo",
        entityId: row.id,
        details: {
          clientId: input.clientId,
          view: input.view,
          sessionId: input.sessionId ?? null,
          consultationId: input.consultationId ?? null,
          consent: input.consent ?? "clinical",
          source: input.source ?? "clinic",
        },
      });
      return { id: row.id };
    });
  } catch (error) {
    await files.remove(fileKey).catch(() => {});
    if (thumbKey) await files.remove(thumbKey).catch(() => {});
    throw error;
  }
}

/** The client, session and consultation must all be this clinic's, and belong together. */
async function checkLinks(tenant: Tenant, input: StorePhotoInput): Promise<void> {
  const [cl] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, input.clientId)));
  if (!cl) throw notFound("There is no such client in this clinic.");
  if (input.sessionId) {
    const [s] = await tenant.db
      .select({ clientId: treatmentSession.clientId })
      .from(treatmentSession)
      .where(tenant.where(treatmentSession, eq(treatmentSession.id, input.sessionId)));
    if (!s) throw notFound("There is no such treatment session in this clinic.");
    if (s.clientId !== input.clientId) {
      throw badRequest("That treatment session belongs to another client.");
    }
  }
  if (input.consultationId) {
    const [k] = await tenant.db
      .select({ clientId: consultation.clientId })
      .from(consultation)
      .where(tenant.where(consultation, eq(consultation.id, input.consultationId)));
    if (!k) throw notFound("There is no such consultation in this clinic.");
    if (k.clientId !== input.clientId) {
      throw badRequest("That consultation belongs to another client.");
    }
  }
}
