import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import {
  type IntervalArray,
  subtractIntervalArray,
  toIntervalArray,
  toIntervalArrayFromMs,
} from "../../../domain/scheduling/busy-arrays.ts";
import { expandOpenMinutes } from "../../../domain/scheduling/expand-hours.ts";
import type { SlotQuery, SlotResource } from "../../../domain/scheduling/slots.ts";
import { zonedDayBounds } from "../../../domain/time/zoned.ts";
import { member, room, service, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound, unprocessable } from "../../http/problem.ts";
import { loadLocationSchedule, loadStaffAvailability } from "../appointments/schedule-loader.ts";
import { loadBookingPolicy } from "./booking-policy-store.ts";

const MINUTE = 60_000;
const DAY_MIN = 1440;

export interface AvailabilityRequest {
  locationId: string;
  serviceId: string;
  /** In order of preference; null = everyone at the clinic who takes appointments. */
  practitionerIds: readonly string[] | null;
  /** Local dates in the location's zone: [fromDate, toDateExclusive). */
  fromDate: string;
  toDateExclusive: string;
  /** The appointment's length when it is not the service's (a plan's session). */
  durationMin?: number;
  /** The caller's own holds, which must not hide slots from them. */
  holdGroupId?: string;
  /** Appointments treated as free (the sessions of a course being re-arranged). */
  excludeAppointmentIds?: readonly string[];
  now: Date;
}

export interface Named {
  id: string;
  name: string;
}

export interface Availability {
  zone: string;
  location: Named;
  service: typeof service.$inferSelect;
  durationMin: number;
  /** Parallel to `query.practitioners`. */
  practitioners: Named[];
  /** Parallel to `query.rooms`; null when the service needs no room. */
  rooms: Named[] | null;
  query: SlotQuery;
}

/**
 * Loads what a slot search needs for one location, service and window, in a handful of queries
 * that read only appointments and holds overlapping the window (the GiST indexes behind the
 * overlap constraints serve them), and builds the domain's SlotQuery.
 */
export async function loadAvailability(
  tenant: Tenant,
  req: AvailabilityRequest,
): Promise<Availability> {
  const [svc] = await tenant.db
    .select()
    .from(service)
    .where(tenant.where(service, eq(service.id, req.serviceId)));
  if (!svc) throw notFound("There is no such service in this clinic.");
  if (!svc.active) throw unprocessable(`${svc.name} is no longer offered. Choose another service.`);
  const loc = await loadLocationSchedule(tenant, req.locationId);
  if (!loc) throw notFound("There is no such location in this clinic.");
  const durationMin = req.durationMin ?? svc.durationMin;

  const windowStart = zonedDayBounds(req.fromDate, loc.zone).start;
  const windowEnd = zonedDayBounds(req.toDateExclusive, loc.zone).start;
  const from = windowStart / MINUTE;
  const horizon = Math.floor(req.now.getTime() / MINUTE) + svc.maxHorizonDays * DAY_MIN;
  const to = Math.min(windowEnd / MINUTE, horizon);
  const notBefore = Math.ceil(req.now.getTime() / MINUTE) + svc.minNoticeMin;
  // Busy time is read a day either side so that buffers reaching over the edges count.
  const padFrom = new Date((from - DAY_MIN) * MINUTE);
  const padTo = new Date((Math.max(from, to) + DAY_MIN) * MINUTE);

  const [practitioners, rooms, policy] = await Promise.all([
    loadPractitioners(tenant, req.practitionerIds),
    svc.needsRoom ? loadRooms(tenant, req.locationId) : Promise.resolve(null),
    loadBookingPolicy(tenant),
  ]);
  const memberIds = practitioners.map((p) => p.id);
  const roomIds = rooms?.map((r) => r.id) ?? [];
  const [staff, busy] = await Promise.all([
    loadStaffAvailability(tenant, memberIds, { start: padFrom, end: padTo }),
    loadBusy(tenant, memberIds, roomIds, padFrom, padTo, req),
  ]);

  const open = expandOpenMinutes(loc.schedule, loc.zone, req.fromDate, req.toDateExclusive);
  const practitionerResources: SlotResource[] = practitioners.map((p) => {
    const own = staff.get(p.id);
    const hours = own?.hours
      ? expandOpenMinutes(own.hours, loc.zone, req.fromDate, req.toDateExclusive)
      : open;
    const off = toIntervalArrayFromMs(own?.timeOff ?? []);
    return {
      id: p.id,
      available: subtractIntervalArray(hours, off),
      busy: busy.get(p.id) ?? toIntervalArray([]),
    };
  });
  // Rooms are free whenever nobody uses them: buffers may spill outside opening hours.
  const wholeWindow = toIntervalArray([{ start: from - DAY_MIN, end: to + DAY_MIN }]);
  const roomResources: SlotResource[] | null =
    rooms?.map((r) => ({
      id: r.id,
      available: wholeWindow,
      busy: busy.get(r.id) ?? toIntervalArray([]),
    })) ?? null;

  return {
    zone: loc.zone,
    location: { id: req.locationId, name: loc.name },
    service: svc,
    durationMin,
    practitioners,
    rooms,
    query: {
      from,
      to,
      durationMin,
      bufferBeforeMin: svc.bufferBeforeMin,
      bufferAfterMin: svc.bufferAfterMin,
      stepMin: policy.policy.slotStepMinutes,
      open,
      practitioners: practitionerResources,
      rooms: roomResources,
      notBefore,
    },
  };
}

