import { and, desc, eq } from "drizzle-orm";
import { cancellationTerms, rescheduleTerms } from "../../../domain/settings/booking-policy.ts";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type {
  ChangeTerms,
  PortalAppointment,
  PortalAppointments,
  RescheduleInput,
  RescheduleOptions,
  ReschedulePreview,
} from "../../../shared/contracts/portal-booking.ts";
import { appointment, course } from "../../db/schema/index.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { cancelAppointment, moveAppointment } from "../appointments/appointment-commands.ts";
import { readAppointment, readAppointments } from "../appointments/appointment-read.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";
import { previewMove } from "../scheduling/course-move.ts";
import { searchSlots } from "../scheduling/slot-search.ts";
import { offerTime } from "../waitlist/offer-freed-time.ts";
import type { OfferMail } from "../waitlist/offer-mail.ts";
import {
  actingAsClient,
  assertClientMayChange,
  auditPortal,
  type PortalClient,
  presentAppointment,
  whenText,
} from "./portal-actor.ts";

const MINUTE = 60_000;
const PAST_SHOWN = 30;

/** The client's upcoming appointments (soonest first) and recent past ones (newest first). */
export async function listPortalAppointments(
  p: PortalClient,
  now: Date,
): Promise<PortalAppointments> {
  const all = await readAppointments(
    p.tenant,
    eq(appointment.clientId, p.clientId),
    desc(appointment.startsAt),
  );
  const upcoming: PortalAppointment[] = [];
  const past: PortalAppointment[] = [];
  for (const a of all) {
    const soon = Date.parse(a.endsAt) > now.getTime() && a.status === "booked";
    if (soon) upcoming.unshift(presentAppointment(a, now));
    else if (past.length < PAST_SHOWN) past.push(presentAppointment(a, now));
  }
  await auditPortal(p.tenant.db, p, "read", "appointment", null, { count: all.length });
  return { upcoming, past };
}

/** One of the client's own appointments; another client's is a 404 like a missing one. */
export async function ownAppointment(p: PortalClient, id: string): Promise<Appointment> {
  const [a] = await readAppointments(
    p.tenant,
    and(eq(appointment.id, id), eq(appointment.clientId, p.clientId)),
  );
  if (!a) throw notFound("There is no such appointment of yours at this clinic.");
  return a;
}

const plural = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);

/** What moving or cancelling the appointment now means under the clinic's booking rules. */
export async function changeTermsFor(
  p: PortalClient,
  a: Appointment,
  now: Date,
): Promise<ChangeTerms> {
  const { policy } = await loadBookingPolicy(p.tenant);
  const start = Date.parse(a.startsAt);
  const r = rescheduleTerms(policy, start, now.getTime(), a.rescheduleCount, "client");
  const c = cancellationTerms(policy, start, now.getTime());
  const reschedule = r.ok
    ? {
        allowed: true,
        remaining: r.remaining,
        message: `Moving it is free: it is more than ${plural(policy.rescheduleNoticeHours, "hour")} away.${
          r.remaining === null
            ? ""
            : r.remaining === 0
              ? " After this move, any further change must be made by the clinic."
              : ` You can move it ${plural(r.remaining, "more time")} online after this.`
        }`,
      }
    : { allowed: false, remaining: 0, message: r.message };
  const cancel = {
    late: c.late,
    forfeitsDeposit: c.forfeitsDeposit,
    message: !c.late
      ? `Cancelling is free: it is more than ${plural(policy.cancellationNoticeHours, "hour")} away.`
      : c.forfeitsDeposit
        ? `It is less than ${plural(policy.cancellationNoticeHours, "hour")} away, so this is a late cancellation and the clinic keeps your deposit.`
        : `It is less than ${plural(policy.cancellationNoticeHours, "hour")} away, so this is a late cancellation.`,
  };
  return { reschedule, cancel };
}

export async function portalChangeTerms(p: PortalClient, id: string, now: Date) {
  const a = await ownAppointment(p, id);
  assertClientMayChange(a, now);
  return changeTermsFor(p, a, now);
}

