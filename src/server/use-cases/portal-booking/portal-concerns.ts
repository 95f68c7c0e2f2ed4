import { and, desc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { CheckInAnswerValue } from "../../../shared/contracts/check-ins.ts";
import type { PortalCheckIns } from "../../../shared/contracts/portal-booking.ts";
import { appointment, checkIn, service, treatmentSession } from "../../db/schema/index.ts";
import type { FileStore } from "../../files/file-store.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { readAppointments } from "../appointments/appointment-read.ts";
import { answerCheckIn, type CheckInAnswered } from "../check-ins/answer-check-in.ts";
import { hashCheckInToken, newCheckInToken } from "../check-ins/check-in-token.ts";
import { auditPortal, type PortalClient, whenText } from "./portal-actor.ts";
import { ownAppointment } from "./portal-appointments.ts";

const VISIT_KINDS = ["treatment", "touch_up"] as const;
const VISITS_SHOWN = 10;
const HOUR = 3_600_000;

/** The client's check-ins waiting for an answer, and the past visits a concern can be about. */
export async function listPortalCheckIns(p: PortalClient, now: Date): Promise<PortalCheckIns> {
  const { tenant } = p;
  const rows = await tenant.db
    .select({ c: checkIn, startsAt: appointment.startsAt, endsAt: appointment.endsAt })
    .from(checkIn)
    .innerJoin(appointment, eq(appointment.id, checkIn.appointmentId))
    .where(
      tenant.where(
        checkIn,
        eq(checkIn.clientId, p.clientId),
        isNull(checkIn.answer),
        isNull(checkIn.cancelledAt),
        lte(checkIn.dueAt, now),
        gt(checkIn.expiresAt, now),
      ),
    )
    .orderBy(desc(checkIn.dueAt));
  const visits = (
    await readAppointments(
      tenant,
      and(
        eq(appointment.clientId, p.clientId),
        inArray(appointment.status, ["booked", "completed"]),
        lte(appointment.startsAt, now),
        inArray(service.kind, [...VISIT_KINDS]),
      ),
      desc(appointment.startsAt),
    )
  ).slice(0, VISITS_SHOWN);
  const zone = visits[0]?.location.timeZone ?? "UTC";
  const fmt = createFormatter({ timeZone: zone });
  await auditPortal(tenant.db, p, "read", "check_in", null, { open: rows.length });
  return {
    open: rows.map((r) => ({
      id: r.c.id,
      day: r.c.day,
      visit: `your visit on ${fmt.weekdayDate(r.startsAt.getTime())}`,
      expiresAt: r.c.expiresAt.toISOString(),
      closes: fmt.weekdayDateTime(r.c.expiresAt.getTime()),
      answer: r.c.answer,
    })),
    visits: visits.map((a) => ({
      appointmentId: a.id,
      when: whenText(a.startsAt, a.endsAt, a.location.timeZone),
      serviceName: a.service.name,
    })),
  };
}

interface Ctx {
  files: FileStore;
  now: Date;
  ip: string | null;
}

/** Answers one of the client's own check-ins through the check-in use-case (photo, alert). */
export async function answerPortalCheckIn(
  p: PortalClient,
  id: string,
  reply: { answer: CheckInAnswerValue; note: string; photo: Buffer | null },
  ctx: Ctx,
): Promise<CheckInAnswered> {
  const [row] = await p.tenant.db
    .select({ clientId: checkIn.clientId })
    .from(checkIn)
    .where(p.tenant.where(checkIn, eq(checkIn.id, id)));
  if (!row || row.clientId !== p.clientId) {
    throw notFound("There is no such check-in of yours at this clinic.");
  }
  const answered = await answerCheckIn(p.tenant, id, { ...reply, view: "top" }, ctx);
  await auditPortal(p.tenant.db, p, "update", "check_in", id, { answer: reply.answer });
  return answered;
}

/**
 * "Report a concern" any time after a visit: recorded as that day's check-in answered with a
 * concern (so the practitioner reads it where they read check-ins), through the same check-in
 * use-case that stores the photo and raises the alert, all in one transaction. An open check-in
 * for that day is answered instead; a day already answered is refused.
 */
export async function reportConcern(
  p: PortalClient,
  input: { appointmentId: string; note: string; photo: Buffer | null },
  ctx: Ctx,
): Promise<CheckInAnswered> {
  const a = await ownAppointment(p, input.appointmentId);
  if (!(VISIT_KINDS as readonly string[]).includes(a.service.kind)) {
    throw unprocessable(
      "Concerns can be reported about a treatment visit. For anything else, please contact the clinic.",
    );
  }
  if (Date.parse(a.startsAt) > ctx.now.getTime() || !["booked", "completed"].includes(a.status)) {
    throw unprocessable("You can report a concern once the visit has taken place.");
  }
  const zone = a.location.timeZone;
  const visitDay = epochToLocal(Date.parse(a.startsAt), zone).date;
  const today = epochToLocal(ctx.now.getTime(), zone).date;
  const day = Math.round(
    (Date.parse(`${today}T12:00:00Z`) - Date.parse(`${visitDay}T12:00:00Z`)) / 86_400_000,
  );
  const answered = await p.tenant.transaction(async (t) => {
    const [existing] = await t.db
      .select({ id: checkIn.id, answer: checkIn.answer, cancelledAt: checkIn.cancelledAt })
      .from(checkIn)
      .where(t.where(checkIn, eq(checkIn.appointmentId, a.id), eq(checkIn.day, day)))
      .for("update");
    let id = existing?.id;
    if (existing && (existing.answer || existing.cancelledAt)) {
      throw conflict(
        "You have already sent the clinic a message about this visit today. They will be in touch; if it is urgent, please phone them.",
        { title: "Already reported today" },
      );
    }
    if (!id) {
      const [session] = await t.db
        .select({ id: treatmentSession.id })
        .from(treatmentSession)
        .where(t.where(treatmentSession, eq(treatmentSession.appointmentId, a.id)));
      const [row] = await t
        .insert(checkIn, {
          clientId: p.clientId,
          appointmentId: a.id,
          sessionId: session?.id ?? null,
          day,
          // Never sent anywhere: the client is signed in, so no link is needed.
          tokenHash: hashCheckInToken(newCheckInToken()),
          dueAt: ctx.now,
          expiresAt: new Date(ctx.now.getTime() + HOUR),
        })
        .returning({ id: checkIn.id });
      id = (row as { id: string }).id;
    }
    return answerCheckIn(
      t,
      id,
      { answer: "concern", note: input.note, photo: input.photo, view: "top" },
      ctx,
    );
  });
  await auditPortal(p.tenant.db, p, "create", "concern", answered.checkInId, {
    appointmentId: a.id,
    photo: Boolean(input.photo),
  });
  return answered;
}
