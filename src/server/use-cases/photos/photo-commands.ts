import { and, eq, isNull } from "drizzle-orm";
import type { PhotoConsent } from "../../../shared/contracts/photos.ts";
import { audit } from "../../audit/audit.ts";
import { scalpPhoto } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict, notFound } from "../../http/problem.ts";
import { marketingWithdrawn } from "../consents/marketing.ts";
import { NO_PHOTO } from "./photo-read.ts";

/**
 * Sets what the client agreed a photo may be used for. Withdrawing marketing consent is this one
 * call; marketing listings read the column, so the photo drops out of them at once.
 */
export async function setPhotoConsent(
  tenant: Tenant,
  actorUserId: string,
  id: string,
  consent: PhotoConsent,
): Promise<void> {
  await tenant.transaction(async (t) => {
    const [row] = await t.db
      .select({ consent: scalpPhoto.consent, clientId: scalpPhoto.clientId })
      .from(scalpPhoto)
      .where(t.where(scalpPhoto, eq(scalpPhoto.id, id), isNull(scalpPhoto.deletedAt)))
      .for("update");
    if (!row) throw notFound(NO_PHOTO);
    if (row.consent === consent) return;
    if (consent === "marketing_anonymised" && (await marketingWithdrawn(t, row.clientId))) {
      throw conflict(
        "This client withdrew consent to using their photos for marketing. They need to sign the photo-marketing form again first.",
      );
    }
    await t.db
      .update(scalpPhoto)
      .set({ consent })
      .where(t.where(scalpPhoto, eq(scalpPhoto.id, id)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId,
      action: "update",
      entity: "scalp-photo",
      entityId: id,
      details: { consent: { from: row.consent, to: consent } },
    });
  });
}

/**
 * Soft-deletes a photo: it disappears from every listing and its URLs stop working at once. The
 * files are kept with the row (clinical records are retained; erasure is a separate process).
 */
export async function deletePhoto(tenant: Tenant, actorUserId: string, id: string): Promise<void> {
  await tenant.transaction(async (t) => {
    const [gone] = await t.db
      .update(scalpPhoto)
      .set({ deletedAt: new Date() })
      .where(t.where(scalpPhoto, eq(scalpPhoto.id, id), isNull(scalpPhoto.deletedAt)))
      .returning({ id: scalpPhoto.id, clientId: scalpPhoto.clientId });
    if (!gone) throw notFound(NO_PHOTO);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId,
      action: "delete",
      entity: "scalp-photo",
      entityId: id,
      details: { clientId: gone.clientId },
    });
  });
}

/** The stored file key of a live photo for a signed file request, scoped to the URL's clinic. */
export async function photoFileKey(
  tenant: Tenant,
  id: string,
  variant: "full" | "thumb",
): Promise<string | null> {
  const [row] = await tenant.db
    .select({ fileKey: scalpPhoto.fileKey, thumbKey: scalpPhoto.thumbKey })
    .from(scalpPhoto)
    .where(tenant.where(scalpPhoto, and(eq(scalpPhoto.id, id), isNull(scalpPhoto.deletedAt))));
  if (!row) return null;
  return variant === "full" ? row.fileKey : row.thumbKey;
}
