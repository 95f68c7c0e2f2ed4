import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { gapWindows } from "../../../domain/planning/index.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type {
  PortalBookInput,
  PortalHoldInput,
  PortalPlan,
  PortalPlans,
  PortalProposalInput,
} from "../../../shared/contracts/portal-booking.ts";
import type {
  CourseProposal,
  HoldGroup,
  SlotsResponse,
} from "../../../shared/contracts/scheduling.ts";
import {
  appointment,
  consultation,
  course,
  member,
  slotHold,
  treatmentPlan,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, notFound, unprocessable } from "../../http/problem.ts";
import { readAppointments } from "../appointments/appointment-read.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { treatmentEligibility } from "../consultations/eligibility.ts";
import { bookCourse } from "../scheduling/course-booking.ts";
import { type CoursePlan, loadCoursePlan } from "../scheduling/course-plan.ts";
import { proposeForPlan } from "../scheduling/course-proposal.ts";
import { placeHolds } from "../scheduling/holds.ts";
import { searchSlots } from "../scheduling/slot-search.ts";
import { NO_ACTOR } from "../waitlist/offer-freed-time.ts";
import {
  actingAsClient,
  auditPortal,
  bookablePractitioners,
  clinicLocations,
  type PortalClient,
  portalHolder,
  presentAppointment,
  treatmentService,
} from "./portal-actor.ts";

const NO_PLAN = "There is no such treatment plan for you at this clinic.";

/** The client's accepted plans, with the sessions booked so far and whether they can book here. */
export async function listPortalPlans(p: PortalClient, now: Date): Promise<PortalPlans> {
  const { tenant } = p;
  const plans = await tenant.db
    .select({ plan: treatmentPlan, practitionerUserId: consultation.practitionerUserId })
    .from(treatmentPlan)
    .innerJoin(consultation, eq(consultation.id, treatmentPlan.consultationId))
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.clientId, p.clientId),
        eq(treatmentPlan.status, "accepted"),
      ),
    )
    .orderBy(desc(treatmentPlan.acceptedAt));
  const practitioners = await bookablePractitioners(tenant);
  const { settings } = await loadClinicalSettings(tenant);
  const eligibility = await clientEligibility(p, now);
  const items: PortalPlan[] = [];
  for (const { plan, practitionerUserId } of plans) {
    const booked = await liveCourseAppointments(tenant, plan.id);
    const sessions = plan.plan.sessions.map((s, i) => {
      const a = booked.find((b) => b.course?.session === i + 1);
      return {
        session: i + 1,
        durationMin: s.durationMin,
        appointment: a ? presentAppointment(a, now) : null,
      };
    });
    const status: PortalPlan["status"] =
      booked.length > 0 ? "booked" : eligibility.blocked ? "blocked" : "to_book";
    items.push({
      id: plan.id,
      acceptedAt: plan.acceptedAt?.toISOString() ?? null,
      sessions,
      gaps: gapWindows(plan.plan, settings).map((g) => ({
        session: g.session,
        minDays: g.minDays,
        maxDays: g.maxDays,
      })),
      status,
      message: status === "blocked" ? eligibility.blocked : null,
      earliestDate: status === "to_book" ? eligibility.from : null,
      practitioner: await planPractitioner(tenant, practitionerUserId, practitioners),
    });
  }
  await auditPortal(tenant.db, p, "read", "treatment_plan", null, {
    plans: items.map((i) => i.id),
  });
  return { items, locations: await clinicLocations(tenant), practitioners };
}

/** The member who held the plan's consultation, when they still take appointments. */
async function planPractitioner(
  tenant: Tenant,
  userId: string | null,
  practitioners: { id: string; name: string }[],
) {
  if (!userId) return null;
  const [m] = await tenant.db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.organizationId, tenant.orgId), eq(member.userId, userId)));
  return practitioners.find((x) => x.id === m?.id) ?? null;
}

async function liveCourseAppointments(tenant: Tenant, planId: string) {
  const courses = await tenant.db
    .select({ id: course.id })
    .from(course)
    .where(tenant.where(course, eq(course.planId, planId)));
  if (courses.length === 0) return [];
  return readAppointments(
    tenant,
    and(
      inArray(
        appointment.courseId,
        courses.map((c) => c.id),
      ),
      ne(appointment.status, "cancelled"),
    ),
  );
}

/**
 * Why the client cannot book treatment online (screening not passed, a GP letter needed), in words
 * for the client; null when they can. A deferral with an end date does not block: the sessions
 * are simply proposed from that date (checkPlacement re-checks each session's own day).
 */
async function clientEligibility(
  p: PortalClient,
  now: Date,
): Promise<{ blocked: string | null; from: string | null }> {
  const [loc] = await clinicLocations(p.tenant);
  const today = localToday(now, loc?.timeZone ?? "UTC");
  const e = await treatmentEligibility(p.tenant, p.clientId, today, NO_ACTOR);
  if (e.bookable) return { blocked: null, from: null };
  if (e.from && e.from > today) return { blocked: null, from: e.from };
  return {
    blocked:
      "Your sessions can't be booked online yet: the clinic needs to finish your health check first. Please contact them.",
    from: null,
  };
}

