import { randomUUID } from "node:crypto";
import { and, eq, lte, ne, or, sql } from "drizzle-orm";
import { findSlots } from "../../../domain/scheduling/slots.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { HoldGroup, HoldInput } from "../../../shared/contracts/scheduling.ts";
import { type HoldPurpose, slotHold } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, conflict, notFound } from "../../http/problem.ts";
import { isSlotTaken } from "../appointments/find-clash.ts";
import { loadLocationSchedule } from "../appointments/schedule-loader.ts";
import { loadAvailability } from "./availability.ts";
import { loadBookingPolicy } from "./booking-policy-store.ts";

const MINUTE = 60_000;

export interface HoldRequest extends HoldInput {
  purpose?: HoldPurpose;
  /** Overrides the clinic's hold length (waitlist offers last longer). */
  minutes?: number;
}

/**
 * Holds free slots for a short while so nobody else is offered them while a person chooses.
 * Each session must be a free slot for its practitioner (and room) right now; the exclusion
 * constraints on slot_hold stop two people holding the same time at once. Replaces the holds of
 * `groupId` when given.
 */
export async function placeHolds(
  tenant: Tenant,
  userId: string | null,
  input: HoldRequest,
  now: Date,
): Promise<HoldGroup> {
  const groupId = input.groupId ?? randomUUID();
  const loc = await loadLocationSchedule(tenant, input.locationId);
  if (!loc) throw notFound("There is no such location in this clinic.");
  const rows: (typeof slotHold.$inferInsert)[] = [];
  for (const [i, s] of input.sessions.entries()) {
    const start = Date.parse(s.startsAt);
    if (start % MINUTE !== 0) throw badRequest("startsAt must be on a whole minute.");
    // The slot must be free for this practitioner on its local day, ignoring our own holds.
    const day = epochToLocal(start, loc.zone).date;
    const a = await loadAvailability(tenant, {
      locationId: input.locationId,
      serviceId: input.serviceId,
      practitionerIds: [s.practitionerId],
      fromDate: day,
      toDateExclusive: addDays(day, 1),
      durationMin: s.durationMin,
      holdGroupId: groupId,
      now,
    });
    const roomIndex = s.roomId ? (a.rooms?.findIndex((r) => r.id === s.roomId) ?? -1) : -1;
    if (a.rooms && roomIndex < 0) {
      throw badRequest(`Session ${i + 1} needs one of the rooms at ${a.location.name}.`);
    }
    const free = findSlots({
      ...a.query,
      rooms: a.rooms ? [a.query.rooms?.[roomIndex] as NonNullable<typeof a.query.rooms>[0]] : null,
      from: start / MINUTE,
      to: start / MINUTE + a.durationMin,
    });
    if (free.starts.length === 0) {
      const fmt = createFormatter({ timeZone: a.zone });
      throw conflict(
        `${fmt.weekdayDate(start)} at ${fmt.time(start)} is no longer free. Choose another time.`,
        { title: "Time no longer free", session: i + 1 },
      );
    }
    rows.push({
      orgId: tenant.orgId,
      locationId: input.locationId,
      serviceId: input.serviceId,
      practitionerId: s.practitionerId,
      roomId: s.roomId,
      startsAt: new Date(start),
      busyFrom: new Date(start - a.service.bufferBeforeMin * MINUTE),
      busyTo: new Date(start + (a.durationMin + a.service.bufferAfterMin) * MINUTE),
      expiresAt: new Date(0),
      purpose: input.purpose ?? "booking",
      groupId,
      heldBy: userId,
    });
  }
  const minutes = input.minutes ?? (await loadBookingPolicy(tenant)).policy.holdMinutes;
  const expiresAt = new Date(now.getTime() + minutes * MINUTE);
  try {
    const inserted = await tenant.transaction(async (t) => {
      await t.db
        .delete(slotHold)
        .where(t.where(slotHold, or(lte(slotHold.expiresAt, now), eq(slotHold.groupId, groupId))));
      return t.db
        .insert(slotHold)
        .values(rows.map((r) => ({ ...r, expiresAt })))
        .returning();
    });
    return {
      groupId,
      expiresAt: expiresAt.toISOString(),
      holds: inserted.map((h) => ({
        id: h.id,
        startsAt: h.startsAt.toISOString(),
        practitionerId: h.practitionerId,
        roomId: h.roomId,
      })),
    };
  } catch (error) {
    if (isSlotTaken(error)) {
      throw conflict(
        "Someone else is holding one of these times while they book. Choose another time.",
        { title: "Time being held" },
      );
    }
    throw error;
  }
}

/** Releases a group of holds; 404 when this clinic has no such group (released or expired). */
export async function releaseHolds(tenant: Tenant, groupId: string): Promise<void> {
  const gone = await tenant.db
    .delete(slotHold)
    .where(tenant.where(slotHold, eq(slotHold.groupId, groupId)))
    .returning({ id: slotHold.id });
  if (gone.length === 0) throw notFound("These times are no longer held.");
}

/**
 * The first unexpired hold of someone else overlapping a practitioner's or room's busy range, or
 * null. Booking respects other people's holds; the constraints on appointment stay the guard.
 */
export async function heldByOthers(
  tenant: Tenant,
  range: { practitionerId: string; roomId: string | null; busyFrom: Date; busyTo: Date },
  ownGroup: string | undefined,
  now: Date,
) {
  const [row] = await tenant.db
    .select({ id: slotHold.id, expiresAt: slotHold.expiresAt })
    .from(slotHold)
    .where(
      tenant.where(
        slotHold,
        sql`${slotHold.expiresAt} > ${now.toISOString()}::timestamptz`,
        ownGroup ? ne(slotHold.groupId, ownGroup) : undefined,
        or(
          eq(slotHold.practitionerId, range.practitionerId),
          range.roomId ? eq(slotHold.roomId, range.roomId) : undefined,
        ),
        and(
          sql`tstzrange(${slotHold.busyFrom}, ${slotHold.busyTo}, '[)') && tstzrange(${range.busyFrom.toISOString()}::timestamptz, ${range.busyTo.toISOString()}::timestamptz, '[)')`,
        ),
      ),
    )
    .limit(1);
  return row ?? null;
}
