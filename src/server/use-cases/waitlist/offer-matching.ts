import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { findSlots } from "../../../domain/scheduling/slots.ts";
import { addDays, epochToLocal, zonedDayBounds } from "../../../domain/time/zoned.ts";
import { appointment, waitlistEntry } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError } from "../../http/problem.ts";
import { type Availability, loadAvailability } from "../scheduling/availability.ts";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Time that has just become free for one practitioner (and room), with buffers. */
export interface FreedTime {
  locationId: string;
  practitionerId: string;
  roomId: string | null;
  busyFrom: Date;
  busyTo: Date;
}

export type Candidate = Pick<
  typeof waitlistEntry.$inferSelect,
  | "id"
  | "clientId"
  | "locationId"
  | "serviceId"
  | "practitionerId"
  | "appointmentId"
  | "earliestDate"
  | "latestDate"
>;

/** The earliest start a candidate could take in the freed time. */
export interface Fit {
  startsAt: Date;
  durationMin: number;
  /** With the service's buffers, as the hold and the appointment will block it. */
  busyFrom: Date;
  busyTo: Date;
  practitionerId: string;
  roomId: string | null;
}

/** The local dates the freed time touches, in the location's zone. */
export function freedDays(freed: FreedTime, zone: string): { first: string; last: string } {
  return {
    first: epochToLocal(freed.busyFrom.getTime(), zone).date,
    last: epochToLocal(freed.busyTo.getTime() - 1, zone).date,
  };
}

/**
 * Waiting entries at the freed time's location that want its practitioner (or anyone) on one of
 * its days, first come first. An entry that already declined or let expire an offer overlapping
 * this time with this practitioner is not asked again for it.
 */
export async function waitingCandidates(
  tenant: Tenant,
  freed: FreedTime,
  zone: string,
): Promise<Candidate[]> {
  const { first, last } = freedDays(freed, zone);
  const range = sql`tstzrange(${freed.busyFrom.toISOString()}::timestamptz, ${freed.busyTo.toISOString()}::timestamptz, '[)')`;
  return tenant.db
    .select({
      id: waitlistEntry.id,
      clientId: waitlistEntry.clientId,
      locationId: waitlistEntry.locationId,
      serviceId: waitlistEntry.serviceId,
      practitionerId: waitlistEntry.practitionerId,
      appointmentId: waitlistEntry.appointmentId,
      earliestDate: waitlistEntry.earliestDate,
      latestDate: waitlistEntry.latestDate,
    })
    .from(waitlistEntry)
    .where(
      tenant.where(
        waitlistEntry,
        eq(waitlistEntry.locationId, freed.locationId),
        eq(waitlistEntry.status, "waiting"),
        or(
          isNull(waitlistEntry.practitionerId),
          eq(waitlistEntry.practitionerId, freed.practitionerId),
        ),
        sql`${waitlistEntry.earliestDate} <= ${last} and ${waitlistEntry.latestDate} >= ${first}`,
        sql`not exists (
          select 1 from waitlist_offer o join service s on s.id = ${waitlistEntry.serviceId}
          where o.entry_id = ${waitlistEntry.id} and o.status in ('declined', 'expired')
            and o.practitioner_id = ${freed.practitionerId}
            and tstzrange(o.starts_at - make_interval(mins => s.buffer_before_min),
                          o.starts_at + make_interval(mins => s.duration_min + s.buffer_after_min), '[)')
                && ${range})`,
      ),
    )
    .orderBy(asc(waitlistEntry.createdAt), asc(waitlistEntry.id));
}

/**
 * Finds, for each candidate, a start of their service that uses some of the freed time (the
 * earliest from the freed start on, else the earliest before it) and is free now (hours, time
 * off, appointments, holds, buffers, rooms), within their dates, no sooner than the clinic's
 * waitlist notice and, for a move, before their current appointment. Availability is loaded once
 * per service and length.
 */
