import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Photo, PhotoListQuery, PhotoUrls } from "../../../shared/contracts/photos.ts";
import { audit } from "../../audit/audit.ts";
import { client, scalpPhoto, treatmentSession } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { UrlSigner } from "../../files/signed-urls.ts";
import { notFound } from "../../http/problem.ts";
import { marketingNotWithdrawn } from "../consents/marketing.ts";

/** How long a photo URL works: long enough to load a page, short enough that a copied link dies. */
export const PHOTO_URL_TTL_MS = 5 * 60 * 1000;

export type PhotoRow = typeof scalpPhoto.$inferSelect;

export const NO_PHOTO = "There is no such photo in this clinic.";

/** A live (not deleted) photo of this clinic, or 404. */
export async function loadPhoto(tenant: Tenant, id: string): Promise<PhotoRow> {
  const [row] = await tenant.db
    .select()
    .from(scalpPhoto)
    .where(tenant.where(scalpPhoto, eq(scalpPhoto.id, id), isNull(scalpPhoto.deletedAt)));
  if (!row) throw notFound(NO_PHOTO);
  return row;
}

export interface Reader {
  userId: string;
  signer: UrlSigner;
  now: Date;
}

/**
 * A client's photos, newest first, each with a signed thumbnail URL. `use: "marketing"` lists only
 * photos whose consent is still `marketing_anonymised`, so a withdrawal takes effect at once.
 */
export async function listClientPhotos(
  tenant: Tenant,
  reader: Reader,
  clientId: string,
  query: PhotoListQuery,
): Promise<Photo[]> {
  const [cl] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!cl) throw notFound("There is no such client in this clinic.");
  const conditions: SQL[] = [eq(scalpPhoto.clientId, clientId), isNull(scalpPhoto.deletedAt)];
  if (query.view) conditions.push(eq(scalpPhoto.view, query.view));
  if (query.sessionId) conditions.push(eq(scalpPhoto.sessionId, query.sessionId));
  if (query.use === "marketing") {
    conditions.push(eq(scalpPhoto.consent, "marketing_anonymised"), marketingNotWithdrawn());
  }
  const rows = await tenant.db
    .select({ photo: scalpPhoto, sessionStartedAt: treatmentSession.startedAt })
    .from(scalpPhoto)
    .leftJoin(
      treatmentSession,
      and(
        eq(treatmentSession.id, scalpPhoto.sessionId),
        eq(treatmentSession.orgId, scalpPhoto.orgId),
      ),
    )
    .where(tenant.where(scalpPhoto, ...conditions))
    .orderBy(desc(scalpPhoto.takenAt), desc(scalpPhoto.createdAt));
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: reader.userId,
    action: "read",
    entity: "scalp-photo",
    entityId: null,
    details: {
      clientId,
      use: query.use,
      photoIds: rows.map((r) => r.photo.id),
      urlsExpireAt: new Date(reader.now.getTime() + PHOTO_URL_TTL_MS).toISOString(),
    },
  });
  return rows.map((r) => presentPhoto(tenant.orgId, reader, r.photo, r.sessionStartedAt));
}

export function presentPhoto(
  orgId: string,
  reader: Reader,
  row: PhotoRow,
  sessionStartedAt: Date | null,
): Photo {
  const expires = reader.now.getTime() + PHOTO_URL_TTL_MS;
  return {
    id: row.id,
    clientId: row.clientId,
    sessionId: row.sessionId,
    sessionStartedAt: sessionStartedAt?.toISOString() ?? null,
    consultationId: row.consultationId,
    view: row.view,
    viewLabel: row.viewLabel,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    consent: row.consent,
    takenAt: row.takenAt.toISOString(),
    uploadedBy: row.uploadedBy,
    thumbUrl: reader.signer.sign({ orgId, photoId: row.id, variant: "thumb" }, expires),
    expiresAt: new Date(expires).toISOString(),
  };
}

/** Signed URLs for one photo; each issue is audited as an access to the photo. */
export async function issuePhotoUrls(
  tenant: Tenant,
  reader: Reader,
  id: string,
): Promise<PhotoUrls> {
  const row = await loadPhoto(tenant, id);
  const expires = reader.now.getTime() + PHOTO_URL_TTL_MS;
  const target = { orgId: tenant.orgId, photoId: row.id };
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: reader.userId,
    action: "read",
    entity: "scalp-photo",
    entityId: row.id,
    details: { clientId: row.clientId, urlsExpireAt: new Date(expires).toISOString() },
  });
  return {
    url: reader.signer.sign({ ...target, variant: "full" }, expires),
    thumbUrl: reader.signer.sign({ ...target, variant: "thumb" }, expires),
    expiresAt: new Date(expires).toISOString(),
  };
}
