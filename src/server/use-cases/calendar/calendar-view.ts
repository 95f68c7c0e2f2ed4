import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { hoursForDate, openIntervals } from "../../../domain/scheduling/opening-hours.ts";
import { addDays, eachDate, zonedDayBounds } from "../../../domain/time/zoned.ts";
import type { CalendarDay, CalendarView } from "../../../shared/contracts/calendar.ts";
import { audit } from "../../audit/audit.ts";
import { appointment, course } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { readAppointments } from "../appointments/appointment-read.ts";
import {
  loadBookables,
  loadLocationChoice,
  loadWorkingPractitioners,
} from "../appointments/day-view.ts";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `days` local dates from `from` at one location: each day's opening hours, the practitioners with
 * their working time, rooms, services and every appointment overlapping the range. Reading it is
 * audited, as it lists clients by name.
 */
export async function loadCalendar(
  tenant: Tenant,
  staff: StaffContext,
  query: { from: string; days: number; locationId?: string | undefined },
  ip?: string | null,
): Promise<CalendarView> {
  const { locations, id: locationId, loc } = await loadLocationChoice(tenant, query.locationId);
  const from = query.from;
  const to = addDays(from, query.days - 1);
  const window = {
    start: new Date(zonedDayBounds(from, loc.zone).start),
    end: new Date(zonedDayBounds(to, loc.zone).end),
  };

  const days: CalendarDay[] = eachDate(from, to).map((date) => {
    const opening = hoursForDate(loc.schedule, date);
    const open = openIntervals(loc.schedule, loc.zone, date, date);
    return {
      date,
      closed: opening.closed || open.length === 0,
      reason: opening.special?.reason,
      hours: open.map((o, i) => ({
        opens: opening.hours[i]?.opens ?? "",
        closes: opening.hours[i]?.closes ?? "",
        start: iso(o.start),
        end: iso(o.end),
      })),
    };
  });
  const open = openIntervals(loc.schedule, loc.zone, from, to);

  const [appointments, { practitionerRows, rooms, services }] = await Promise.all([
    readAppointments(
      tenant,
      and(
        eq(appointment.locationId, locationId),
        lt(appointment.startsAt, window.end),
        gt(appointment.endsAt, window.start),
      ),
      appointment.startsAt,
    ),
    loadBookables(tenant, locationId),
  ]);
  const courseIds = [...new Set(appointments.flatMap((a) => (a.course ? [a.course.id] : [])))];
  const [practitioners, courses] = await Promise.all([
    loadWorkingPractitioners(tenant, practitionerRows, appointments, loc, { from, to }, open),
    courseIds.length === 0
      ? []
      : tenant.db
          .select({ id: course.id, gaps: course.gaps })
          .from(course)
          .where(tenant.where(course, inArray(course.id, courseIds))),
  ]);

  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "calendar",
    entityId: locationId,
    ip: ip ?? null,
    details: { from, days: query.days, appointments: appointments.length },
  });

  return {
    from,
    to,
    location: { id: locationId, name: loc.name, timeZone: loc.zone },
    locations,
    days,
    practitioners,
    rooms,
    services,
    appointments,
    courses: courses.map((c) => ({ id: c.id, sessions: c.gaps.length + 1 })),
  };
}
