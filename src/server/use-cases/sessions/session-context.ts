import { and, desc, eq, inArray } from "drizzle-orm";
import type { TreatmentPlan } from "../../../domain/planning/types.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { audit } from "../../audit/audit.ts";
import { managerRoles } from "../../auth/roles.ts";
import {
  appointment,
  client,
  course,
  location,
  member,
  service,
  treatmentPlan,
  treatmentSession,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, forbidden, notFound, unprocessable } from "../../http/problem.ts";

export type SessionRow = typeof treatmentSession.$inferSelect;
export type PlanRow = typeof treatmentPlan.$inferSelect;

/** The appointment a session belongs to, with what the checklist and record need. */
export async function loadAppointmentContext(tenant: Tenant, appointmentId: string) {
  const [row] = await tenant.db
    .select({
      a: appointment,
      serviceName: service.name,
      serviceKind: service.kind,
      timeZone: location.timeZone,
      clientFirst: client.firstName,
      clientLast: client.lastName,
      dateOfBirth: client.dateOfBirth,
      practitionerName: user.name,
      coursePlanId: course.planId,
    })
    .from(appointment)
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(client, eq(client.id, appointment.clientId))
    .innerJoin(member, eq(member.id, appointment.practitionerId))
    .innerJoin(user, eq(user.id, member.userId))
    .leftJoin(course, eq(course.id, appointment.courseId))
    .where(tenant.where(appointment, eq(appointment.id, appointmentId)));
  if (!row) throw notFound("There is no such appointment in this clinic.");
  return row;
}
export type AppointmentContext = Awaited<ReturnType<typeof loadAppointmentContext>>;

/** Only treatment and touch-up appointments have a session record. */
export function assertTreatmentAppointment(ctx: AppointmentContext) {
  if (ctx.serviceKind !== "treatment" && ctx.serviceKind !== "touch_up") {
    throw unprocessable(
      `"${ctx.serviceName}" is not a treatment or touch-up appointment, so it has no session record.`,
    );
  }
}

/** The appointment's own practitioner, or an owner or admin. */
export const canRecord = (staff: StaffContext, ctx: AppointmentContext) =>
  staff.memberId === ctx.a.practitionerId || managerRoles.includes(staff.role);

export function assertCanRecord(staff: StaffContext, ctx: AppointmentContext) {
  if (!canRecord(staff, ctx)) {
    throw forbidden(
      "Only the appointment's practitioner, an owner or an admin can record this session.",
    );
  }
}

/** The local date of an instant in the appointment's location. */
export const localDate = (ctx: AppointmentContext, at: Date) =>
  epochToLocal(at.getTime(), ctx.timeZone).date;

export async function findSession(tenant: Tenant, appointmentId: string) {
  const [row] = await tenant.db
    .select()
    .from(treatmentSession)
    .where(tenant.where(treatmentSession, eq(treatmentSession.appointmentId, appointmentId)));
  return row ?? null;
}

export async function requireSession(tenant: Tenant, appointmentId: string) {
  const row = await findSession(tenant, appointmentId);
  if (!row) throw notFound("This appointment's session has not been started.");
  return row;
}

/** Refuses changes to a signed session (the database trigger is the final guard). */
export function assertEditable(row: SessionRow, version?: number) {
  if (row.status === "signed") {
    throw conflict(
      "This session has been signed off and can no longer be edited. Add an amendment instead.",
      { code: "signed" },
    );
  }
  if (version !== undefined && version !== row.version) {
    throw conflict("Someone else changed this session meanwhile. Reload it and try again.", {
      code: "stale",
      currentVersion: row.version,
    });
  }
}

/**
 * The plan this session rests on: the appointment's course plan; otherwise (a touch-up, or a
 * session booked outside a course) the client's accepted plan, latest first.
 */
export async function planFor(tenant: Tenant, ctx: AppointmentContext) {
  if (ctx.coursePlanId) {
    const [row] = await tenant.db
      .select()
      .from(treatmentPlan)
      .where(tenant.where(treatmentPlan, eq(treatmentPlan.id, ctx.coursePlanId)));
    return row ? { row, source: "course" as const } : null;
  }
  const [row] = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        and(
          eq(treatmentPlan.clientId, ctx.a.clientId),
          inArray(treatmentPlan.status, ["accepted"]),
        ),
      ),
    )
    .orderBy(desc(treatmentPlan.acceptedAt))
    .limit(1);
  return row ? { row, source: "client" as const } : null;
}

/** This appointment's row of the plan's sessions, when it can be told. */
export function planSessionFor(plan: TreatmentPlan, ctx: AppointmentContext) {
  if (ctx.serviceKind !== "treatment") return null;
  const n = ctx.a.courseSession ?? null;
  return n ? (plan.sessions.find((s) => s.number === n) ?? null) : null;
}

export interface AuditOptions {
  action: string;
  entityId: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Every read and change of a session record is health data: audited, field names only. */
export function auditSession(tenant: Tenant, staff: StaffContext, o: AuditOptions) {
  return audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: o.action,
    entity: "treatment_session",
    entityId: o.entityId,
    ip: o.ip ?? null,
    details: o.details,
  });
}