/** Staff who take appointments (not receptionists, not deactivated), in the requested order. */
async function loadPractitioners(tenant: Tenant, ids: readonly string[] | null): Promise<Named[]> {
  const rows = await tenant.db
    .select({ id: member.id, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(
      and(
        eq(member.organizationId, tenant.orgId),
        eq(member.active, true),
        ne(member.role, "receptionist"),
        ids ? inArray(member.id, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(user.name), asc(member.id));
  if (!ids) return rows;
  const found = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    if (!found.has(id)) throw notFound("There is no such practitioner taking appointments here.");
  }
  return ids.map((id) => found.get(id) as Named);
}

async function loadRooms(tenant: Tenant, locationId: string): Promise<Named[]> {
  return tenant.db
    .select({ id: room.id, name: room.name })
    .from(room)
    .where(tenant.where(room, eq(room.locationId, locationId), eq(room.active, true)))
    .orderBy(asc(room.name), asc(room.id));
}

interface BusyRow extends Record<string, unknown> {
  practitioner_id: string;
  room_id: string | null;
  busy_from: Date | string;
  busy_to: Date | string;
}

/**
 * Live appointments and unexpired holds overlapping [padFrom, padTo) on the given practitioners
 * and rooms, as one normalised interval array per resource id. Each branch repeats the overlap
 * constraints' expressions so the planner can use their GiST indexes.
 */
async function loadBusy(
  tenant: Tenant,
  memberIds: string[],
  roomIds: string[],
  padFrom: Date,
  padTo: Date,
  req: AvailabilityRequest,
): Promise<Map<string, IntervalArray>> {
  const range = sql`tstzrange(${padFrom.toISOString()}::timestamptz, ${padTo.toISOString()}::timestamptz, '[)')`;
  const excluded = req.excludeAppointmentIds?.length
    ? sql`and id <> all(${sql.param([...req.excludeAppointmentIds])}::uuid[])`
    : sql``;
  const otherHolds = req.holdGroupId ? sql`and group_id <> ${req.holdGroupId}::uuid` : sql``;
  const now = req.now.toISOString();
  const members = sql`${sql.param(memberIds)}::text[]`;
  const rooms = sql`${sql.param(roomIds)}::uuid[]`;
  const result = await tenant.db.execute<BusyRow>(sql`
    select practitioner_id, null::uuid as room_id, busy_from, busy_to from appointment
      where org_id = ${tenant.orgId} and status <> 'cancelled' and practitioner_id = any(${members})
        and tstzrange(busy_from, busy_to, '[)') && ${range} ${excluded}
    union all
    select null, room_id, busy_from, busy_to from appointment
      where org_id = ${tenant.orgId} and status <> 'cancelled' and room_id is not null
        and room_id = any(${rooms}) and tstzrange(busy_from, busy_to, '[)') && ${range} ${excluded}
    union all
    select practitioner_id, room_id, busy_from, busy_to from slot_hold
      where org_id = ${tenant.orgId} and expires_at > ${now}::timestamptz
        and (practitioner_id = any(${members}) or room_id = any(${rooms}))
        and tstzrange(busy_from, busy_to, '[)') && ${range} ${otherHolds}
  `);
  const lists = new Map<string, { start: number; end: number }[]>();
  const add = (id: string, start: number, end: number) => {
    const list = lists.get(id);
    if (list) list.push({ start, end });
    else lists.set(id, [{ start, end }]);
  };
  const memberSet = new Set(memberIds);
  const roomSet = new Set(roomIds);
  for (const row of result.rows) {
    const start = new Date(row.busy_from).getTime();
    const end = new Date(row.busy_to).getTime();
    if (row.practitioner_id && memberSet.has(row.practitioner_id))
      add(row.practitioner_id, start, end);
    if (row.room_id && roomSet.has(row.room_id)) add(row.room_id, start, end);
  }
  const out = new Map<string, IntervalArray>();
  for (const [id, list] of lists) out.set(id, toIntervalArrayFromMs(list));
  return out;
}
