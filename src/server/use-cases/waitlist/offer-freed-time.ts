import { randomUUID } from "node:crypto";
import { eq, lte, or, sql } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import { audit } from "../../audit/audit.ts";
import {
  client,
  clinicSettings,
  organization,
  slotHold,
  waitlistEntry,
  waitlistOffer,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError } from "../../http/problem.ts";
import { waitlistOfferEmail } from "../../notify/templates.ts";
import { isSlotTaken } from "../appointments/find-clash.ts";
import { checkPlacement } from "../appointments/place-appointment.ts";
import { loadLocationSchedule } from "../appointments/schedule-loader.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";
import { type OfferMail, registeredWaitlistMail } from "./offer-mail.ts";
import {
  type Candidate,
  createFitFinder,
  type Fit,
  type FreedTime,
  lockWaitingEntry,
  waitingCandidates,
} from "./offer-matching.ts";
import { hashOfferToken, newOfferToken, offerUrl } from "./offer-token.ts";

const MINUTE = 60_000;

/**
 * checkPlacement records who read a client's screening; an offer is made by Stipple itself (a
 * cancellation, the sweep or the client's link), with nobody signed in: the audit shows no actor.
 */
export const NO_ACTOR = null as unknown as string;

export type { FreedTime } from "./offer-matching.ts";

/**
 * Offers time that has just become free (an appointment cancelled or moved away) to the first
 * waiting client it suits: a hold for the clinic's offer period, an offer with a secret link, the
 * entry marked offered, and an email. Safe to call twice or from two servers at once: calls for
 * one practitioner take turns, and the hold makes the time unavailable to the next call.
 */
export async function offerFreedTime(tenant: Tenant, freed: FreedTime, now: Date): Promise<void> {
  await offerTime(tenant, freed, now, registeredWaitlistMail);
}

interface MadeOffer {
  offerId: string;
  token: string;
  clientEmail: string | null;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
  zone: string;
  locationName: string;
  mail: OfferMail;
}

/**
 * As `offerFreedTime`, with the mailer given (route handlers have one); returns the offer id.
 * Offers of one practitioner's time take turns across server processes (an advisory lock held by
 * one transaction while the search runs on other connections); the hold, the offer and the
 * entry's new status are then written together, and the hold's exclusion constraint stays the
 * final guard.
 */
