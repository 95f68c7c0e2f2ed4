import { and, desc, eq, isNull } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import { consentSignature, scalpPhoto } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict } from "../../http/problem.ts";
import { setPhotoConsent } from "../photos/photo-commands.ts";
import { requireClient } from "./sign.ts";

/**
 * Withdraws the client's photo-marketing consent in one step: the live signature records when and
 * how, and every photo of theirs marked for anonymised marketing goes back to clinical use only
 * (through the photo consent path, so each change is audited like a manual one).
 */
export async function withdrawMarketingConsent(
  tenant: Tenant,
  clientId: string,
  by: { via: "portal" | "clinic"; actorUserId: string; ip: string },
  now: Date,
): Promise<{ signatureId: string; withdrawnAt: Date; photosChanged: number }> {
  await requireClient(tenant, clientId);
  return tenant.transaction(async (t) => {
    const [latest] = await t.db
      .select({ id: consentSignature.id, withdrawnAt: consentSignature.withdrawnAt })
      .from(consentSignature)
      .where(
        t.where(
          consentSignature,
          and(
            eq(consentSignature.clientId, clientId),
            eq(consentSignature.kind, "photo_marketing"),
          ),
        ),
      )
      .orderBy(desc(consentSignature.signedAt), desc(consentSignature.createdAt))
      .limit(1)
      .for("update");
    if (!latest || latest.withdrawnAt) {
      throw conflict(
        "There is no photo-marketing consent to withdraw: photos are not used for marketing.",
      );
    }
    await t.db
      .update(consentSignature)
      .set({ withdrawnAt: now, withdrawnVia: by.via })
      .where(t.where(consentSignature, eq(consentSignature.id, latest.id)));
    const photos = await t.db
      .select({ id: scalpPhoto.id })
      .from(scalpPhoto)
      .where(
        t.where(
          scalpPhoto,
          eq(scalpPhoto.clientId, clientId),
          eq(scalpPhoto.consent, "marketing_anonymised"),
          isNull(scalpPhoto.deletedAt),
        ),
      );
    for (const photo of photos) await setPhotoConsent(t, by.actorUserId, photo.id, "clinical");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: by.actorUserId,
      action: "update",
      entity: "consent_signature",
      entityId: latest.id,
      ip: by.ip,
      details: { clientId, withdrawn: true, via: by.via, photos: photos.length },
    });
    return { signatureId: latest.id, withdrawnAt: now, photosChanged: photos.length };
  });
}
