import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import { appointment, slotHold, waitlistEntry, waitlistOffer } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict, unprocessable } from "../../http/problem.ts";
import { isSlotTaken } from "../appointments/find-clash.ts";
import { appointmentValues, checkPlacement } from "../appointments/place-appointment.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { NO_ACTOR, offerTime } from "./offer-freed-time.ts";
import { type Actor, closeOffer, lockOffer, refuseClosedOffer } from "./offer-lifecycle.ts";
import type { OfferMail } from "./offer-mail.ts";
import type { FreedTime } from "./offer-matching.ts";

const MINUTE = 60_000;

export interface Accepted {
  entryId: string;
  appointmentId: string;
}

const TAKEN =
  "Sorry, this time has just been booked by someone else. You are still on the waiting list.";

/**
 * Accepts an offer: books the appointment (or moves the client's existing one earlier, with its
 * version check), releases the hold, and marks the offer accepted and the entry booked, all in one
 * transaction. A closed or expired offer is refused with 410. If the time was booked meanwhile
 * the offer is withdrawn, the entry goes back to waiting and the answer is 409. A moved
 * appointment's old time is then offered to the next person waiting.
 */
export async function acceptOffer(
  tenant: Tenant,
  offerId: string,
  actor: Actor,
  now: Date,
  mail: OfferMail,
): Promise<Accepted> {
  // Checked first, outside the transaction, as a booking is; the writes then re-check versions.
  const offer = await readOffer(tenant, offerId);
  refuseClosedOffer(offer, now);
  const [entry] = await tenant.db
    .select()
    .from(waitlistEntry)
    .where(tenant.where(waitlistEntry, eq(waitlistEntry.id, offer.entryId)));
  if (!entry) throw unprocessable("This offer no longer exists.");
  const current = entry.appointmentId ? await bookedAppointment(tenant, entry.appointmentId) : null;
  const placed = await checkPlacement(
    tenant,
    {
      clientId: entry.clientId,
      serviceId: current?.serviceId ?? entry.serviceId,
      locationId: entry.locationId,
      practitionerId: offer.practitionerId,
      roomId: offer.roomId,
      startsAt: offer.startsAt,
      // A move keeps the booked length (a plan's session may differ from the service's).
      durationMin: current
        ? (current.endsAt.getTime() - current.startsAt.getTime()) / MINUTE
        : undefined,
    },
    now,
    actor.userId ?? NO_ACTOR,
  );
  let result: Accepted;
  try {
    result = await tenant.transaction(async (t) => {
      const locked = await lockOffer(t, offerId);
      if (!locked) throw unprocessable("This offer no longer exists.");
      refuseClosedOffer(locked, now);
      let appointmentId: string;
      if (current) {
        const moved = await t.db
          .update(appointment)
          .set({ ...appointmentValues(placed), version: current.version + 1, updatedAt: now })
          .where(
            t.where(
              appointment,
              eq(appointment.id, current.id),
              eq(appointment.version, current.version),
              eq(appointment.status, "booked"),
            ),
          )
          .returning({ id: appointment.id });
        if (moved.length === 0) {
          throw conflict("The appointment changed a moment ago. Reload and try again.");
        }
        appointmentId = current.id;
        await audit(t.db, {
          orgId: t.orgId,
          actorUserId: actor.userId,
          action: "move",
          entity: "appointment",
          entityId: current.id,
          ip: actor.ip ?? null,
          details: {
            from: current.startsAt.toISOString(),
            to: placed.startsAt.toISOString(),
            via: "waitlist_offer",
          },
        });
      } else {
        const [row] = await t
          .insert(appointment, { ...appointmentValues(placed), createdBy: actor.userId })
          .returning({ id: appointment.id });
        appointmentId = (row as { id: string }).id;
        await audit(t.db, {
          orgId: t.orgId,
          actorUserId: actor.userId,
          action: "create",
          entity: "appointment",
          entityId: appointmentId,
          ip: actor.ip ?? null,
          details: { via: "waitlist_offer" },
        });
      }
      if (locked.holdId) {
        await t.db.delete(slotHold).where(t.where(slotHold, eq(slotHold.id, locked.holdId)));
      }
      await t.db
        .update(waitlistOffer)
        .set({ status: "accepted", respondedAt: now, appointmentId })
        .where(t.where(waitlistOffer, eq(waitlistOffer.id, locked.id)));
      await t.db
        .update(waitlistEntry)
        .set({ status: "booked", updatedAt: now })
        .where(t.where(waitlistEntry, eq(waitlistEntry.id, entry.id)));
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: actor.userId,
        action: "accept",
        entity: "waitlist_offer",
        entityId: locked.id,
        ip: actor.ip ?? null,
        details: { entryId: entry.id, appointmentId },
      });
      await replanAppointmentMessages(t, appointmentId, now);
      return { entryId: entry.id, appointmentId };
    });
  } catch (error) {
    if (!isSlotTaken(error)) throw error;
    await withdrawTakenOffer(tenant, offerId, actor, now);
    throw conflict(TAKEN, { title: "Time already booked" });
  }
  // The appointment's old time is free now: offer it on.
  const vacated: FreedTime | null = current
    ? {
        locationId: current.locationId,
        practitionerId: current.practitionerId,
        roomId: current.roomId,
        busyFrom: current.busyFrom,
        busyTo: current.busyTo,
      }
    : null;
  if (vacated) await offerTime(tenant, vacated, now, mail);
  return result;
}

/** The offered time was booked by someone else: the offer ends and the client keeps waiting. */
async function withdrawTakenOffer(tenant: Tenant, offerId: string, actor: Actor, now: Date) {
  await tenant.transaction(async (t) => {
    const offer = await lockOffer(t, offerId);
    if (offer?.status !== "pending") return;
    await closeOffer(t, offer, "withdrawn", "waiting", actor, now);
  });
}

async function readOffer(tenant: Tenant, offerId: string) {
  const [row] = await tenant.db
    .select()
    .from(waitlistOffer)
    .where(tenant.where(waitlistOffer, eq(waitlistOffer.id, offerId)));
  if (!row) throw unprocessable("This offer no longer exists.");
  return row;
}

/** The appointment an entry would move earlier; it must still be booked. */
async function bookedAppointment(tenant: Tenant, id: string) {
  const [row] = await tenant.db
    .select()
    .from(appointment)
    .where(tenant.where(appointment, eq(appointment.id, id)));
  if (row?.status !== "booked") {
    throw unprocessable(
      "The appointment this offer would move is no longer booked. Contact the clinic.",
    );
  }
  return row;
}