interface Window {
  from: string;
  toInclusive: string;
  note: string | null;
}

/**
 * The local dates a course session may move to while every healing gap with the sessions before
 * and after it still holds (the same gaps the course was booked with); any date for others.
 */
async function moveWindow(p: PortalClient, a: Appointment, today: string): Promise<Window> {
  const zone = a.location.timeZone;
  const open: Window = { from: addDays(today, 1), toInclusive: addDays(today, 180), note: null };
  if (!a.course) return open;
  const [row] = await p.tenant.db
    .select({ gaps: course.gaps })
    .from(course)
    .where(p.tenant.where(course, eq(course.id, a.course.id)));
  const gaps = row?.gaps ?? [];
  const live = (await readAppointments(p.tenant, eq(appointment.courseId, a.course.id)))
    .filter((s) => s.status !== "cancelled")
    .sort((x, y) => (x.course?.session ?? 0) - (y.course?.session ?? 0));
  const i = live.findIndex((s) => s.id === a.id);
  if (live.length !== gaps.length + 1 || i < 0) return open;
  const dayOf = (s: Appointment) => epochToLocal(Date.parse(s.startsAt), zone).date;
  let from = open.from;
  let to = open.toInclusive;
  const notes: string[] = [];
  const before = live[i - 1];
  const gapBefore = gaps[i - 1];
  if (before && gapBefore) {
    from = later(from, addDays(dayOf(before), gapBefore.minDays));
    to = earlier(to, addDays(dayOf(before), gapBefore.maxDays));
    notes.push(
      `${gapBefore.minDays}–${gapBefore.maxDays} days after session ${before.course?.session}`,
    );
  }
  const after = live[i + 1];
  const gapAfter = gaps[i];
  if (after && gapAfter) {
    from = later(from, addDays(dayOf(after), -gapAfter.maxDays));
    to = earlier(to, addDays(dayOf(after), -gapAfter.minDays));
    notes.push(
      `${gapAfter.minDays}–${gapAfter.maxDays} days before session ${after.course?.session}`,
    );
  }
  return {
    from,
    toInclusive: to,
    note: `Session ${a.course.session} stays ${notes.join(" and ")}, so your skin can heal between sessions.`,
  };
}

const later = (x: string, y: string) => (x > y ? x : y);
const earlier = (x: string, y: string) => (x < y ? x : y);
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

