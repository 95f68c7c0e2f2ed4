import { asc, eq, gt } from "drizzle-orm";
import type { PlanAppointment } from "../../../domain/messaging/planner.ts";
import type { MessageContext } from "../../../domain/messaging/vars.ts";
import {
  appointment,
  client,
  clinicSettings,
  course,
  location,
  organization,
  service,
  treatmentSession,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

/** Everything messages and the aftercare sheet say about one appointment, loaded in one go. */
export interface AppointmentContext {
  plan: PlanAppointment;
  appointmentId: string;
  clientId: string;
  clientName: string;
  contact: { email: string | null; phone: string | null };
  /** The signed-off (or running) treatment session of this appointment, if any. */
  sessionId: string | null;
  message: Omit<MessageContext, "settings" | "checkInLink">;
  brand: { clinicName: string; primaryColour: string };
  /** Where the session took place, one line. */
  locationAddress: string;
  /** Sessions in the course (null outside a course). */
  courseSessions: number | null;
}

const address = (l: {
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
}) =>
  [l.addressLine1, l.addressLine2, l.city, l.postcode]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(", ");

export async function loadAppointmentContext(
  tenant: Tenant,
  appointmentId: string,
): Promise<AppointmentContext> {
  const [row] = await tenant.db
    .select({
      a: appointment,
      client: {
        firstName: client.firstName,
        lastName: client.lastName,
        preferredName: client.preferredName,
        email: client.email,
        phone: client.phone,
      },
      service: { name: service.name, kind: service.kind },
      location: location,
      orgName: organization.name,
      settings: {
        email: clinicSettings.email,
        phone: clinicSettings.phone,
        locale: clinicSettings.locale,
        colour: clinicSettings.primaryColour,
      },
      gaps: course.gaps,
      session: { id: treatmentSession.id, endedAt: treatmentSession.endedAt },
    })
    .from(appointment)
    .innerJoin(client, eq(client.id, appointment.clientId))
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(organization, eq(organization.id, appointment.orgId))
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, appointment.orgId))
    .leftJoin(course, eq(course.id, appointment.courseId))
    .leftJoin(treatmentSession, eq(treatmentSession.appointmentId, appointment.id))
    .where(tenant.where(appointment, eq(appointment.id, appointmentId)));
  if (!row) throw notFound("That appointment does not exist.");
  const a = row.a;
  const courseSessions = a.courseId && row.gaps ? row.gaps.length + 1 : null;
  const finalSession = courseSessions !== null && a.courseSession === courseSessions;

  let nextSessionStartsAt: number | null = null;
  let courseStarts: number[] | undefined;
  if (a.courseId && a.courseSession === 1) {
    const sessions = await tenant.db
      .select({ startsAt: appointment.startsAt })
      .from(appointment)
      .where(
        tenant.where(
          appointment,
          eq(appointment.courseId, a.courseId),
          eq(appointment.status, "booked"),
        ),
      )
      .orderBy(asc(appointment.courseSession));
    courseStarts = sessions.map((s) => s.startsAt.getTime());
  }
  if (a.courseId && a.courseSession !== null) {
    const [next] = await tenant.db
      .select({ startsAt: appointment.startsAt })
      .from(appointment)
      .where(
        tenant.where(
          appointment,
          eq(appointment.courseId, a.courseId),
          gt(appointment.courseSession, a.courseSession),
          eq(appointment.status, "booked"),
        ),
      )
      .orderBy(asc(appointment.courseSession))
      .limit(1);
    nextSessionStartsAt = next?.startsAt.getTime() ?? null;
  }

  const endedAt = row.session?.endedAt ?? null;
  return {
    appointmentId: a.id,
    clientId: a.clientId,
    clientName: `${row.client.firstName} ${row.client.lastName}`,
    contact: { email: row.client.email, phone: row.client.phone },
    sessionId: row.session?.id ?? null,
    courseSessions,
    plan: {
      id: a.id,
      startsAt: a.startsAt.getTime(),
      // Aftercare counts from when the session really ended once it is recorded.
      endsAt: (endedAt ?? a.endsAt).getTime(),
      timeZone: row.location.timeZone,
      serviceKind: row.service.kind,
      courseSession: a.courseSession,
      finalSession,
      status: a.status,
      nextSessionStartsAt,
    },
    message: {
      clinic: {
        name: row.orgName,
        phone: row.settings?.phone || row.location.phone || "",
        email: row.settings?.email ?? "",
        locale: row.settings?.locale ?? "en-GB",
      },
      location: {
        name: row.location.name,
        address: address(row.location),
        timeZone: row.location.timeZone,
      },
      client: { firstName: row.client.firstName, preferredName: row.client.preferredName },
      appointment: {
        startsAt: a.startsAt.getTime(),
        serviceName: row.service.name,
        courseSession: a.courseSession,
        courseStarts,
      },
    },
    locationAddress: [row.location.name, address(row.location)].filter(Boolean).join(", "),
    brand: { clinicName: row.orgName, primaryColour: row.settings?.colour ?? "#1f6f78" },
  };
}
