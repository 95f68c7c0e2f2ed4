import { and, eq, gt, lt } from "drizzle-orm";
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

/** A practitioner's own hours (null when they follow opening hours) and time off touching a window. */
export async function loadPractitionerAvailability(
  tenant: Tenant,
  memberId: string,
  window: { start: Date; end: Date },
) {
  const [hours, off] = await Promise.all([
    tenant.db
      .select()
      .from(staffHours)
      .where(tenant.where(staffHours, eq(staffHours.memberId, memberId))),
    tenant.db
      .select()
      .from(staffTimeOff)
      .where(
        tenant.where(
          staffTimeOff,
          and(
            eq(staffTimeOff.memberId, memberId),
            lt(staffTimeOff.startsAt, window.end),
            gt(staffTimeOff.endsAt, window.start),
          ),
        ),
      ),
  ]);
  return {
    hours: hours.length
      ? ({ weekly: toDayHours(hours), special: [] } satisfies WeeklySchedule)
      : null,
    timeOff: off.map((o) => ({
      start: o.startsAt.getTime(),
      end: o.endsAt.getTime(),
      reason: o.reason || undefined,
    })),
  };
}