/** Free times the appointment could move to, with the same practitioner and service. */
export async function rescheduleOptions(
  p: PortalClient,
  id: string,
  q: { from?: string; days: number },
  now: Date,
): Promise<RescheduleOptions> {
  const a = await ownAppointment(p, id);
  assertClientMayChange(a, now);
  const terms = await changeTermsFor(p, a, now);
  const zone = a.location.timeZone;
  if (!terms.reschedule.allowed) {
    return { terms, timeZone: zone, window: null, windowNote: null, slots: [] };
  }
  const today = epochToLocal(now.getTime(), zone).date;
  const w = await moveWindow(p, a, today);
  const from = later(q.from ?? w.from, w.from);
  const days = Math.min(q.days, daysFrom(from, w.toInclusive) + 1);
  const window = { from: w.from, toInclusive: w.toInclusive };
  if (days < 1) return { terms, timeZone: zone, window, windowNote: w.note, slots: [] };
  const found = await searchSlots(
    p.tenant,
    {
      locationId: a.location.id,
      serviceId: a.service.id,
      practitionerId: a.practitioner.id,
      from,
      days,
      durationMin: (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / MINUTE,
    },
    now,
  );
  return {
    terms,
    timeZone: zone,
    window,
    windowNote: w.note,
    slots: found.slots.map((s) => ({
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      when: whenText(s.startsAt, s.endsAt, zone),
      roomId: s.roomId,
    })),
  };
}

/**
 * Whether the move to `startsAt` may be made and what it means: the booking rules first, then
 * the staff move preview (hours, overlaps, holds, screening and, for a course, its healing gaps).
 * A move that would push later sessions out of their gaps is left to the clinic.
 */
export async function reschedulePreview(
  p: PortalClient,
  id: string,
  q: { startsAt: string; roomId?: string },
  now: Date,
): Promise<ReschedulePreview> {
  const a = await ownAppointment(p, id);
  assertClientMayChange(a, now);
  const terms = await changeTermsFor(p, a, now);
  const durationMs = Date.parse(a.endsAt) - Date.parse(a.startsAt);
  const when = whenText(
    q.startsAt,
    new Date(Date.parse(q.startsAt) + durationMs).toISOString(),
    a.location.timeZone,
  );
  const refuse = (problem: string) => ({
    ok: false,
    problem,
    message: terms.reschedule.message,
    when,
  });
  if (!terms.reschedule.allowed) return refuse(terms.reschedule.message);
  const planned = await previewMove(
    p.tenant,
    actingAsClient(p),
    id,
    { startsAt: q.startsAt, roomId: q.roomId, version: a.version },
    now,
  );
  if (!planned.preview.ok) return refuse(planned.preview.problem ?? "That time is not free.");
  if (planned.preview.reflow?.needed) {
    return refuse(
      "That date would not leave enough healing time between your sessions. Choose one of the times shown, or contact the clinic.",
    );
  }
  return { ok: true, problem: null, message: terms.reschedule.message, when };
}

/**
 * Moves the appointment at the client's request: re-checks the preview, then the staff move, which
 * re-checks the booking rules, counts the move, guards the version and the overlap constraints
 * and re-plans the messages. The old time is offered to the waitlist.
 */
export async function reschedulePortal(
  p: PortalClient,
  id: string,
  input: RescheduleInput,
  now: Date,
  mail: OfferMail,
): Promise<PortalAppointment> {
  const before = await ownAppointment(p, id);
  if (before.version !== input.version) {
    throw conflict("This appointment changed a moment ago. Reload and try again.", {
      title: "Changed meanwhile",
    });
  }
  const preview = await reschedulePreview(
    p,
    id,
    { startsAt: input.startsAt, roomId: input.roomId ?? undefined },
    now,
  );
  if (!preview.ok)
    throw unprocessable(preview.problem ?? "This move is not possible.", { code: "move_refused" });
  const moved = await moveAppointment(
    p.tenant,
    actingAsClient(p),
    id,
    {
      startsAt: input.startsAt,
      roomId: input.roomId === undefined ? undefined : input.roomId,
      version: input.version,
      clientRequest: true,
    },
    now,
  );
  await auditPortal(p.tenant.db, p, "move", "appointment", id, {
    from: before.startsAt,
    to: moved.startsAt,
  });
  await offerFreed(p, before, now, mail);
  return presentAppointment(moved, now);
}

/** Cancels at the client's request; the clinic's rules decide whether the deposit is kept. */
export async function cancelPortal(
  p: PortalClient,
  id: string,
  input: { reason?: string; version: number },
  now: Date,
  mail: OfferMail,
): Promise<PortalAppointment> {
  const before = await ownAppointment(p, id);
  assertClientMayChange(before, now);
  if (before.version !== input.version) {
    throw conflict("This appointment changed a moment ago. Reload and try again.", {
      title: "Changed meanwhile",
    });
  }
  const cancelled = await cancelAppointment(
    p.tenant,
    actingAsClient(p),
    id,
    { reason: input.reason?.trim() || "Cancelled by the client online" },
    now,
  );
  await auditPortal(p.tenant.db, p, "cancel", "appointment", id, {
    depositForfeited: cancelled.depositForfeited,
  });
  await offerFreed(p, before, now, mail);
  return presentAppointment(await readAppointment(p.tenant, id), now);
}

/** The change is saved: offering the freed time is best effort and never undoes it. */
async function offerFreed(p: PortalClient, a: Appointment, now: Date, mail: OfferMail) {
  try {
    await offerTime(
      p.tenant,
      {
        locationId: a.location.id,
        practitionerId: a.practitioner.id,
        roomId: a.room?.id ?? null,
        busyFrom: new Date(a.busyFrom),
        busyTo: new Date(a.busyTo),
      },
      now,
      mail,
    );
  } catch {
    // The waitlist sweep offers it later.
  }
}
