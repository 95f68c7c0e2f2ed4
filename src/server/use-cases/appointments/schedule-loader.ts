import { and, eq, gt, inArray, lt } from "drizzle-orm";
import type { DayHours, WeeklySchedule } from "../../../domain/scheduling/opening-hours.ts";
import { formatLocalTime } from "../../../domain/time/zoned.ts";
import {
  location,
  locationHours,
  locationSpecialDay,
  staffHours,
  staffTimeOff,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

const toDayHours = (rows: { weekday: number; opensMin: number; closesMin: number }[]): DayHours[] =>
  rows.map((r) => ({
    weekday: r.weekday as DayHours["weekday"],
    opens: formatLocalTime(r.opensMin),
    closes: formatLocalTime(r.closesMin),
  }));

/** A location's weekly opening hours plus its closures and special days. */
export async function loadLocationSchedule(
  tenant: Tenant,
  locationId: string,
): Promise<{ zone: string; name: string; schedule: WeeklySchedule } | null> {
  const [loc] = await tenant.db
    .select({ timeZone: location.timeZone, name: location.name })
    .from(location)
    .where(tenant.where(location, eq(location.id, locationId)));
  if (!loc) return null;
  const [hours, special] = await Promise.all([
    tenant.db
      .select()
      .from(locationHours)
      .where(tenant.where(locationHours, eq(locationHours.locationId, locationId))),
    tenant.db
      .select()
      .from(locationSpecialDay)
      .where(tenant.where(locationSpecialDay, eq(locationSpecialDay.locationId, locationId))),
  ]);
  return {
    zone: loc.timeZone,
    name: loc.name,
    schedule: {
      weekly: toDayHours(hours),
      special: special.map((s) => ({
        date: s.date,
        closed: s.closed,
        hours: s.hours,
        reason: s.reason || undefined,
      })),
    },
  };
}

export interface StaffAvailability {
  /** Their own weekly hours, or null when they follow the location's opening hours. */
  hours: WeeklySchedule | null;
  timeOff: { start: number; end: number; reason?: string }[];
}

/** Own hours and time off touching a window, for several staff members in two queries. */
export async function loadStaffAvailability(
  tenant: Tenant,
  memberIds: string[],
  window: { start: Date; end: Date },
): Promise<Map<string, StaffAvailability>> {
  const result = new Map<string, StaffAvailability>(
    memberIds.map((id) => [id, { hours: null, timeOff: [] }]),
  );
  if (memberIds.length === 0) return result;
  const [hours, off] = await Promise.all([
    tenant.db
      .select()
      .from(staffHours)
      .where(tenant.where(staffHours, inArray(staffHours.memberId, memberIds))),
    tenant.db
      .select()
      .from(staffTimeOff)
      .where(
        tenant.where(
          staffTimeOff,
          and(
            inArray(staffTimeOff.memberId, memberIds),
            lt(staffTimeOff.startsAt, window.end),
            gt(staffTimeOff.endsAt, window.start),
          ),
        ),
      ),
  ]);
  for (const id of memberIds) {
    const own = hours.filter((h) => h.memberId === id);
    const entry = result.get(id);
    if (entry && own.length) entry.hours = { weekly: toDayHours(own), special: [] };
  }
  for (const o of off) {
    result.get(o.memberId)?.timeOff.push({
      start: o.startsAt.getTime(),
      end: o.endsAt.getTime(),
      reason: o.reason || undefined,
    });
  }
  return result;
}

/** One practitioner's availability (see loadStaffAvailability). */
export async function loadPractitionerAvailability(
  tenant: Tenant,
  memberId: string,
  window: { start: Date; end: Date },
): Promise<StaffAvailability> {
  const all = await loadStaffAvailability(tenant, [memberId], window);
  return all.get(memberId) ?? { hours: null, timeOff: [] };
}
