import { eq } from "drizzle-orm";
import { findSlots } from "../../../domain/scheduling/slots.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { PublicSlots, PublicSlotsQuery } from "../../../shared/contracts/public-booking.ts";
import { location, service } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { loadAvailability } from "../scheduling/availability.ts";

const MINUTE = 60_000;

/**
 * A consultation service and an active location of this clinic, or a clear 4xx: treatment
 * sessions are never booked online (they need a consultation, screening and an accepted plan).
 */
export async function bookableConsultation(tenant: Tenant, serviceId: string, locationId: string) {
  const [svc] = await tenant.db
    .select()
    .from(service)
    .where(tenant.where(service, eq(service.id, serviceId), eq(service.active, true)));
  if (!svc) throw notFound("This clinic offers no such consultation.");
  if (svc.kind !== "consultation") {
    throw unprocessable(
      `${svc.name} cannot be booked online. Book a consultation first; the clinic arranges the rest with you.`,
    );
  }
  const [loc] = await tenant.db
    .select({ id: location.id })
    .from(location)
    .where(tenant.where(location, eq(location.id, locationId), eq(location.active, true)));
  if (!loc) throw notFound("This clinic has no such location.");
  return svc;
}

/** Free consultation times over up to 14 local days, from the clinic's own slot engine. */
export async function publicSlots(
  tenant: Tenant,
  q: PublicSlotsQuery,
  now: Date,
): Promise<PublicSlots> {
  await bookableConsultation(tenant, q.serviceId, q.locationId);
  const to = addDays(q.from, q.days);
  const a = await loadAvailability(tenant, {
    locationId: q.locationId,
    serviceId: q.serviceId,
    practitionerIds: q.practitionerId === "any" ? null : [q.practitionerId],
    fromDate: q.from,
    toDateExclusive: to,
    now,
  });
  const found = findSlots(a.query);
  const fmt = createFormatter({ timeZone: a.zone });
  const slots: PublicSlots["slots"] = [];
  for (let k = 0; k < found.starts.length; k++) {
    const start = (found.starts[k] as number) * MINUTE;
    slots.push({
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + a.durationMin * MINUTE).toISOString(),
      date: epochToLocal(start, a.zone).date,
      time: fmt.time(start),
    });
  }
  return { timeZone: a.zone, from: q.from, to, durationMin: a.durationMin, slots };
}

/**
 * The practitioner (and room) to hold for a start time: the named one if free, or the first free
 * practitioner for "any". 409 when nobody is free at that time any more.
 */
export async function pickFreeSlot(
  tenant: Tenant,
  input: { serviceId: string; locationId: string; practitionerId: string; startsAt: Date },
  now: Date,
): Promise<{ practitionerId: string; roomId: string | null; zone: string }> {
  const start = input.startsAt.getTime();
  if (start % MINUTE !== 0) throw unprocessable("Choose one of the times offered.");
  const [loc] = await tenant.db
    .select({ zone: location.timeZone })
    .from(location)
    .where(tenant.where(location, eq(location.id, input.locationId)));
  if (!loc) throw notFound("This clinic has no such location.");
  const day = epochToLocal(start, loc.zone).date;
  const a = await loadAvailability(tenant, {
    locationId: input.locationId,
    serviceId: input.serviceId,
    practitionerIds: input.practitionerId === "any" ? null : [input.practitionerId],
    fromDate: day,
    toDateExclusive: addDays(day, 1),
    now,
  });
  const found = findSlots({ ...a.query, from: start / MINUTE, to: start / MINUTE + a.durationMin });
  if (found.starts.length === 0 || found.starts[0] !== start / MINUTE) {
    throw takenProblem();
  }
  const p = a.practitioners[found.practitioner[0] as number];
  const r = found.room[0] as number;
  if (!p) throw takenProblem();
  return { practitionerId: p.id, roomId: r >= 0 ? (a.rooms?.[r]?.id ?? null) : null, zone: a.zone };
}

export const TAKEN_MESSAGE = "That time has just been taken — please choose another.";

/** 409: the chosen time was taken by someone else meanwhile. */
export function takenProblem() {
  return conflict(TAKEN_MESSAGE, { title: "Time no longer free", code: "slot_taken" });
}
