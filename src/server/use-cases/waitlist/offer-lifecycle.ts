import { and, asc, eq, lte } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { Database } from "../../db/client.ts";
import {
  type OfferStatus,
  service,
  slotHold,
  waitlistEntry,
  waitlistOffer,
} from "../../db/schema/index.ts";
import { createTenant, type Tenant } from "../../db/tenant.ts";
import { AppError } from "../../http/problem.ts";
import { offerTime } from "./offer-freed-time.ts";
import { type OfferMail, registeredWaitlistMail } from "./offer-mail.ts";
import type { FreedTime } from "./offer-matching.ts";

const MINUTE = 60_000;

export type OfferRow = typeof waitlistOffer.$inferSelect;

/** Who answered: a staff member, or nobody signed in (the client's link, the sweep). */
export interface Actor {
  userId: string | null;
  ip?: string | null;
}

const gone = (detail: string) =>
  new AppError({
    type: "https://stipple.dev/problems/offer-gone",
    title: "Offer no longer open",
    status: 410,
    detail,
  });

/** Why an offer can no longer be answered, in words for the client. */
export function refuseClosedOffer(offer: Pick<OfferRow, "status" | "expiresAt">, now: Date): void {
  const status =
    offer.status === "pending" && offer.expiresAt.getTime() <= now.getTime()
      ? "expired"
      : offer.status;
  switch (status) {
    case "pending":
      return;
    case "accepted":
      throw gone("This offer has already been accepted: the appointment is booked.");
    case "declined":
      throw gone("This offer was declined, so the time has been offered to someone else.");
    case "expired":
      throw gone(
        "This offer has expired and the time has gone to the next person waiting. You are still on the waiting list.",
      );
    default:
      throw gone("The clinic has withdrawn this offer. Contact them if you have any questions.");
  }
}

/** Locks a pending offer of this clinic by id; null when there is none. */
export async function lockOffer(tenant: Tenant, offerId: string): Promise<OfferRow | null> {
  const [row] = await tenant.db
    .select()
    .from(waitlistOffer)
    .where(tenant.where(waitlistOffer, eq(waitlistOffer.id, offerId)))
    .for("update");
  return row ?? null;
}

/**
 * Closes a pending offer (declined, expired or withdrawn): releases its hold and puts the entry
 * back in the queue at its old place (or marks it withdrawn). Returns the time the hold covered,
 * to be offered to the next person.
 */
export async function closeOffer(
  t: Tenant,
  offer: OfferRow,
  status: Exclude<OfferStatus, "pending" | "accepted">,
  entryStatus: "waiting" | "withdrawn",
  actor: Actor,
  now: Date,
): Promise<FreedTime | null> {
  const [hold] = offer.holdId
    ? await t.db
        .delete(slotHold)
        .where(t.where(slotHold, eq(slotHold.id, offer.holdId)))
        .returning()
    : [];
  await t.db
    .update(waitlistOffer)
    .set({ status, respondedAt: status === "expired" ? null : now })
    .where(t.where(waitlistOffer, eq(waitlistOffer.id, offer.id)));
  const [entry] = await t.db
    .update(waitlistEntry)
    .set({ status: entryStatus, updatedAt: now })
    .where(t.where(waitlistEntry, eq(waitlistEntry.id, offer.entryId)))
    .returning();
  await audit(t.db, {
    orgId: t.orgId,
    actorUserId: actor.userId,
    action: status === "declined" ? "decline" : status === "expired" ? "expire" : "withdraw",
    entity: "waitlist_offer",
    entityId: offer.id,
    ip: actor.ip ?? null,
    details: { entryId: offer.entryId },
  });
  if (hold) {
    return {
      locationId: hold.locationId,
      practitionerId: hold.practitionerId,
      roomId: hold.roomId,
      busyFrom: hold.busyFrom,
      busyTo: hold.busyTo,
    };
  }
  if (!entry) return null;
  // The hold was already swept away with other expired holds: rebuild its span from the service.
  const [svc] = await t.db
    .select()
    .from(service)
    .where(t.where(service, eq(service.id, entry.serviceId)));
  if (!svc) return null;
  const start = offer.startsAt.getTime();
  return {
    locationId: entry.locationId,
    practitionerId: offer.practitionerId,
    roomId: offer.roomId,
    busyFrom: new Date(start - svc.bufferBeforeMin * MINUTE),
    busyTo: new Date(start + (svc.durationMin + svc.bufferAfterMin) * MINUTE),
  };
}

/** The client (or staff for them) declines: the time goes to the next person waiting. */
export async function declineOffer(
  tenant: Tenant,
  offerId: string,
  actor: Actor,
  now: Date,
  mail: OfferMail,
): Promise<void> {
  const freed = await tenant.transaction(async (t) => {
    const offer = await lockOffer(t, offerId);
    if (!offer) return null;
    refuseClosedOffer(offer, now);
    return closeOffer(t, offer, "declined", "waiting", actor, now);
  });
  if (freed) await offerTime(tenant, freed, now, mail);
}

/**
 * Pending offers past their expiry, in every clinic: each is marked expired, its hold released,
 * its entry back to waiting at its old place, and the same time offered to the next matching
 * entry (not the one that let it expire). Two servers sweeping at once skip each other's rows.
 * Returns how many offers expired.
 */
export async function advanceExpiredOffers(
  db: Database,
  now: Date,
  mail: OfferMail | (() => OfferMail) = registeredWaitlistMail,
): Promise<number> {
  const due = await db
    .select({ id: waitlistOffer.id, orgId: waitlistOffer.orgId })
    .from(waitlistOffer)
    .where(and(eq(waitlistOffer.status, "pending"), lte(waitlistOffer.expiresAt, now)))
    .orderBy(asc(waitlistOffer.expiresAt))
    .limit(200);
  let expired = 0;
  let failure: unknown = null;
  for (const { id, orgId } of due) {
    const tenant = createTenant(db, orgId);
    try {
      expired += await expireOne(tenant, id, now, mail);
    } catch (error) {
      // One clinic's trouble must not hold up the others; the sweep reports it afterwards.
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return expired;
}

/** Expires one offer if it is still pending and due, and offers its time on; 1 if it did. */
async function expireOne(
  tenant: Tenant,
  id: string,
  now: Date,
  mail: OfferMail | (() => OfferMail),
): Promise<number> {
  const freed = await tenant.transaction(async (t) => {
    const [offer] = await t.db
      .select()
      .from(waitlistOffer)
      .where(
        t.where(
          waitlistOffer,
          eq(waitlistOffer.id, id),
          eq(waitlistOffer.status, "pending"),
          lte(waitlistOffer.expiresAt, now),
        ),
      )
      .for("update", { skipLocked: true });
    if (!offer) return undefined;
    return closeOffer(t, offer, "expired", "waiting", { userId: null }, now);
  });
  if (freed === undefined) return 0;
  if (freed) await offerTime(tenant, freed, now, mail);
  return 1;
}
