import { asc, eq, inArray } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import type {
  PortalJoinWaitlistInput,
  PortalWaitlist,
  PortalWaitlistEntry,
} from "../../../shared/contracts/portal-booking.ts";
import type { WaitlistEntry } from "../../../shared/contracts/waitlist.ts";
import { service, waitlistEntry } from "../../db/schema/index.ts";
import { notFound, unprocessable } from "../../http/problem.ts";
import type { OfferMail } from "../waitlist/offer-mail.ts";
import { joinWaitlist, withdrawEntry } from "../waitlist/waitlist-commands.ts";
import { readEntries } from "../waitlist/waitlist-read.ts";
import {
  actingAsClient,
  auditPortal,
  bookablePractitioners,
  clinicLocations,
  type PortalClient,
} from "./portal-actor.ts";

/** Services a client may wait for: their own visits, not the clinic's internal kinds. */
const CLIENT_KINDS = ["consultation", "treatment", "touch_up"] as const;

const WEEKDAYS = [
  "Mondays",
  "Tuesdays",
  "Wednesdays",
  "Thursdays",
  "Fridays",
  "Saturdays",
  "Sundays",
];

/** The client's days and times, in words the clinic reads on the entry ("Mondays, Fridays; mornings"). */
export function preferencesText(
  weekdays: readonly number[],
  time: "any" | "morning" | "afternoon",
) {
  const days = [...new Set(weekdays)].sort().map((d) => WEEKDAYS[d - 1]);
  const parts = [days.length > 0 && days.length < 7 ? days.join(", ") : "any day"];
  parts.push(time === "any" ? "any time" : time === "morning" ? "mornings" : "afternoons");
  return `Prefers ${parts.join("; ")} (from the client portal)`;
}

function present(e: WaitlistEntry, zone: string): PortalWaitlistEntry {
  const fmt = createFormatter({ timeZone: zone });
  const day = (d: string) => fmt.weekdayDate(Date.parse(`${d}T12:00:00Z`));
  return {
    id: e.id,
    status: e.status,
    serviceName: e.service.name,
    location: e.location,
    practitioner: e.practitioner,
    earliestDate: e.earliestDate,
    latestDate: e.latestDate,
    dates:
      e.earliestDate === e.latestDate
        ? day(e.earliestDate)
        : `${day(e.earliestDate)} – ${day(e.latestDate)}`,
    preferences: e.notes,
    createdAt: e.createdAt,
  };
}

export async function listPortalWaitlist(p: PortalClient): Promise<PortalWaitlist> {
  const { tenant } = p;
  const locations = await clinicLocations(tenant);
  const zoneOf = (id: string) => locations.find((l) => l.id === id)?.timeZone ?? "UTC";
  const entries = await readEntries(tenant, eq(waitlistEntry.clientId, p.clientId));
  const services = await tenant.db
    .select({ id: service.id, name: service.name })
    .from(service)
    .where(
      tenant.where(service, eq(service.active, true), inArray(service.kind, [...CLIENT_KINDS])),
    )
    .orderBy(asc(service.name));
  await auditPortal(tenant.db, p, "read", "waitlist_entry", null, { count: entries.length });
  return {
    items: entries
      .filter((e) => e.status !== "withdrawn")
      .map((e) => present(e, zoneOf(e.location.id))),
    services,
    locations: locations.map((l) => ({ id: l.id, name: l.name })),
    practitioners: await bookablePractitioners(tenant),
  };
}

/** Joins the waitlist through the staff use-case, for the signed-in client only. */
export async function joinPortalWaitlist(
  p: PortalClient,
  input: PortalJoinWaitlistInput,
  now: Date,
): Promise<PortalWaitlistEntry> {
  const [svc] = await p.tenant.db
    .select({ kind: service.kind })
    .from(service)
    .where(p.tenant.where(service, eq(service.id, input.serviceId)));
  if (!svc) throw notFound("There is no such service at this clinic.");
  if (!(CLIENT_KINDS as readonly string[]).includes(svc.kind)) {
    throw unprocessable("This service is booked by the clinic. Please contact them.", {
      code: "staff_only",
    });
  }
  const entry = await joinWaitlist(
    p.tenant,
    actingAsClient(p),
    {
      clientId: p.clientId,
      locationId: input.locationId,
      serviceId: input.serviceId,
      practitionerId: input.practitionerId ?? null,
      earliestDate: input.earliestDate,
      latestDate: input.latestDate,
      appointmentId: input.appointmentId ?? null,
      notes: preferencesText(input.preferredWeekdays, input.preferredTime),
    },
    now,
  );
  await auditPortal(p.tenant.db, p, "create", "waitlist_entry", entry.id);
  const locations = await clinicLocations(p.tenant);
  return present(entry, locations.find((l) => l.id === entry.location.id)?.timeZone ?? "UTC");
}

/** Leaves the waitlist; another client's entry is a 404. */
export async function leavePortalWaitlist(
  p: PortalClient,
  id: string,
  now: Date,
  mail: OfferMail,
): Promise<PortalWaitlistEntry> {
  const [row] = await p.tenant.db
    .select({ clientId: waitlistEntry.clientId })
    .from(waitlistEntry)
    .where(p.tenant.where(waitlistEntry, eq(waitlistEntry.id, id)));
  if (!row || row.clientId !== p.clientId) {
    throw notFound("There is no such waitlist entry of yours at this clinic.");
  }
  const entry = await withdrawEntry(p.tenant, actingAsClient(p), id, now, mail);
  await auditPortal(p.tenant.db, p, "withdraw", "waitlist_entry", id);
  const locations = await clinicLocations(p.tenant);
  return present(entry, locations.find((l) => l.id === entry.location.id)?.timeZone ?? "UTC");
}
