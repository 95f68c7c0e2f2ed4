import { asc, eq, gt, lt, ne } from "drizzle-orm";
import {
  appointment,
  client,
  clinicSettings,
  location,
  organization,
  room,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import type { CalendarAppointment, CalendarClinic } from "./appointment-ics.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The practitioner feed's window around now. */
export const FEED_DAYS_BEFORE = 30;
export const FEED_DAYS_AFTER = 365;

const columns = {
  a: {
    id: appointment.id,
    version: appointment.version,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    status: appointment.status,
    updatedAt: appointment.updatedAt,
  },
  clientFirst: client.firstName,
  clientLast: client.lastName,
  clientPreferred: client.preferredName,
  roomName: room.name,
  location: {
    name: location.name,
    addressLine1: location.addressLine1,
    addressLine2: location.addressLine2,
    city: location.city,
    postcode: location.postcode,
    phone: location.phone,
    timeZone: location.timeZone,
  },
};

function query(tenant: Tenant) {
  return tenant.db
    .select(columns)
    .from(appointment)
    .innerJoin(client, eq(client.id, appointment.clientId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .leftJoin(room, eq(room.id, appointment.roomId));
}

type Row = Awaited<ReturnType<ReturnType<typeof query>["where"]>>[number];

const toCalendarAppointment = (r: Row): CalendarAppointment => ({
  ...r.a,
  client: { firstName: r.clientPreferred || r.clientFirst, lastName: r.clientLast },
  roomName: r.roomName,
  location: r.location,
});

/** The practitioner's appointments, other than cancelled ones, from 30 days ago to a year ahead. */
export async function loadFeedAppointments(
  tenant: Tenant,
  memberId: string,
  now: Date,
): Promise<CalendarAppointment[]> {
  const from = new Date(now.getTime() - FEED_DAYS_BEFORE * DAY_MS);
  const to = new Date(now.getTime() + FEED_DAYS_AFTER * DAY_MS);
  const rows = await query(tenant)
    .where(
      tenant.where(
        appointment,
        eq(appointment.practitionerId, memberId),
        ne(appointment.status, "cancelled"),
        gt(appointment.endsAt, from),
        lt(appointment.startsAt, to),
      ),
    )
    .orderBy(asc(appointment.startsAt));
  return rows.map(toCalendarAppointment);
}

/** One appointment of this clinic, whatever its status; 404 when it is not this clinic's. */
export async function loadCalendarAppointment(
  tenant: Tenant,
  id: string,
): Promise<CalendarAppointment> {
  const [row] = await query(tenant).where(tenant.where(appointment, eq(appointment.id, id)));
  if (!row) throw notFound("No such appointment in this clinic.");
  return toCalendarAppointment(row);
}

/** The clinic's name and contact details, as a client's calendar entry shows them. */
export async function loadCalendarClinic(tenant: Tenant): Promise<CalendarClinic> {
  const [row] = await tenant.db
    .select({ name: organization.name, phone: clinicSettings.phone })
    .from(organization)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, organization.id))
    .where(eq(organization.id, tenant.orgId));
  if (!row) throw notFound("This clinic no longer exists.");
  return { name: row.name, phone: row.phone ?? null };
}
