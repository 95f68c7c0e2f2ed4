import { and, count, eq, isNull } from "drizzle-orm";
import { missingAnswers, questionnaireByVersion } from "../../../domain/screening/index.ts";
import {
  PREP_PHOTO_MAX_BYTES,
  PREP_PHOTO_MAX_COUNT,
} from "../../../shared/contracts/client-prep.ts";
import { audit } from "../../audit/audit.ts";
import { clientLink, type PhotoView, scalpPhoto } from "../../db/schema/index.ts";
import type { FileStore } from "../../files/file-store.ts";
import { AppError, badRequest, notFound } from "../../http/problem.ts";
import { defaultPhotoLimits } from "../photos/photo-image.ts";
import { storeScalpPhoto } from "../photos/store-photo.ts";
import { type OpenedLink, requireOpenConsultation, requireScope } from "./prep-link.ts";

const tooMany = () =>
  new AppError({
    type: "https://stipple.dev/problems/too-many-photos",
    title: "Too many photos",
    status: 422,
    detail: `You have sent the most photos this link takes (${PREP_PHOTO_MAX_COUNT}). Remove one you do not need, or bring any others to your appointment.`,
  });

/**
 * Stores a photo the client took for their consultation: through the one photo store (checked by
 * its bytes, turned upright, every bit of metadata such as GPS removed), marked as the client's.
 */
export async function uploadPrepPhoto(
  opened: OpenedLink,
  input: { view: PhotoView; viewLabel: string; data: Buffer },
  ctx: { files: FileStore; ip: string | null },
): Promise<{ id: string }> {
  requireScope(opened.link, "photos");
  requireOpenConsultation(opened.consultation);
  const { tenant, link } = opened;
  const [sent] = await tenant.db
    .select({ n: count() })
    .from(scalpPhoto)
    .where(
      tenant.where(
        scalpPhoto,
        eq(scalpPhoto.consultationId, link.consultationId),
        eq(scalpPhoto.source, "client"),
        isNull(scalpPhoto.deletedAt),
      ),
    );
  if ((sent?.n ?? 0) >= PREP_PHOTO_MAX_COUNT) throw tooMany();
  return storeScalpPhoto(tenant, ctx.files, {
    clientId: link.clientId,
    consultationId: link.consultationId,
    view: input.view,
    viewLabel: input.viewLabel,
    data: input.data,
    uploadedBy: null,
    source: "client",
    limits: { ...defaultPhotoLimits, maxBytes: PREP_PHOTO_MAX_BYTES },
  });
}

/**
 * Removes a photo the client sent (a retake, a wrong view) while the consultation is still open.
 * Only their own uploads for this consultation; the clinic's photos are never reachable here.
 */
export async function removePrepPhoto(
  opened: OpenedLink,
  photoId: string,
  ctx: { now: Date; ip: string | null },
): Promise<void> {
  requireScope(opened.link, "photos");
  requireOpenConsultation(opened.consultation);
  const { tenant, link } = opened;
  await tenant.transaction(async (t) => {
    const [gone] = await t.db
      .update(scalpPhoto)
      .set({ deletedAt: ctx.now })
      .where(
        t.where(
          scalpPhoto,
          and(
            eq(scalpPhoto.id, photoId),
            eq(scalpPhoto.consultationId, link.consultationId),
            eq(scalpPhoto.source, "client"),
            isNull(scalpPhoto.deletedAt),
          ),
        ),
      )
      .returning({ id: scalpPhoto.id });
    if (!gone) throw notFound("There is no such photo among the ones you sent.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: null,
      action: "delete",
      entity: "scalp-photo",
      entityId: photoId,
      ip: ctx.ip,
      details: { via: "client_link", linkId: link.id, clientId: link.clientId },
    });
  });
}

/**
 * The client says a part is finished: photos need at least one photo sent; the intake needs every
 * required question answered. Saying it twice is harmless.
 */
export async function markPrepDone(
  opened: OpenedLink,
  part: "intake" | "photos",
  ctx: { now: Date; ip: string | null },
): Promise<void> {
  requireScope(opened.link, part);
  const { tenant, link, consultation: k } = opened;
  if (part === "photos") {
    requireOpenConsultation(k);
    const [sent] = await tenant.db
      .select({ n: count() })
      .from(scalpPhoto)
      .where(
        tenant.where(
          scalpPhoto,
          eq(scalpPhoto.consultationId, link.consultationId),
          eq(scalpPhoto.source, "client"),
          isNull(scalpPhoto.deletedAt),
        ),
      );
    if (!sent?.n) throw badRequest("Take at least one photo before you finish this part.");
  } else {
    const questionnaire = k.intakeVersion ? questionnaireByVersion(k.intakeVersion) : null;
    // The clinic's own or confirmed intake counts as done; the client's must be complete.
    if (k.intakeSource !== "staff") {
      const missing =
        questionnaire && k.intakeAnswers ? missingAnswers(questionnaire, k.intakeAnswers) : null;
      if (!missing || missing.length > 0) {
        throw badRequest("Answer every question before you finish the questionnaire.");
      }
    }
  }
  await tenant.transaction(async (t) => {
    await t.db
      .update(clientLink)
      .set(part === "photos" ? { photosSubmittedAt: ctx.now } : { intakeSubmittedAt: ctx.now })
      .where(t.where(clientLink, eq(clientLink.id, link.id)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: null,
      action: "update",
      entity: "client_link",
      entityId: link.id,
      ip: ctx.ip,
      details: { via: "client_link", done: part, consultationId: link.consultationId },
    });
  });
}
