import { eq } from "drizzle-orm";
import { localDayNumbers } from "../../../domain/scheduling/course-placement.ts";
import type {
  BookCourseInput,
  BookedCourse,
  CourseProposal,
} from "../../../shared/contracts/scheduling.ts";
import { audit } from "../../audit/audit.ts";
import { appointment, course, slotHold, treatmentPlan } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { type AppError, badRequest, conflict, unprocessable } from "../../http/problem.ts";
import { readAppointments } from "../appointments/appointment-read.ts";
import { clashError, isSlotTaken } from "../appointments/find-clash.ts";
import {
  appointmentValues,
  type CheckedPlacement,
  checkPlacement,
} from "../appointments/place-appointment.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { type CoursePlan, hasLiveCourse, loadCoursePlan } from "./course-plan.ts";
import { proposeForPlan } from "./course-proposal.ts";
import { heldByOthers } from "./holds.ts";

const MINUTE = 60_000;

/**
 * Books every session of an accepted plan in one transaction: all of them or none. Each session
 * passes the same checks as a single booking (hours, time off, screening for the day); the
 * exclusion constraints stop any overlap, and a clash anywhere rolls the whole course back and
 * answers 409 naming it, with fresh alternatives.
 */
export async function bookCourse(
  tenant: Tenant,
  staff: StaffContext,
  planId: string,
  input: BookCourseInput,
  now: Date,
): Promise<BookedCourse> {
  const coursePlan = await loadCoursePlan(tenant, planId);
  const { plan, durations, gaps } = coursePlan;
  if (input.sessions.length !== durations.length) {
    throw badRequest(
      `This plan has ${durations.length} sessions; choose a time for each of them (${input.sessions.length} given).`,
    );
  }
  const placed: CheckedPlacement[] = [];
  for (const [i, s] of input.sessions.entries()) {
    const p = await checkPlacement(
      tenant,
      {
        clientId: plan.clientId,
        serviceId: input.serviceId,
        locationId: input.locationId,
        practitionerId: s.practitionerId,
        roomId: s.roomId,
        startsAt: new Date(s.startsAt),
        durationMin: durations[i],
      },
      now,
      staff.userId,
    );
    if (p.serviceKind !== "treatment") {
      throw unprocessable("Book a plan's sessions as a treatment service.");
    }
    placed.push(p);
  }
  checkGaps(placed, gaps);
  for (const [i, p] of placed.entries()) {
    if (await heldByOthers(tenant, p, input.holdGroupId, now)) {
      throw await takenProblem(
        tenant,
        coursePlan,
        input,
        now,
        `Session ${i + 1} is being held by someone else who is booking right now. Choose another time.`,
      );
    }
  }

  try {
    const courseId = await tenant.transaction(async (t) => {
      // Two people booking the same plan take turns; the second sees the first's course.
      await t.db
        .select({ id: treatmentPlan.id })
        .from(treatmentPlan)
        .where(t.where(treatmentPlan, eq(treatmentPlan.id, planId)))
        .for("update");
      if (await hasLiveCourse(t, planId)) {
        throw unprocessable("The sessions of this plan were booked a moment ago by someone else.", {
          code: "course_already_booked",
        });
      }
      const [row] = await t
        .insert(course, {
          planId,
          clientId: plan.clientId,
          gaps: gaps.map((g) => ({ minDays: g.minDays, maxDays: g.maxDays })),
          createdBy: staff.userId,
        })
        .returning({ id: course.id });
      const id = (row as { id: string }).id;
      const ids = await t.db
        .insert(appointment)
        .values(
          placed.map((p, i) => ({
            ...appointmentValues(p),
            orgId: t.orgId,
            courseId: id,
            courseSession: i + 1,
            createdBy: staff.userId,
          })),
        )
        .returning({ id: appointment.id });
      if (input.holdGroupId) {
        await t.db
          .delete(slotHold)
          .where(t.where(slotHold, eq(slotHold.groupId, input.holdGroupId)));
      }
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "create",
        entity: "course",
        entityId: id,
        details: { planId, appointments: ids.map((r) => r.id) },
      });
      // One confirmation for the whole course: the first session's lists every date.
      for (const [i, r] of ids.entries()) {
        await replanAppointmentMessages(t, r.id, now, { confirm: i === 0 });
      }
      return id;
    });
    const appointments = await readAppointments(tenant, eq(appointment.courseId, courseId));
    return { courseId, planId, appointments };
  } catch (error) {
    if (!isSlotTaken(error)) throw error;
    throw await takenProblem(tenant, coursePlan, input, now, null, placed);
  }
}

/** Each session must fall within its healing gap after the one before, in local days. */
function checkGaps(placed: CheckedPlacement[], gaps: CoursePlan["gaps"]): void {
  if (placed.length === 0) return;
  const zone = placed[0]?.zone as string;
  const days = localDayNumbers(
    Int32Array.from(placed.map((p) => p.startsAt.getTime() / MINUTE)),
    zone,
  );
  for (const [i, gap] of gaps.entries()) {
    const actual = (days[i + 1] as number) - (days[i] as number);
    if (actual < gap.minDays || actual > gap.maxDays) {
      throw unprocessable(
        `Session ${i + 2} is ${actual} days after session ${i + 1}; the healing gap must be ${gap.minDays}–${gap.maxDays} days.`,
        { code: "gap", session: i + 2 },
      );
    }
  }
}

/**
 * The 409 for a course that could not be booked: names the first session that clashes and the
 * appointment in its way, and carries a fresh proposal so the person can choose again at once.
 */
async function takenProblem(
  tenant: Tenant,
  coursePlan: CoursePlan,
  input: BookCourseInput,
  now: Date,
  held: string | null,
  placed: CheckedPlacement[] = [],
): Promise<AppError> {
  let detail = held ?? "One of these times was just taken. Choose again from the new proposal.";
  let extensions: Record<string, unknown> = { title: "Time already booked" };
  for (const [i, p] of placed.entries()) {
    const clash = await clashError(tenant, p);
    if ("clash" in clash.problem) {
      detail = `Session ${i + 1}: ${clash.problem.detail}`;
      extensions = { title: clash.problem.title, clash: clash.problem.clash, session: i + 1 };
      break;
    }
  }
  let alternatives: CourseProposal | null = null;
  try {
    alternatives = await proposeForPlan(
      tenant,
      coursePlan,
      {
        locationId: input.locationId,
        serviceId: input.serviceId,
        practitionerId: input.sessions[0]?.practitionerId,
        onlyPreferred: false,
        preferredWeekdays: [],
        preferredTime: "any",
        pinned: [],
        alternatives: 3,
        holdGroupId: input.holdGroupId,
      },
      now,
    );
  } catch {
    alternatives = null;
  }
  return conflict(detail, { ...extensions, alternatives });
}
