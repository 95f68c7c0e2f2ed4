import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { createFormatter } from "../../domain/time/format.ts";
import { type PhotoView, photoViewLabels } from "../../shared/contracts/photos.ts";
import type { PortalPhoto } from "../../shared/contracts/portal.ts";
import { scalpPhoto } from "../db/schema/index.ts";
import type { Tenant } from "../db/tenant.ts";
import type { UrlSigner } from "../files/signed-urls.ts";
import { PHOTO_URL_TTL_MS } from "../use-cases/photos/photo-read.ts";

/** The photos the clinic chose to share with the client, newest first, with short-lived URLs. */
export async function sharedPhotos(
  tenant: Tenant,
  clientId: string,
  signer: UrlSigner,
  now: Date,
  fmt: ReturnType<typeof createFormatter>,
): Promise<PortalPhoto[]> {
  const rows = await tenant.db
    .select()
    .from(scalpPhoto)
    .where(
      tenant.where(
        scalpPhoto,
        and(eq(scalpPhoto.clientId, clientId), isNotNull(scalpPhoto.sharedWithClientAt)),
      ),
    )
    .orderBy(desc(scalpPhoto.takenAt));
  const expires = now.getTime() + PHOTO_URL_TTL_MS;
  return rows.map((r) => {
    const target = { orgId: tenant.orgId, photoId: r.id };
    return {
      id: r.id,
      viewLabel: r.viewLabel || photoViewLabels[r.view as PhotoView] || r.view,
      takenOn: fmt.date(r.takenAt.getTime()),
      sharedOn: fmt.date((r.sharedWithClientAt as Date).getTime()),
      width: r.width,
      height: r.height,
      thumbUrl: signer.sign({ ...target, variant: "thumb" }, expires),
      url: signer.sign({ ...target, variant: "full" }, expires),
    };
  });
}