export function createFitFinder(
  tenant: Tenant,
  freed: FreedTime,
  zone: string,
  minNoticeHours: number,
  now: Date,
) {
  const days = freedDays(freed, zone);
  const loaded = new Map<string, Promise<Availability | null>>();
  const load = (serviceId: string, durationMin: number | undefined, exclude: string | null) => {
    const key = `${serviceId}|${durationMin ?? ""}|${exclude ?? ""}`;
    let found = loaded.get(key);
    if (!found) {
      found = loadAvailability(tenant, {
        locationId: freed.locationId,
        serviceId,
        practitionerIds: [freed.practitionerId],
        fromDate: days.first,
        toDateExclusive: addDays(days.last, 1),
        durationMin,
        excludeAppointmentIds: exclude ? [exclude] : undefined,
        now,
      }).catch((error: unknown) => {
        // A service no longer offered, or a practitioner who left: nobody can take this time.
        if (error instanceof AppError) return null;
        throw error;
      });
      loaded.set(key, found);
    }
    return found;
  };

  return async function fitFor(c: Candidate): Promise<Fit | null> {
    let durationMin: number | undefined;
    let before = Number.POSITIVE_INFINITY;
    if (c.appointmentId) {
      const [current] = await tenant.db
        .select({
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          status: appointment.status,
        })
        .from(appointment)
        .where(tenant.where(appointment, eq(appointment.id, c.appointmentId)));
      // Moving earlier only makes sense for an appointment still booked.
      if (current?.status !== "booked") return null;
      durationMin = (current.endsAt.getTime() - current.startsAt.getTime()) / MINUTE;
      before = current.startsAt.getTime() / MINUTE;
    }
    const a = await load(c.serviceId, durationMin, c.appointmentId);
    if (!a) return null;
    const d = a.durationMin;
    const { bufferBeforeMin: bb, bufferAfterMin: ba } = a.query;
    const freedFrom = freed.busyFrom.getTime() / MINUTE;
    const freedTo = freed.busyTo.getTime() / MINUTE;
    const ownFrom = zonedDayBounds(c.earliestDate, zone).start / MINUTE;
    const ownTo = zonedDayBounds(c.latestDate, zone).end / MINUTE;
    // A start s uses freed time when [s − before, s + d + after) meets [freedFrom, freedTo).
    const result = findSlots({
      ...a.query,
      from: Math.max(a.query.from, ownFrom, freedFrom - d - ba + 1),
      to: Math.min(a.query.to, ownTo, freedTo + bb - 1 + d),
      notBefore: Math.max(
        a.query.notBefore,
        Math.ceil((now.getTime() + minNoticeHours * HOUR) / MINUTE),
      ),
    });
    // Prefer the freed time's own start (same-length services land where the old one was);
    // a longer service that needs time before it takes the earliest start that fits.
    let k = result.starts.findIndex((s) => s - bb >= freedFrom);
    if (k < 0) k = 0;
    const start = result.starts[k];
    if (start === undefined || start >= before) return null;
    const roomIndex = result.room[k] as number;
    return {
      startsAt: new Date(start * MINUTE),
      durationMin: d,
      busyFrom: new Date((start - bb) * MINUTE),
      busyTo: new Date((start + d + ba) * MINUTE),
      practitionerId: freed.practitionerId,
      roomId: roomIndex >= 0 ? (a.rooms?.[roomIndex]?.id ?? null) : null,
    };
  };
}

/** Whether the entry's row could be locked for an offer (someone else may be answering it). */
export async function lockWaitingEntry(tenant: Tenant, entryId: string): Promise<boolean> {
  const [row] = await tenant.db
    .select({ id: waitlistEntry.id })
    .from(waitlistEntry)
    .where(
      tenant.where(
        waitlistEntry,
        and(eq(waitlistEntry.id, entryId), eq(waitlistEntry.status, "waiting")),
      ),
    )
    .for("update", { skipLocked: true });
  return row !== undefined;
}
