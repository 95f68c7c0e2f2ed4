import { and, eq, ne, sql } from "drizzle-orm";
import { gapWindows } from "../../../domain/planning/index.ts";
import { appointment, course } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { unprocessable } from "../../http/problem.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { loadPlan } from "../consultations/plan-commands.ts";
import type { PlanRow } from "../consultations/plan-view.ts";

export interface CourseGapWindow {
  /** The later session of the pair. */
  session: number;
  minDays: number;
  maxDays: number;
}

export interface CoursePlan {
  plan: PlanRow;
  durations: number[];
  gaps: CourseGapWindow[];
}

/**
 * An accepted plan ready to be booked as a course: its session lengths and healing gaps (from the
 * clinic's current spacing rules; the course row keeps the gaps it was booked with). Refuses a
 * plan that is not accepted or whose sessions are already booked.
 */
export async function loadCoursePlan(tenant: Tenant, planId: string): Promise<CoursePlan> {
  const plan = await loadPlan(tenant, planId);
  if (plan.status !== "accepted") {
    throw unprocessable(
      "Only a plan the client has accepted and signed can be booked. Accept the plan first.",
      { code: "plan_not_accepted" },
    );
  }
  if (await hasLiveCourse(tenant, planId)) {
    throw unprocessable(
      "The sessions of this plan are already booked. Move or cancel them from the calendar.",
      { code: "course_already_booked" },
    );
  }
  const { settings } = await loadClinicalSettings(tenant);
  const gaps = gapWindows(plan.plan, settings).map((g) => ({
    session: g.session,
    minDays: g.minDays,
    maxDays: g.maxDays,
  }));
  return { plan, durations: plan.plan.sessions.map((s) => s.durationMin), gaps };
}

/** Whether any course booked from this plan still has a live (not cancelled) session. */
export async function hasLiveCourse(tenant: Tenant, planId: string): Promise<boolean> {
  const [row] = await tenant.db
    .select({ one: sql<number>`1` })
    .from(course)
    .innerJoin(appointment, eq(appointment.courseId, course.id))
    .where(
      tenant.where(course, and(eq(course.planId, planId), ne(appointment.status, "cancelled"))),
    )
    .limit(1);
  return row !== undefined;
}
