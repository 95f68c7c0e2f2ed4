import { and, eq, gte, inArray, isNull, or } from "drizzle-orm";
import type {
  JoinWaitlistInput,
  WaitlistEntry,
  WaitlistQuery,
  WaitlistView,
} from "../../../shared/contracts/waitlist.ts";
import { audit } from "../../audit/audit.ts";
import {
  appointment,
  client,
  member,
  service,
  waitlistEntry,
  waitlistOffer,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { loadBookables, loadLocationChoice } from "../appointments/day-view.ts";
import { clinicToday } from "../clinic/primary-location.ts";
import { offerTime } from "./offer-freed-time.ts";
import { closeOffer, lockOffer } from "./offer-lifecycle.ts";
import type { OfferMail } from "./offer-mail.ts";
import { numberQueue, readEntries, readEntry } from "./waitlist-read.ts";

const DAY = 86_400_000;
const MAX_RANGE_DAYS = 366;

/** A location's waitlist in queue order, with what the "Add to waitlist" form chooses from. */
export async function listWaitlist(
  tenant: Tenant,
  staff: StaffContext,
  q: WaitlistQuery,
  now: Date,
): Promise<WaitlistView> {
  const { locations, id, loc } = await loadLocationChoice(tenant, q.locationId);
  const closedSince = new Date(now.getTime() - 30 * DAY);
  const [entries, bookables] = await Promise.all([
    readEntries(
      tenant,
      and(
        eq(waitlistEntry.locationId, id),
        q.include === "open"
          ? inArray(waitlistEntry.status, ["waiting", "offered"])
          : or(
              inArray(waitlistEntry.status, ["waiting", "offered"]),
              gte(waitlistEntry.updatedAt, closedSince),
            ),
      ),
    ),
    loadBookables(tenant, id),
  ]);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "waitlist",
    entityId: id,
    details: { entries: entries.length },
  });
  return {
    location: { id, name: loc.name, timeZone: loc.zone },
    locations,
    services: bookables.services.map((s) => ({
      id: s.id,
      name: s.name,
      durationMin: s.durationMin,
    })),
    practitioners: bookables.practitionerRows
      .filter((p) => p.active && p.role !== "receptionist")
      .map((p) => ({ id: p.id, name: p.name })),
    entries: numberQueue(entries),
  };
}

/** Puts a client on a location's waitlist for a service, behind everyone already waiting. */
export async function joinWaitlist(
  tenant: Tenant,
  staff: StaffContext,
  input: JoinWaitlistInput,
  now: Date,
): Promise<WaitlistEntry> {
  const { loc } = await loadLocationChoice(tenant, input.locationId);
  const [cl] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, input.clientId), isNull(client.archivedAt)));
  if (!cl) throw notFound("There is no such client in this clinic.");
  const [svc] = await tenant.db
    .select({ name: service.name, active: service.active })
    .from(service)
    .where(tenant.where(service, eq(service.id, input.serviceId)));
  if (!svc) throw notFound("There is no such service in this clinic.");
  if (!svc.active) throw unprocessable(`${svc.name} is no longer offered. Choose another service.`);
  if (input.practitionerId) {
    const [p] = await tenant.db
      .select({ role: member.role, active: member.active })
      .from(member)
      .where(and(eq(member.organizationId, tenant.orgId), eq(member.id, input.practitionerId)));
    if (!p) throw notFound("There is no such practitioner in this clinic.");
    if (!p.active || p.role === "receptionist") {
      throw unprocessable("This person does not take appointments. Choose another practitioner.");
    }
  }
  const today = await clinicToday(tenant, now);
  if (input.latestDate < today) {
    throw unprocessable("The latest date has already passed. Choose dates from today on.", {
      errors: [{ field: "latestDate", message: "must be today or later" }],
    });
  }
  const days = (Date.parse(input.latestDate) - Date.parse(input.earliestDate)) / DAY;
  if (days > MAX_RANGE_DAYS) {
    throw unprocessable("Choose a date range of at most a year.", {
      errors: [{ field: "latestDate", message: "must be within a year of the earliest date" }],
    });
  }
  if (input.appointmentId) {
    const [a] = await tenant.db
      .select()
      .from(appointment)
      .where(tenant.where(appointment, eq(appointment.id, input.appointmentId)));
    if (!a) throw notFound("There is no such appointment in this clinic.");
    if (a.clientId !== input.clientId) {
      throw unprocessable("That appointment belongs to another client.");
    }
    if (a.status !== "booked" || a.startsAt.getTime() <= now.getTime()) {
      throw unprocessable("Only an upcoming booked appointment can be moved earlier.");
    }
    if (a.serviceId !== input.serviceId || a.locationId !== input.locationId) {
      throw unprocessable(
        `Choose the appointment's own service and location (${loc.name}) to move it earlier.`,
      );
    }
  }
  const id = await tenant.transaction(async (t) => {
    const [row] = await t
      .insert(waitlistEntry, {
        clientId: input.clientId,
        locationId: input.locationId,
        serviceId: input.serviceId,
        practitionerId: input.practitionerId ?? null,
        appointmentId: input.appointmentId ?? null,
        earliestDate: input.earliestDate,
        latestDate: input.latestDate,
        notes: input.notes ?? "",
        createdBy: staff.userId,
      })
      .returning({ id: waitlistEntry.id });
    const entryId = (row as { id: string }).id;
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "waitlist_entry",
      entityId: entryId,
      details: { clientId: input.clientId, appointmentId: input.appointmentId ?? null },
    });
    return entryId;
  });
  return readEntry(tenant, id);
}

/**
 * Takes a client off the waitlist. A pending offer is withdrawn and its time offered to the next
 * person; withdrawing twice is harmless; a booked entry stays booked.
 */
export async function withdrawEntry(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  now: Date,
  mail: OfferMail,
): Promise<WaitlistEntry> {
  const freed = await tenant.transaction(async (t) => {
    const [entry] = await t.db
      .select()
      .from(waitlistEntry)
      .where(t.where(waitlistEntry, eq(waitlistEntry.id, id)))
      .for("update");
    if (!entry) throw notFound("There is no such waitlist entry in this clinic.");
    if (entry.status === "withdrawn") return null;
    if (entry.status === "booked") {
      throw conflict("This client has already been booked from the waitlist.");
    }
    const pendingId = await pendingOfferId(t, id);
    const offer = pendingId ? await lockOffer(t, pendingId) : null;
    // Withdrawing the offer releases its hold and closes the entry with it.
    const released = offer
      ? await closeOffer(t, offer, "withdrawn", "withdrawn", { userId: staff.userId }, now)
      : null;
    if (!offer) {
      await t.db
        .update(waitlistEntry)
        .set({ status: "withdrawn", updatedAt: now })
        .where(t.where(waitlistEntry, eq(waitlistEntry.id, id)));
    }
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "withdraw",
      entity: "waitlist_entry",
      entityId: id,
    });
    return released;
  });
  if (freed) await offerTime(tenant, freed, now, mail);
  return readEntry(tenant, id);
}

/** The id of an entry's pending offer, for staff answering on the client's behalf. */
export async function pendingOfferId(tenant: Tenant, entryId: string): Promise<string | null> {
  const [row] = await tenant.db
    .select({ id: waitlistOffer.id })
    .from(waitlistOffer)
    .where(
      tenant.where(
        waitlistOffer,
        eq(waitlistOffer.entryId, entryId),
        eq(waitlistOffer.status, "pending"),
      ),
    );
  return row?.id ?? null;
}
