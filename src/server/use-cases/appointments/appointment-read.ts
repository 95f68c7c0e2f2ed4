import { eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import {
  appointment,
  client,
  location,
  member,
  room,
  service,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

const practitionerUser = alias(user, "practitioner_user");

/** Appointments with their client, service, practitioner, room and location, in API shape. */
export async function readAppointments(
  tenant: Tenant,
  condition: SQL | undefined,
  orderBy: SQL | typeof appointment.startsAt = appointment.startsAt,
): Promise<Appointment[]> {
  const rows = await tenant.db
    .select({
      a: appointment,
      clientFirst: client.firstName,
      clientLast: client.lastName,
      serviceName: service.name,
      serviceKind: service.kind,
      serviceColour: service.colour,
      practitionerName: practitionerUser.name,
      roomName: room.name,
      locationName: location.name,
      timeZone: location.timeZone,
    })
    .from(appointment)
    .innerJoin(client, eq(client.id, appointment.clientId))
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(member, eq(member.id, appointment.practitionerId))
    .innerJoin(practitionerUser, eq(practitionerUser.id, member.userId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .leftJoin(room, eq(room.id, appointment.roomId))
    .where(tenant.where(appointment, condition))
    .orderBy(orderBy);
  return rows.map((r) => ({
    id: r.a.id,
    startsAt: r.a.startsAt.toISOString(),
    endsAt: r.a.endsAt.toISOString(),
    busyFrom: r.a.busyFrom.toISOString(),
    busyTo: r.a.busyTo.toISOString(),
    status: r.a.status,
    notes: r.a.notes,
    cancelReason: r.a.cancelReason,
    version: r.a.version,
    course: r.a.courseId ? { id: r.a.courseId, session: r.a.courseSession ?? 1 } : null,
    rescheduleCount: r.a.rescheduleCount,
    depositForfeited: r.a.depositForfeited,
    client: { id: r.a.clientId, name: `${r.clientFirst} ${r.clientLast}` },
    service: {
      id: r.a.serviceId,
      name: r.serviceName,
      kind: r.serviceKind,
      colour: r.serviceColour,
    },
    practitioner: { id: r.a.practitionerId, name: r.practitionerName },
    room: r.a.roomId ? { id: r.a.roomId, name: r.roomName ?? "" } : null,
    location: { id: r.a.locationId, name: r.locationName, timeZone: r.timeZone },
  }));
}

/** One appointment in API shape; 404 when this clinic has no such appointment. */
export async function readAppointment(tenant: Tenant, id: string): Promise<Appointment> {
  const [row] = await readAppointments(tenant, eq(appointment.id, id));
  if (!row) throw notFound("There is no such appointment in this clinic.");
  return row;
}
