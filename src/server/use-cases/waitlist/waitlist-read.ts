import { asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { WaitlistEntry, WaitlistOffer } from "../../../shared/contracts/waitlist.ts";
import {
  appointment,
  client,
  location,
  member,
  room,
  service,
  user,
  waitlistEntry,
  waitlistOffer,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

const MINUTE = 60_000;
const wantedUser = alias(user, "wanted_user");
const offeredUser = alias(user, "offered_user");
const offeredMember = alias(member, "offered_member");

const OPEN = ["waiting", "offered"] as const;
const isOpen = (status: string) => (OPEN as readonly string[]).includes(status);

/** Entries with their client, service, practitioner, appointment and newest offer, queue order. */
export async function readEntries(
  tenant: Tenant,
  condition: SQL | undefined,
): Promise<WaitlistEntry[]> {
  const rows = await tenant.db
    .select({
      e: waitlistEntry,
      clientFirst: client.firstName,
      clientLast: client.lastName,
      clientEmail: client.email,
      clientPhone: client.phone,
      serviceName: service.name,
      serviceDuration: service.durationMin,
      locationName: location.name,
      practitionerName: wantedUser.name,
      appointmentStart: appointment.startsAt,
      appointmentEnd: appointment.endsAt,
      appointmentStatus: appointment.status,
    })
    .from(waitlistEntry)
    .innerJoin(client, eq(client.id, waitlistEntry.clientId))
    .innerJoin(service, eq(service.id, waitlistEntry.serviceId))
    .innerJoin(location, eq(location.id, waitlistEntry.locationId))
    .leftJoin(member, eq(member.id, waitlistEntry.practitionerId))
    .leftJoin(wantedUser, eq(wantedUser.id, member.userId))
    .leftJoin(appointment, eq(appointment.id, waitlistEntry.appointmentId))
    .where(tenant.where(waitlistEntry, condition))
    .orderBy(asc(waitlistEntry.createdAt), asc(waitlistEntry.id));
  const offers = await newestOffers(
    tenant,
    rows.map((r) => r.e.id),
  );
  return rows.map((r) => ({
    id: r.e.id,
    position: null,
    status: r.e.status,
    client: {
      id: r.e.clientId,
      name: `${r.clientFirst} ${r.clientLast}`,
      email: r.clientEmail,
      phone: r.clientPhone,
    },
    location: { id: r.e.locationId, name: r.locationName },
    service: { id: r.e.serviceId, name: r.serviceName, durationMin: r.serviceDuration },
    practitioner: r.e.practitionerId
      ? { id: r.e.practitionerId, name: r.practitionerName ?? "" }
      : null,
    appointment:
      r.e.appointmentId && r.appointmentStart && r.appointmentEnd
        ? {
            id: r.e.appointmentId,
            startsAt: r.appointmentStart.toISOString(),
            endsAt: r.appointmentEnd.toISOString(),
            status: r.appointmentStatus ?? "booked",
          }
        : null,
    earliestDate: r.e.earliestDate,
    latestDate: r.e.latestDate,
    notes: r.e.notes,
    createdAt: r.e.createdAt.toISOString(),
    offer: offers.get(r.e.id) ?? null,
  }));
}

/** The newest offer of each entry, with the practitioner and room names. */
async function newestOffers(
  tenant: Tenant,
  entryIds: string[],
): Promise<Map<string, WaitlistOffer>> {
  const found = new Map<string, WaitlistOffer>();
  if (entryIds.length === 0) return found;
  const rows = await offerRows(tenant, inArray(waitlistOffer.entryId, entryIds));
  for (const row of rows) if (!found.has(row.entryId)) found.set(row.entryId, row.offer);
  return found;
}

/** An entry's offers, newest first. */
export async function readOffers(tenant: Tenant, entryId: string): Promise<WaitlistOffer[]> {
  const rows = await offerRows(tenant, eq(waitlistOffer.entryId, entryId));
  return rows.map((r) => r.offer);
}

async function offerRows(tenant: Tenant, condition: SQL) {
  const rows = await tenant.db
    .select({
      o: waitlistOffer,
      durationMin: service.durationMin,
      appointmentStart: appointment.startsAt,
      appointmentEnd: appointment.endsAt,
      practitionerName: offeredUser.name,
      roomName: room.name,
    })
    .from(waitlistOffer)
    .innerJoin(waitlistEntry, eq(waitlistEntry.id, waitlistOffer.entryId))
    .innerJoin(service, eq(service.id, waitlistEntry.serviceId))
    .leftJoin(appointment, eq(appointment.id, waitlistEntry.appointmentId))
    .innerJoin(offeredMember, eq(offeredMember.id, waitlistOffer.practitionerId))
    .innerJoin(offeredUser, eq(offeredUser.id, offeredMember.userId))
    .leftJoin(room, eq(room.id, waitlistOffer.roomId))
    .where(tenant.where(waitlistOffer, condition))
    .orderBy(desc(waitlistOffer.createdAt), desc(waitlistOffer.id));
  return rows.map((r) => {
    // A move keeps the appointment's own length; a new booking takes the service's.
    const minutes =
      r.appointmentStart && r.appointmentEnd
        ? (r.appointmentEnd.getTime() - r.appointmentStart.getTime()) / MINUTE
        : r.durationMin;
    const offer: WaitlistOffer = {
      id: r.o.id,
      status: r.o.status,
      startsAt: r.o.startsAt.toISOString(),
      endsAt: new Date(r.o.startsAt.getTime() + minutes * MINUTE).toISOString(),
      expiresAt: r.o.expiresAt.toISOString(),
      practitioner: { id: r.o.practitionerId, name: r.practitionerName },
      room: r.o.roomId ? { id: r.o.roomId, name: r.roomName ?? "" } : null,
      respondedAt: r.o.respondedAt?.toISOString() ?? null,
      appointmentId: r.o.appointmentId,
      createdAt: r.o.createdAt.toISOString(),
    };
    return { entryId: r.o.entryId, offer };
  });
}

/** Numbers the open entries 1, 2, 3… in queue order; closed ones have no place. */
export function numberQueue(entries: WaitlistEntry[]): WaitlistEntry[] {
  let place = 0;
  return entries.map((e) => ({ ...e, position: isOpen(e.status) ? ++place : null }));
}

/** One entry in this clinic, with its place in its location's queue; 404 if there is none. */
export async function readEntry(tenant: Tenant, id: string): Promise<WaitlistEntry> {
  const [entry] = await readEntries(tenant, eq(waitlistEntry.id, id));
  if (!entry) throw notFound("There is no such waitlist entry in this clinic.");
  if (!isOpen(entry.status)) return entry;
  const [row] = await tenant.db
    .select({ ahead: sql<number>`count(*)::int` })
    .from(waitlistEntry)
    .where(
      tenant.where(
        waitlistEntry,
        eq(waitlistEntry.locationId, entry.location.id),
        inArray(waitlistEntry.status, [...OPEN]),
        // Compared in the database, at its microsecond precision.
        sql`(${waitlistEntry.createdAt}, ${waitlistEntry.id}) < (select created_at, id from waitlist_entry where id = ${id})`,
      ),
    );
  return { ...entry, position: (row?.ahead ?? 0) + 1 };
}
