import { eq, isNull } from "drizzle-orm";
import type { CheckInAnswerValue, CheckInPhotoView } from "../../../shared/contracts/check-ins.ts";
import { audit } from "../../audit/audit.ts";
import { appointment, checkIn, client, member } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { AppError, notFound } from "../../http/problem.ts";
import { createCheckInAlert } from "../alerts/alert-commands.ts";
import { storeScalpPhoto } from "../photos/store-photo.ts";
import { checkInStatus, NO_CHECK_IN } from "./public-check-in.ts";

export interface CheckInReply {
  answer: CheckInAnswerValue;
  note: string;
  /** The photo's bytes as uploaded; re-encoded without metadata by the photo store. */
  photo: Buffer | null;
  view: CheckInPhotoView;
}

export interface CheckInAnswered {
  checkInId: string;
  /** The alert raised for a concern, and who it is for (null: everyone clinical). */
  alert: { id: string; memberId: string | null; clientId: string; appointmentAt: Date } | null;
}

const gone = (detail: string) =>
  new AppError({
    type: "https://stipple.dev/problems/check-in-closed",
    title: "Check-in no longer open",
    status: 410,
    detail,
  });

/**
 * Records the client's answer through their link, once. The photo (if any) is stored with the
 * client's scalp photos, and a concern raises an alert for the appointment's practitioner, all in
 * one transaction: a failed photo leaves the check-in open to answer again.
 */
export async function answerCheckIn(
  tenant: Tenant,
  checkInId: string,
  reply: CheckInReply,
  ctx: { files: FileStore; now: Date; ip: string | null },
): Promise<CheckInAnswered> {
  return tenant.transaction(async (t) => {
    const [row] = await t.db
      .select({
        c: checkIn,
        practitionerId: appointment.practitionerId,
        appointmentAt: appointment.startsAt,
        practitionerActive: member.active,
        firstName: client.firstName,
        lastName: client.lastName,
      })
      .from(checkIn)
      .innerJoin(appointment, eq(appointment.id, checkIn.appointmentId))
      .innerJoin(client, eq(client.id, checkIn.clientId))
      .innerJoin(member, eq(member.id, appointment.practitionerId))
      .where(t.where(checkIn, eq(checkIn.id, checkInId)))
      .for("update", { of: checkIn });
    if (!row) throw notFound(NO_CHECK_IN);
    switch (checkInStatus(row.c, ctx.now)) {
      case "answered":
        throw gone("You have already answered this check-in. Thank you.");
      case "withdrawn":
        throw gone("This check-in is no longer needed. Contact the clinic if you have a question.");
      case "expired":
        throw gone("This check-in has closed. Contact the clinic directly if you have a question.");
      default:
        break;
    }
    const c = row.c;
    const photo = reply.photo
      ? await storeScalpPhoto(t, ctx.files, {
          clientId: c.clientId,
          view: reply.view,
          sessionId: c.sessionId,
          data: reply.photo,
          uploadedBy: null,
        })
      : null;
    const updated = await t.db
      .update(checkIn)
      .set({
        answer: reply.answer,
        note: reply.note,
        photoId: photo?.id ?? null,
        answeredAt: ctx.now,
      })
      .where(t.where(checkIn, eq(checkIn.id, c.id), isNull(checkIn.answer)))
      .returning({ id: checkIn.id });
    if (updated.length !== 1) throw gone("You have already answered this check-in. Thank you.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: null,
      action: "update",
      entity: "check_in",
      entityId: c.id,
      ip: ctx.ip,
      // The answer's kind only: the note and the photo stay on the record.
      details: { via: "check_in_link", answer: reply.answer, photo: Boolean(photo), day: c.day },
    });
    if (reply.answer !== "concern") return { checkInId: c.id, alert: null };
    const memberId = row.practitionerActive ? row.practitionerId : null;
    const alertId = await createCheckInAlert(t, {
      memberId,
      clientId: c.clientId,
      checkInId: c.id,
      title: `${row.firstName} ${row.lastName} asked to be contacted (day ${c.day} check-in)`,
    });
    return {
      checkInId: c.id,
      alert: { id: alertId, memberId, clientId: c.clientId, appointmentAt: row.appointmentAt },
    };
  });
}
