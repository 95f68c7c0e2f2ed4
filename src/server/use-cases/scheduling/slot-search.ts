import { findSlots, type SlotResult } from "../../../domain/scheduling/slots.ts";
import { addDays } from "../../../domain/time/zoned.ts";
import type { Slot, SlotsQuery, SlotsResponse } from "../../../shared/contracts/scheduling.ts";
import type { Tenant } from "../../db/tenant.ts";
import { type Availability, loadAvailability } from "./availability.ts";

const MINUTE = 60_000;

/** Free start times for a service at a location over whole local days. */
export async function searchSlots(
  tenant: Tenant,
  q: SlotsQuery,
  now: Date,
): Promise<SlotsResponse> {
  const toDate = addDays(q.from, q.days);
  const availability = await loadAvailability(tenant, {
    locationId: q.locationId,
    serviceId: q.serviceId,
    practitionerIds: q.practitionerId ? [q.practitionerId] : null,
    fromDate: q.from,
    toDateExclusive: toDate,
    durationMin: q.durationMin,
    holdGroupId: q.holdGroupId,
    now,
  });
  const result = findSlots(availability.query);
  return {
    timeZone: availability.zone,
    from: q.from,
    to: toDate,
    durationMin: availability.durationMin,
    practitioners: availability.practitioners,
    rooms: availability.rooms ?? [],
    slots: slotList(availability, result),
  };
}

/** The engine's parallel arrays as API slots. */
export function slotList(a: Availability, r: SlotResult): Slot[] {
  const slots: Slot[] = new Array(r.starts.length);
  for (let k = 0; k < r.starts.length; k++) slots[k] = slotAt(a, r, k);
  return slots;
}

export function slotAt(a: Availability, r: SlotResult, k: number): Slot {
  const start = (r.starts[k] as number) * MINUTE;
  const roomIndex = r.room[k] as number;
  return {
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + a.durationMin * MINUTE).toISOString(),
    practitionerId: a.practitioners[r.practitioner[k] as number]?.id ?? "",
    roomId: roomIndex >= 0 ? (a.rooms?.[roomIndex]?.id ?? null) : null,
  };
}