/** An accepted plan of this client that can be booked now; 404 for anyone else's plan. */
async function ownBookablePlan(
  p: PortalClient,
  planId: string,
  now: Date,
): Promise<CoursePlan & { earliest: string | null }> {
  const [row] = await p.tenant.db
    .select({ clientId: treatmentPlan.clientId })
    .from(treatmentPlan)
    .where(p.tenant.where(treatmentPlan, eq(treatmentPlan.id, planId)));
  if (!row || row.clientId !== p.clientId) throw notFound(NO_PLAN);
  const coursePlan = await loadCoursePlan(p.tenant, planId);
  const { blocked, from } = await clientEligibility(p, now);
  if (blocked) throw unprocessable(blocked, { code: "screening" });
  return { ...coursePlan, earliest: from };
}

/** Refuses a hold group that is not this client's (a group with no live holds is free to use). */
async function assertOwnGroup(p: PortalClient, groupId: string | undefined): Promise<void> {
  if (!groupId) return;
  const rows = await p.tenant.db
    .select({ heldBy: slotHold.heldBy })
    .from(slotHold)
    .where(p.tenant.where(slotHold, eq(slotHold.groupId, groupId)));
  if (rows.some((r) => r.heldBy !== portalHolder(p))) {
    throw notFound("These times are not held for you.");
  }
}

/** The course proposal for the plan, with the plan's practitioner preferred unless chosen. */
export async function portalProposal(
  p: PortalClient,
  planId: string,
  input: PortalProposalInput,
  now: Date,
): Promise<CourseProposal> {
  const coursePlan = await ownBookablePlan(p, planId, now);
  await assertOwnGroup(p, input.holdGroupId);
  const practitioners = await bookablePractitioners(p.tenant);
  const [c] = await p.tenant.db
    .select({ userId: consultation.practitionerUserId })
    .from(consultation)
    .where(p.tenant.where(consultation, eq(consultation.id, coursePlan.plan.consultationId)));
  const own = await planPractitioner(p.tenant, c?.userId ?? null, practitioners);
  return proposeForPlan(
    p.tenant,
    coursePlan,
    {
      ...input,
      fromDate: laterOf(input.fromDate, coursePlan.earliest),
      serviceId: await treatmentService(p.tenant),
      practitionerId: input.practitionerId ?? own?.id,
      onlyPreferred: input.onlyPreferred && Boolean(input.practitionerId ?? own?.id),
      alternatives: 3,
    },
    now,
  );
}

/** Free times for one session of the plan (to change it), in whole local days. */
export async function portalSessionTimes(
  p: PortalClient,
  planId: string,
  q: {
    session: number;
    locationId: string;
    practitionerId?: string;
    from: string;
    days: number;
    holdGroupId?: string;
  },
  now: Date,
): Promise<SlotsResponse> {
  const coursePlan = await ownBookablePlan(p, planId, now);
  await assertOwnGroup(p, q.holdGroupId);
  const durationMin = coursePlan.durations[q.session - 1];
  if (durationMin === undefined) {
    throw badRequest(
      `This plan has ${coursePlan.durations.length} sessions; there is no session ${q.session}.`,
    );
  }
  return searchSlots(
    p.tenant,
    {
      locationId: q.locationId,
      serviceId: await treatmentService(p.tenant),
      practitionerId: q.practitionerId,
      from: q.from,
      days: q.days,
      durationMin,
      holdGroupId: q.holdGroupId,
    },
    now,
  );
}

/** Holds the chosen times for the clinic's hold period while the client confirms. */
export async function portalHolds(
  p: PortalClient,
  planId: string,
  input: PortalHoldInput,
  now: Date,
): Promise<HoldGroup> {
  const coursePlan = await ownBookablePlan(p, planId, now);
  await assertOwnGroup(p, input.groupId);
  if (input.sessions.length !== coursePlan.durations.length) {
    throw badRequest(
      `This plan has ${coursePlan.durations.length} sessions; choose a time for each of them.`,
    );
  }
  return placeHolds(
    p.tenant,
    portalHolder(p),
    {
      locationId: input.locationId,
      serviceId: await treatmentService(p.tenant),
      groupId: input.groupId,
      purpose: "booking",
      sessions: input.sessions.map((s, i) => ({ ...s, durationMin: coursePlan.durations[i] })),
    },
    now,
  );
}

/** Lets go of the client's own held times. */
export async function releasePortalHolds(p: PortalClient, groupId: string): Promise<void> {
  await assertOwnGroup(p, groupId);
  const gone = await p.tenant.db
    .delete(slotHold)
    .where(p.tenant.where(slotHold, eq(slotHold.groupId, groupId)))
    .returning({ id: slotHold.id });
  if (gone.length === 0) throw notFound("These times are no longer held.");
}

/** Books every session at once through the staff course booking: all of them or none. */
export async function bookPortalCourse(
  p: PortalClient,
  planId: string,
  input: PortalBookInput,
  now: Date,
) {
  await ownBookablePlan(p, planId, now);
  await assertOwnGroup(p, input.holdGroupId);
  const booked = await bookCourse(
    p.tenant,
    actingAsClient(p),
    planId,
    { ...input, serviceId: await treatmentService(p.tenant) },
    now,
  );
  await auditPortal(p.tenant.db, p, "create", "course", booked.courseId, {
    planId,
    appointments: booked.appointments.map((a) => a.id),
  });
  return {
    courseId: booked.courseId,
    planId,
    appointments: booked.appointments.map((a) => presentAppointment(a, now)),
  };
}

export const localToday = (now: Date, zone: string) => epochToLocal(now.getTime(), zone).date;

const laterOf = (a: string | undefined, b: string | null): string | undefined =>
  b && (!a || b > a) ? b : a;
