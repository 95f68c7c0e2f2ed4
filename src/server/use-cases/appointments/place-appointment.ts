import { and, eq, isNull } from "drizzle-orm";
import { checkAppointmentTime } from "../../../domain/scheduling/booking-rules.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { type appointment, client, member, room, service, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, notFound, unprocessable } from "../../http/problem.ts";
import { assertTreatmentAllowed } from "../consultations/eligibility.ts";
import { loadLocationSchedule, loadPractitionerAvailability } from "./schedule-loader.ts";

export interface Placement {
  clientId: string;
  serviceId: string;
  locationId: string;
  practitionerId: string;
  roomId: string | null;
  startsAt: Date;
  /** The appointment's length when it is not the service's (a session of a plan). */
  durationMin?: number;
}

export interface CheckedPlacement extends Placement {
  endsAt: Date;
  busyFrom: Date;
  busyTo: Date;
  zone: string;
  serviceKind: string;
}

const MINUTE = 60_000;

/**
 * Loads everything a booking depends on and decides with the domain rules whether it may go ahead.
 * Throws a 4xx problem naming the first reason it may not; the database still guards overlaps.
 */
export async function checkPlacement(
  tenant: Tenant,
  p: Placement,
  now: Date,
  actorUserId: string,
): Promise<CheckedPlacement> {
  if (p.startsAt.getTime() % MINUTE !== 0) throw badRequest("startsAt must be on a whole minute.");
  const [svc] = await tenant.db
    .select()
    .from(service)
    .where(tenant.where(service, eq(service.id, p.serviceId)));
  if (!svc) throw notFound("There is no such service in this clinic.");
  if (!svc.active) throw unprocessable(`${svc.name} is no longer offered. Choose another service.`);
  const [cl] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, p.clientId), isNull(client.archivedAt)));
  if (!cl) throw notFound("There is no such client in this clinic.");
  const [prac] = await tenant.db
    .select({ role: member.role, active: member.active, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, tenant.orgId), eq(member.id, p.practitionerId)));
  if (!prac) throw notFound("There is no such practitioner in this clinic.");
  if (!prac.active) throw unprocessable(`${prac.name} is no longer active at this clinic.`);
  if (prac.role === "receptionist")
    throw unprocessable(`${prac.name} is a receptionist and does not take appointments.`);
  const loc = await loadLocationSchedule(tenant, p.locationId);
  if (!loc) throw notFound("There is no such location in this clinic.");
  if (p.roomId) {
    const [rm] = await tenant.db
      .select()
      .from(room)
      .where(tenant.where(room, eq(room.id, p.roomId)));
    if (!rm || rm.locationId !== p.locationId)
      throw notFound(`There is no such room at ${loc.name}.`);
    if (!rm.active) throw unprocessable(`${rm.name} is not in use. Choose another room.`);
  } else if (svc.needsRoom) {
    throw unprocessable(`${svc.name} needs a treatment room. Choose one.`);
  }

  const endsAt = new Date(p.startsAt.getTime() + (p.durationMin ?? svc.durationMin) * MINUTE);
  const busyFrom = new Date(p.startsAt.getTime() - svc.bufferBeforeMin * MINUTE);
  const busyTo = new Date(endsAt.getTime() + svc.bufferAfterMin * MINUTE);
  const availability = await loadPractitionerAvailability(tenant, p.practitionerId, {
    start: busyFrom,
    end: busyTo,
  });
  const verdict = checkAppointmentTime({
    // Opening hours bound the appointment itself; buffers may spill into set-up and tidy-up time.
    busy: { start: p.startsAt.getTime(), end: endsAt.getTime() },
    zone: loc.zone,
    location: loc.schedule,
    locationName: loc.name,
    practitioner: { name: prac.name, hours: availability.hours, timeOff: availability.timeOff },
    now: now.getTime(),
  });
  if (!verdict.ok) throw unprocessable(verdict.message, { code: verdict.code });
  if (svc.kind === "treatment" || svc.kind === "touch_up") {
    // Screening decides, for the day of the session, whether treatment may take place at all.
    await assertTreatmentAllowed(
      tenant,
      p.clientId,
      epochToLocal(p.startsAt.getTime(), loc.zone).date,
      actorUserId,
    );
  }
  return { ...p, endsAt, busyFrom, busyTo, zone: loc.zone, serviceKind: svc.kind };
}

export const appointmentValues = (c: CheckedPlacement) => ({
  clientId: c.clientId,
  serviceId: c.serviceId,
  locationId: c.locationId,
  practitionerId: c.practitionerId,
  roomId: c.roomId,
  startsAt: c.startsAt,
  endsAt: c.endsAt,
  busyFrom: c.busyFrom,
  busyTo: c.busyTo,
});

export type AppointmentRow = typeof appointment.$inferSelect;
