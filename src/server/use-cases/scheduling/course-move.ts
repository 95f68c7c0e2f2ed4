import { and, eq } from "drizzle-orm";
import {
  type CourseSession,
  localDayNumbers,
} from "../../../domain/scheduling/course-placement.ts";
import { reflowCourse } from "../../../domain/scheduling/course-reflow.ts";
import { findSlots, type SlotResult } from "../../../domain/scheduling/slots.ts";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type {
  CourseMoveInput,
  MovePreview,
  MovePreviewInput,
  ReflowChange,
} from "../../../shared/contracts/scheduling.ts";
import { audit } from "../../audit/audit.ts";
import { appointment, course } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { AppError, conflict, unprocessable } from "../../http/problem.ts";
import { readAppointment, readAppointments } from "../appointments/appointment-read.ts";
import { clashError, isSlotTaken } from "../appointments/find-clash.ts";
import {
  appointmentValues,
  type CheckedPlacement,
  checkPlacement,
} from "../appointments/place-appointment.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { loadAvailability, type Named } from "./availability.ts";
import { heldByOthers } from "./holds.ts";

const MINUTE = 60_000;

interface Planned {
  preview: MovePreview;
  current: Appointment;
  /** The moved appointment's checked new placement, when the move is allowed. */
  target: CheckedPlacement | null;
  /** Checked new placements of later course sessions, when a re-flow is needed and possible. */
  later: { id: string; version: number; placed: CheckedPlacement }[];
}

