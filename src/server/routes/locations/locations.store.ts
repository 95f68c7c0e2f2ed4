import { asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { validateWeeklyHours, type Weekday } from "../../../domain/scheduling/opening-hours.ts";
import { formatLocalTime, parseLocalTime } from "../../../domain/time/zoned.ts";
import type { DayHours, Location } from "../../../shared/contracts/locations.ts";
import { appointment, location, locationHours, room } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError, conflict, notFound } from "../../http/problem.ts";

export const NO_LOCATION = "There is no such location in this clinic.";
export const NO_ROOM = "There is no such room in this clinic.";

/** A 400 shaped like a request validation failure, for rules checked after parsing. */
export function invalid(field: string, messages: string[]): AppError {
  return new AppError({
    type: "https://stipple.dev/problems/validation",
    title: "Some fields are not valid",
    status: 400,
    detail: messages.join("; "),
    errors: messages.map((message) => ({ field, message })),
  });
}

/** Validates weekly hours (overlaps, order) and converts them to stored minutes. */
export function toHourRows(hours: readonly DayHours[]) {
  const messages = validateWeeklyHours(hours.map((h) => ({ ...h, weekday: h.weekday as Weekday })));
  if (messages.length) throw invalid("hours", messages);
  return hours.map((h) => ({
    weekday: h.weekday,
    opensMin: parseLocalTime(h.opens),
    closesMin: parseLocalTime(h.closes),
  }));
}

/** Locations with their hours and rooms; all of the clinic's, or just `ids`. */
export async function loadLocations(tenant: Tenant, ids?: string[]): Promise<Location[]> {
  const only = ids ? inArray(location.id, ids) : undefined;
  const rows = await tenant.db
    .select()
    .from(location)
    .where(tenant.where(location, only))
    .orderBy(asc(location.createdAt), asc(location.name), asc(location.id));
  if (rows.length === 0) return [];
  const locationIds = rows.map((r) => r.id);
  const [hours, rooms] = await Promise.all([
    tenant.db
      .select()
      .from(locationHours)
      .where(tenant.where(locationHours, inArray(locationHours.locationId, locationIds)))
      .orderBy(asc(locationHours.weekday), asc(locationHours.opensMin)),
    tenant.db
      .select()
      .from(room)
      .where(tenant.where(room, inArray(room.locationId, locationIds)))
      .orderBy(asc(room.name), asc(room.id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    city: row.city,
    postcode: row.postcode,
    country: row.country,
    phone: row.phone,
    timeZone: row.timeZone,
    active: row.active,
    hours: hours
      .filter((h) => h.locationId === row.id)
      .map((h) => ({
        weekday: h.weekday,
        opens: formatLocalTime(h.opensMin),
        closes: formatLocalTime(h.closesMin),
      })),
    rooms: rooms
      .filter((r) => r.locationId === row.id)
      .map((r) => ({ id: r.id, name: r.name, active: r.active })),
  }));
}

export async function loadLocation(tenant: Tenant, id: string): Promise<Location> {
  const [found] = await loadLocations(tenant, [id]);
  if (!found) throw notFound(NO_LOCATION);
  return found;
}

/** Locks a location row for the rest of the transaction (serialises room and day changes). */
export async function lockLocation(tenant: Tenant, id: string) {
  const [row] = await tenant.db
    .select({ id: location.id, name: location.name, active: location.active })
    .from(location)
    .where(tenant.where(location, eq(location.id, id)))
    .for("update");
  if (!row) throw notFound(NO_LOCATION);
  return row;
}

/** Booked appointments that have not yet ended, at a location or in a room. */
export async function countUpcoming(tenant: Tenant, on: { locationId?: string; roomId?: string }) {
  const [row] = await tenant.db
    .select({ n: count() })
    .from(appointment)
    .where(
      tenant.where(
        appointment,
        eq(appointment.status, "booked"),
        gt(appointment.endsAt, sql`now()`),
        on.locationId ? eq(appointment.locationId, on.locationId) : undefined,
        on.roomId ? eq(appointment.roomId, on.roomId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export function refuseDeactivation(what: "location" | "room", upcoming: number): void {
  if (upcoming === 0) return;
  const plural = upcoming === 1 ? "1 booked appointment" : `${upcoming} booked appointments`;
  throw conflict(
    `This ${what} has ${plural} still to come. Move or cancel ${upcoming === 1 ? "it" : "them"} before deactivating the ${what}.`,
    { upcomingAppointments: upcoming },
  );
}

/** Refuses a room name already used at the location (case-insensitive). */
export async function assertRoomNameFree(
  tenant: Tenant,
  at: { id: string; name: string },
  name: string,
  exceptRoomId?: string,
) {
  const [clash] = await tenant.db
    .select({ id: room.id })
    .from(room)
    .where(
      tenant.where(
        room,
        eq(room.locationId, at.id),
        sql`lower(${room.name}) = lower(${name})`,
        exceptRoomId ? sql`${room.id} <> ${exceptRoomId}` : undefined,
      ),
    )
    .limit(1);
  if (clash) throw conflict(`${at.name} already has a room called "${name}".`);
}