export async function offerTime(
  tenant: Tenant,
  freed: FreedTime,
  now: Date,
  mail: OfferMail | (() => OfferMail),
): Promise<string | null> {
  if (freed.busyTo.getTime() <= now.getTime()) return null;
  const loc = await loadLocationSchedule(tenant, freed.locationId);
  if (!loc) return null;
  const made = await tenant.transaction(async (turn): Promise<MadeOffer | null> => {
    await turn.db.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`waitlist:${turn.orgId}:${freed.practitionerId}`}))`,
    );
    const candidates = await waitingCandidates(tenant, freed, loc.zone);
    if (candidates.length === 0) return null;
    const { policy } = await loadBookingPolicy(tenant);
    const fitFor = createFitFinder(tenant, freed, loc.zone, policy.waitlistMinNoticeHours, now);
    for (const candidate of candidates) {
      const fit = await fitFor(candidate);
      if (!fit) continue;
      try {
        // The same checks as booking (hours, screening for the day), so an offer can be accepted.
        await checkPlacement(
          tenant,
          { ...candidate, ...fit, locationId: freed.locationId },
          now,
          NO_ACTOR,
        );
      } catch (error) {
        if (error instanceof AppError) continue;
        throw error;
      }
      const sender = typeof mail === "function" ? mail() : mail;
      const offer = await writeOffer(tenant, candidate, fit, policy.waitlistOfferMinutes, now);
      if (offer === "busy") continue;
      if (offer === "taken") return null;
      return { ...offer, zone: loc.zone, locationName: loc.name, mail: sender };
    }
    return null;
  });
  if (!made) return null;
  if (made.clientEmail) await sendOfferEmail(tenant, made);
  return made.offerId;
}

type Written = Omit<MadeOffer, "zone" | "locationName" | "mail">;

/**
 * Holds the time and records the offer in one transaction. "busy": the entry is being answered
 * or withdrawn right now (ask the next one); "taken": someone else holds the time meanwhile.
 */
async function writeOffer(
  tenant: Tenant,
  candidate: Candidate,
  fit: Fit,
  minutes: number,
  now: Date,
): Promise<Written | "busy" | "taken"> {
  const expiresAt = new Date(now.getTime() + minutes * MINUTE);
  try {
    return await tenant.transaction(async (t) => {
      if (!(await lockWaitingEntry(t, candidate.id))) return "busy" as const;
      // Expired holds still occupy their range until deleted (placeHolds does the same).
      await t.db
        .delete(slotHold)
        .where(
          t.where(
            slotHold,
            lte(slotHold.expiresAt, now),
            or(
              eq(slotHold.practitionerId, fit.practitionerId),
              fit.roomId ? eq(slotHold.roomId, fit.roomId) : undefined,
            ),
          ),
        );
      const [hold] = await t
        .insert(slotHold, {
          locationId: candidate.locationId,
          serviceId: candidate.serviceId,
          practitionerId: fit.practitionerId,
          roomId: fit.roomId,
          startsAt: fit.startsAt,
          busyFrom: fit.busyFrom,
          busyTo: fit.busyTo,
          expiresAt,
          purpose: "waitlist_offer",
          groupId: randomUUID(),
          heldBy: null,
        })
        .returning({ id: slotHold.id });
      const token = newOfferToken();
      const [offer] = await t
        .insert(waitlistOffer, {
          entryId: candidate.id,
          holdId: hold?.id ?? null,
          practitionerId: fit.practitionerId,
          roomId: fit.roomId,
          startsAt: fit.startsAt,
          expiresAt,
          tokenHash: hashOfferToken(token),
        })
        .returning({ id: waitlistOffer.id });
      const offerId = (offer as { id: string }).id;
      await t.db
        .update(waitlistEntry)
        .set({ status: "offered", updatedAt: now })
        .where(t.where(waitlistEntry, eq(waitlistEntry.id, candidate.id)));
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: null,
        action: "offer",
        entity: "waitlist_entry",
        entityId: candidate.id,
        details: { offerId, startsAt: fit.startsAt.toISOString() },
      });
      const [who] = await t.db
        .select({ email: client.email })
        .from(client)
        .where(t.where(client, eq(client.id, candidate.clientId)));
      return {
        offerId,
        token,
        clientEmail: who?.email ?? null,
        startsAt: fit.startsAt,
        endsAt: new Date(fit.startsAt.getTime() + fit.durationMin * MINUTE),
        expiresAt,
      };
    });
  } catch (error) {
    if (isSlotTaken(error)) return "taken";
    throw error;
  }
}

/** The discreet email with the client's link, sent once the offer is committed. */
async function sendOfferEmail(tenant: Tenant, made: MadeOffer): Promise<void> {
  const [clinic] = await tenant.db
    .select({ name: organization.name, locale: clinicSettings.locale })
    .from(organization)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, organization.id))
    .where(eq(organization.id, tenant.orgId));
  const fmt = createFormatter({ locale: clinic?.locale ?? "en-GB", timeZone: made.zone });
  const start = made.startsAt.getTime();
  const expires = made.expiresAt.getTime();
  const email = waitlistOfferEmail({
    clinicName: clinic?.name ?? "your clinic",
    when: `${fmt.weekdayDate(start)}, ${fmt.timeRange(start, made.endsAt.getTime())}`,
    where: made.locationName,
    until: `${fmt.weekdayDate(expires)} at ${fmt.time(expires)}`,
    url: offerUrl(made.mail.publicUrl, made.token),
  });
  await made.mail.mailer.send({ orgId: tenant.orgId, to: made.clientEmail as string, ...email });
}