const durationOf = (a: Appointment) => (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / MINUTE;

/**
 * What moving an appointment would do, without changing anything: whether the move itself is
 * allowed (hours, time off, overlaps, holds, screening) and, for a course session, whether the
 * later sessions still fit their healing gaps or how they would be re-placed.
 */
export async function previewMove(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: MovePreviewInput,
  now: Date,
): Promise<Planned> {
  const current = await readAppointment(tenant, id);
  const refuse = (problem: string): Planned => ({
    preview: { ok: false, problem, reflow: null },
    current,
    target: null,
    later: [],
  });
  if (current.status !== "booked") {
    return refuse(`This appointment is ${current.status.replace("_", "-")} and cannot be moved.`);
  }
  if (current.version !== input.version) {
    return refuse("Someone else changed this appointment a moment ago. Reload and try again.");
  }
  let target: CheckedPlacement;
  try {
    target = await checkPlacement(
      tenant,
      {
        clientId: current.client.id,
        serviceId: current.service.id,
        locationId: current.location.id,
        practitionerId: input.practitionerId ?? current.practitioner.id,
        roomId: input.roomId === undefined ? (current.room?.id ?? null) : input.roomId,
        startsAt: new Date(input.startsAt),
        durationMin: durationOf(current),
      },
      now,
      staff.userId,
    );
  } catch (error) {
    if (error instanceof AppError && error.problem.status < 500) {
      return refuse(error.problem.detail ?? error.problem.title);
    }
    throw error;
  }
  const clash = await clashError(tenant, { ...target, excludeId: id });
  if ("clash" in clash.problem) return refuse(clash.problem.detail ?? "That time is taken.");
  if (await heldByOthers(tenant, target, undefined, now)) {
    return refuse("Someone is holding that time while they book. Choose another time.");
  }
  if (!current.course) return { preview: { ok: true, reflow: null }, current, target, later: [] };
  return planReflow(tenant, staff, current, target, now);
}

async function planReflow(
  tenant: Tenant,
  staff: StaffContext,
  current: Appointment,
  target: CheckedPlacement,
  now: Date,
): Promise<Planned> {
  const courseId = current.course?.id as string;
  const [row] = await tenant.db
    .select({ gaps: course.gaps })
    .from(course)
    .where(tenant.where(course, eq(course.id, courseId)));
  const sessions = (await readAppointments(tenant, eq(appointment.courseId, courseId))).sort(
    (a, b) => (a.course?.session ?? 0) - (b.course?.session ?? 0),
  );
  const gaps = row?.gaps ?? [];
  const live = sessions.filter((a) => a.status !== "cancelled");
  const s = live.findIndex((a) => a.id === current.id);
  if (live.length !== gaps.length + 1 || s < 0) {
    // Sessions were cancelled: there is no whole course left to keep in step.
    return { preview: { ok: true, reflow: null }, current, target, later: [] };
  }
  const zone = target.zone;
  const before = live.map((a) => Date.parse(a.startsAt) / MINUTE);
  const moved = target.startsAt.getTime() / MINUTE;
  const starts = before.map((b, i) => (i === s ? moved : b));
  const days = localDayNumbers(Int32Array.from(starts), zone);
  const fits = (i: number) => {
    const d = (days[i + 1] as number) - (days[i] as number);
    return d >= (gaps[i]?.minDays ?? 0) && d <= (gaps[i]?.maxDays ?? 0);
  };
  const laterFit = gaps.every((_, i) => i < s || fits(i));
  if (laterFit && gaps.every((_, i) => i >= s || fits(i))) {
    return {
      preview: { ok: true, reflow: { needed: false, possible: true, changes: [] } },
      current,
      target,
      later: [],
    };
  }

  // Candidates for the later sessions, treating the course's own later sessions as free.
  const laterSessions = live.slice(s + 1);
  const fromDate = epochToLocal(moved * MINUTE, zone).date;
  const span = gaps.slice(s).reduce((sum, g) => sum + g.maxDays, 0);
  const results: ({ r: SlotResult; rooms: Named[] | null } | null)[] = [];
  const q: CourseSession[] = [];
  for (const [i, a] of live.entries()) {
    if (i <= s) {
      const only = Int32Array.of(starts[i] as number);
      q.push({ starts: only, days: localDayNumbers(only, zone) });
      results.push(null);
      continue;
    }
    const avail = await loadAvailability(tenant, {
      locationId: a.location.id,
      serviceId: a.service.id,
      practitionerIds: [a.practitioner.id],
      fromDate,
      toDateExclusive: addDays(fromDate, span + 1),
      durationMin: durationOf(a),
      excludeAppointmentIds: laterSessions.map((l) => l.id),
      now,
    });
    const r = findSlots(avail.query);
    results.push({ r, rooms: avail.rooms });
    q.push({ starts: r.starts, days: localDayNumbers(r.starts, zone) });
  }
  const outcome = reflowCourse(
    { sessions: q, gaps, alternatives: 0 },
    { session: s, start: moved },
    before,
    zone,
  );
  if (!outcome.ok) {
    const earlier = outcome.brokenGap.between[1] <= s;
    if (earlier) {
      return {
        preview: { ok: false, problem: outcome.message, reflow: null },
        current,
        target: null,
        later: [],
      };
    }
    return {
      preview: {
        ok: true,
        reflow: { needed: true, possible: false, changes: [], message: outcome.message },
      },
      current,
      target,
      later: [],
    };
  }
  const changes: ReflowChange[] = [];
  const later: Planned["later"] = [];
  for (let i = s + 1; i < live.length; i++) {
    const a = live[i] as Appointment;
    const start = outcome.starts[i] as number;
    if (start === before[i]) continue;
    const { r, rooms } = results[i] as { r: SlotResult; rooms: Named[] | null };
    const k = r.starts.indexOf(start);
    const room = k >= 0 ? (rooms?.[r.room[k] as number] ?? null) : null;
    const placed = await checkPlacement(
      tenant,
      {
        clientId: a.client.id,
        serviceId: a.service.id,
        locationId: a.location.id,
        practitionerId: a.practitioner.id,
        roomId: room?.id ?? null,
        startsAt: new Date(start * MINUTE),
        durationMin: durationOf(a),
      },
      now,
      staff.userId,
    );
    later.push({ id: a.id, version: a.version, placed });
    changes.push({
      appointmentId: a.id,
      session: a.course?.session ?? i + 1,
      from: a.startsAt,
      to: placed.startsAt.toISOString(),
      practitioner: a.practitioner,
      room,
    });
  }
  return {
    preview: { ok: true, reflow: { needed: true, possible: true, changes } },
    current,
    target,
    later,
  };
}

/**
 * Moves an appointment and, when asked, re-places the later sessions of its course as previewed,
 * all in one transaction. Moving sessions are parked (marked cancelled inside the transaction)
 * before being written back, so sessions of the same course never trip over each other.
 */
export async function moveWithCourse(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: CourseMoveInput,
  now: Date,
): Promise<Appointment[]> {
  const plan = await previewMove(tenant, staff, id, input, now);
  const { preview, target, current } = plan;
  if (!preview.ok || !target) {
    throw unprocessable(preview.problem ?? "This move is not allowed.", { code: "move_refused" });
  }
  const reflow = preview.reflow;
  if (reflow?.needed && !reflow.possible) {
    throw unprocessable(reflow.message ?? "The later sessions cannot keep their healing gaps.", {
      code: "reflow_impossible",
    });
  }
  if (reflow?.needed && !input.reflow) {
    throw unprocessable(
      "The later sessions of this course would no longer keep their healing gaps. Move them too (re-flow) or choose another time.",
      { code: "reflow_needed" },
    );
  }
  const moves = [
    { id, version: input.version, placed: target, from: current.startsAt },
    ...plan.later.map((l) => ({ ...l, from: "" })),
  ];
  try {
    await tenant.transaction(async (t) => {
      for (const m of moves) {
        const parked = await t.db
          .update(appointment)
          .set({ status: "cancelled" })
          .where(
            t.where(
              appointment,
              and(eq(appointment.id, m.id), eq(appointment.version, m.version)),
              eq(appointment.status, "booked"),
            ),
          )
          .returning({ id: appointment.id });
        if (parked.length === 0) {
          throw conflict(
            "Someone else changed this course a moment ago. Reload it and try again.",
            { title: "Changed meanwhile" },
          );
        }
      }
      for (const m of moves) {
        await t.db
          .update(appointment)
          .set({
            ...appointmentValues(m.placed),
            status: "booked",
            version: m.version + 1,
            updatedAt: new Date(),
          })
          .where(t.where(appointment, eq(appointment.id, m.id)));
        await audit(t.db, {
          orgId: t.orgId,
          actorUserId: staff.userId,
          action: "move",
          entity: "appointment",
          entityId: m.id,
          details: { to: m.placed.startsAt.toISOString(), reflow: m.id !== id },
        });
      }
      for (const m of moves) await replanAppointmentMessages(t, m.id, now);
    });
  } catch (error) {
    if (!isSlotTaken(error)) throw error;
    throw await clashError(tenant, { ...target, excludeId: id });
  }
  return readAppointments(
    tenant,
    current.course ? eq(appointment.courseId, current.course.id) : eq(appointment.id, id),
  );
}
