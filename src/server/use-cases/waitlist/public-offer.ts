import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { PublicWaitlistOffer } from "../../../shared/contracts/waitlist.ts";
import type { Executor } from "../../db/client.ts";
import {
  appointment,
  clinicSettings,
  location,
  member,
  organization,
  service,
  user,
  waitlistEntry,
  waitlistOffer,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { presentPublicBrand, publicBrandColumns } from "../clinic/public-brand.ts";
import { hashOfferToken } from "./offer-token.ts";

const MINUTE = 60_000;

/** One answer for every unknown link, so a caller learns nothing from it. */
export const NO_OFFER =
  "This link does not match an offer. Check you opened the whole link from the email, or contact the clinic.";

/** The offer a client's link opens, in any clinic; 404 for an unknown link. */
export async function findOfferByToken(
  db: Executor,
  token: string,
): Promise<{ id: string; orgId: string }> {
  const hash = hashOfferToken(token);
  const [row] = await db
    .select({
      id: waitlistOffer.id,
      orgId: waitlistOffer.orgId,
      tokenHash: waitlistOffer.tokenHash,
    })
    .from(waitlistOffer)
    .where(eq(waitlistOffer.tokenHash, hash));
  // The lookup is by hash; the comparison is repeated in constant time all the same.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(hash))) {
    throw notFound(NO_OFFER);
  }
  return { id: row.id, orgId: row.orgId };
}

/** What the client's page shows: clinic, place, service, time and expiry; no personal data. */
export async function presentPublicOffer(
  tenant: Tenant,
  offerId: string,
  now: Date,
): Promise<PublicWaitlistOffer> {
  const [row] = await tenant.db
    .select({
      o: waitlistOffer,
      serviceName: service.name,
      durationMin: service.durationMin,
      locationName: location.name,
      line1: location.addressLine1,
      line2: location.addressLine2,
      city: location.city,
      postcode: location.postcode,
      zone: location.timeZone,
      practitionerName: user.name,
      appointmentStart: appointment.startsAt,
      appointmentEnd: appointment.endsAt,
      appointmentStatus: appointment.status,
      clinicName: organization.name,
      settings: publicBrandColumns,
    })
    .from(waitlistOffer)
    .innerJoin(waitlistEntry, eq(waitlistEntry.id, waitlistOffer.entryId))
    .innerJoin(service, eq(service.id, waitlistEntry.serviceId))
    .innerJoin(location, eq(location.id, waitlistEntry.locationId))
    .innerJoin(member, eq(member.id, waitlistOffer.practitionerId))
    .innerJoin(user, eq(user.id, member.userId))
    .innerJoin(organization, eq(organization.id, waitlistOffer.orgId))
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, waitlistOffer.orgId))
    .leftJoin(appointment, eq(appointment.id, waitlistEntry.appointmentId))
    .where(tenant.where(waitlistOffer, eq(waitlistOffer.id, offerId)));
  if (!row) throw notFound(NO_OFFER);
  const o = row.o;
  const status =
    o.status === "pending" && o.expiresAt.getTime() <= now.getTime() ? "expired" : o.status;
  const moves = row.appointmentStart && row.appointmentEnd;
  const minutes = moves
    ? ((row.appointmentEnd as Date).getTime() - (row.appointmentStart as Date).getTime()) / MINUTE
    : row.durationMin;
  return {
    status,
    clinic: presentPublicBrand(row.clinicName, row.settings),
    location: {
      name: row.locationName,
      address: [row.line1, row.line2, row.city, row.postcode].filter(Boolean).join(", "),
      timeZone: row.zone,
    },
    service: { name: row.serviceName, durationMin: minutes },
    practitionerName: row.practitionerName,
    startsAt: o.startsAt.toISOString(),
    endsAt: new Date(o.startsAt.getTime() + minutes * MINUTE).toISOString(),
    expiresAt: o.expiresAt.toISOString(),
    // Once accepted, the appointment itself is the new time: nothing is replaced any more.
    replaces:
      moves && o.status === "pending" && row.appointmentStatus === "booked"
        ? { startsAt: (row.appointmentStart as Date).toISOString() }
        : null,
  };
}
