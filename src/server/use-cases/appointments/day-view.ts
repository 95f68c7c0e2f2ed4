import { and, asc, eq, gt, lt, ne } from "drizzle-orm";
import { hoursForDate, openIntervals } from "../../../domain/scheduling/opening-hours.ts";
import {
  type Interval,
  intersectIntervals,
  mergeIntervals,
  subtractIntervals,
} from "../../../domain/time/interval.ts";
import { zonedDayBounds } from "../../../domain/time/zoned.ts";
import type { DayView } from "../../../shared/contracts/appointments.ts";
import { appointment, location, member, room, service, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { readAppointments } from "./appointment-read.ts";
import { loadLocationSchedule, loadStaffAvailability } from "./schedule-loader.ts";

const iso = (ms: number) => new Date(ms).toISOString();

type LocationSchedule = NonNullable<Awaited<ReturnType<typeof loadLocationSchedule>>>;

/** The clinic's active locations by name, and the chosen one (default: the first) with its schedule. */
export async function loadLocationChoice(
  tenant: Tenant,
  locationId: string | undefined,
): Promise<{ locations: { id: string; name: string }[]; id: string; loc: LocationSchedule }> {
  const locations = await tenant.db
    .select({ id: location.id, name: location.name })
    .from(location)
    .where(tenant.where(location, eq(location.active, true)))
    .orderBy(asc(location.name));
  const chosenId = locationId ?? locations[0]?.id;
  const loc = chosenId ? await loadLocationSchedule(tenant, chosenId) : null;
  if (!chosenId || !loc)
    throw notFound("There is no such location in this clinic. Add one in Settings → Locations.");
  return { locations, id: chosenId, loc };
}

/** Staff who can take appointments (everyone but receptionists), the location's rooms and the services. */
export async function loadBookables(tenant: Tenant, locationId: string) {
  const [practitionerRows, rooms, services] = await Promise.all([
    tenant.db
      .select({
        id: member.id,
        name: user.name,
        colour: member.calendarColour,
        role: member.role,
        active: member.active,
      })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, tenant.orgId), ne(member.role, "receptionist")))
      .orderBy(asc(user.name)),
    tenant.db
      .select({ id: room.id, name: room.name })
      .from(room)
      .where(tenant.where(room, eq(room.locationId, locationId), eq(room.active, true)))
      .orderBy(asc(room.name)),
    tenant.db
      .select()
      .from(service)
      .where(tenant.where(service, eq(service.active, true)))
      .orderBy(asc(service.name)),
  ]);
  return {
    practitionerRows,
    rooms,
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      durationMin: s.durationMin,
      needsRoom: s.needsRoom,
      colour: s.colour,
    })),
  };
}

type PractitionerRow = Awaited<ReturnType<typeof loadBookables>>["practitionerRows"][number];

/**
 * Practitioners with their working time from `from` to `to` (local dates): their own hours within
 * the opening hours, or the opening hours, minus time off. Columns are the active practitioners
 * plus anyone (e.g. since deactivated) who still has appointments in the window.
 */
export async function loadWorkingPractitioners(
  tenant: Tenant,
  rows: PractitionerRow[],
  appointments: { practitioner: { id: string } }[],
  loc: LocationSchedule,
  dates: { from: string; to: string },
  open: Interval[],
) {
  const withAppointments = new Set(appointments.map((a) => a.practitioner.id));
  const columns = rows.filter(
    (p) => (p.active && p.role === "practitioner") || withAppointments.has(p.id),
  );
  const window = {
    start: new Date(zonedDayBounds(dates.from, loc.zone).start),
    end: new Date(zonedDayBounds(dates.to, loc.zone).end),
  };
  const availabilityById = await loadStaffAvailability(
    tenant,
    columns.map((p) => p.id),
    window,
  );
  return columns.map((p) => {
    const availability = availabilityById.get(p.id) ?? { hours: null, timeOff: [] };
    const own = availability.hours
      ? intersectIntervals(openIntervals(availability.hours, loc.zone, dates.from, dates.to), open)
      : open;
    const working = subtractIntervals(own, mergeIntervals(availability.timeOff));
    return {
      id: p.id,
      name: p.name,
      colour: p.colour,
      working: working.map((w) => ({ start: iso(w.start), end: iso(w.end) })),
    };
  });
}

/** One day at one location: opening hours, practitioner columns with their working time, rooms and appointments. */
export async function loadDayView(
  tenant: Tenant,
  date: string,
  locationId: string | undefined,
): Promise<DayView> {
  const { locations, id: chosenId, loc } = await loadLocationChoice(tenant, locationId);
  const day = zonedDayBounds(date, loc.zone);
  const todays = hoursForDate(loc.schedule, date);
  const open = openIntervals(loc.schedule, loc.zone, date, date);

  const [appointments, { practitionerRows, rooms, services }] = await Promise.all([
    readAppointments(
      tenant,
      and(
        eq(appointment.locationId, chosenId),
        lt(appointment.startsAt, new Date(day.end)),
        gt(appointment.endsAt, new Date(day.start)),
      ),
      appointment.startsAt,
    ),
    loadBookables(tenant, chosenId),
  ]);
  const practitioners = await loadWorkingPractitioners(
    tenant,
    practitionerRows,
    appointments,
    loc,
    { from: date, to: date },
    open,
  );
  return {
    date,
    location: { id: chosenId, name: loc.name, timeZone: loc.zone },
    locations,
    hours: {
      closed: todays.closed || open.length === 0,
      reason: todays.special?.reason,
      intervals: open.map((o, i) => ({
        opens: todays.hours[i]?.opens ?? "",
        closes: todays.hours[i]?.closes ?? "",
        start: iso(o.start),
        end: iso(o.end),
      })),
    },
    practitioners,
    rooms,
    services,
    appointments,
  };
}
