import { and, eq, gt, sql } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import type {
  BookingRequestView,
  PublicHoldInput,
} from "../../../shared/contracts/public-booking.ts";
import { audit } from "../../audit/audit.ts";
import {
  bookingRequest,
  location,
  member,
  service,
  slotHold,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError, conflict, notFound } from "../../http/problem.ts";
import { placeHolds } from "../scheduling/holds.ts";
import { gone, PUBLIC_BOOKING_LIMITS, tooManyRequests } from "./limits.ts";
import { bookableConsultation, pickFreeSlot, takenProblem } from "./slots.ts";

export type BookingRequestRow = typeof bookingRequest.$inferSelect;

const HOUR = 3_600_000;

export interface Visitor {
  ip: string;
  userAgent: string;
}

/** A booking request of this clinic by id; 404 for another clinic's or an unknown id. */
export async function loadRequest(tenant: Tenant, requestId: string): Promise<BookingRequestRow> {
  const [row] = await tenant.db
    .select()
    .from(bookingRequest)
    .where(tenant.where(bookingRequest, eq(bookingRequest.id, requestId)));
  if (!row) throw notFound("There is no such booking in progress. Please start again.");
  return row;
}

/** Refuses a request that is no longer pending, with what the person should do next. */
export function assertPending(row: BookingRequestRow): void {
  if (row.status === "confirmed") {
    throw conflict("This booking is already confirmed. Check your email for the details.", {
      title: "Already confirmed",
      code: "already_confirmed",
    });
  }
  if (row.codeAttempts >= PUBLIC_BOOKING_LIMITS.maxCodeAttempts) {
    throw gone(
      "Too many wrong codes were entered, so this booking was stopped to keep it safe. Please start again.",
      { code: "locked" },
    );
  }
  if (row.status !== "pending") {
    throw gone("This booking was not completed in time. Please choose a time again.", {
      code: "request_closed",
    });
  }
}

/** When the request's held time is released (the latest of its holds), or null if none is left. */
export async function holdExpiry(tenant: Tenant, groupId: string): Promise<Date | null> {
  const [row] = await tenant.db
    .select({ expiresAt: sql<Date | null>`max(${slotHold.expiresAt})` })
    .from(slotHold)
    .where(tenant.where(slotHold, eq(slotHold.groupId, groupId)));
  const value = row?.expiresAt ?? null;
  return value === null ? null : new Date(value);
}

/** Ends a request that was given up (another time chosen, locked or taken) and frees its time. */
export async function closeRequest(
  tenant: Tenant,
  row: BookingRequestRow,
  status: "abandoned" | "expired",
  now: Date,
): Promise<void> {
  await tenant.transaction(async (t) => {
    await t.db.delete(slotHold).where(t.where(slotHold, eq(slotHold.groupId, row.holdGroupId)));
    await t.db
      .update(bookingRequest)
      .set({ status, codeHash: null, updatedAt: now })
      .where(
        t.where(
          bookingRequest,
          eq(bookingRequest.id, row.id),
          eq(bookingRequest.status, "pending"),
        ),
      );
  });
}

/** Holds are flooded cheaply; an address may hold only so many times an hour. */
async function assertHoldAllowance(tenant: Tenant, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - HOUR);
  const [row] = await tenant.db
    .select({
      n: sql<number>`count(*)::int`,
      oldest: sql<Date | null>`min(${bookingRequest.createdAt})`,
    })
    .from(bookingRequest)
    .where(and(eq(bookingRequest.ip, ip), gt(bookingRequest.createdAt, since)));
  if ((row?.n ?? 0) >= PUBLIC_BOOKING_LIMITS.maxHoldsPerIpPerHour) {
    const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
    throw tooManyRequests(
      "Too many bookings were started from this network. Please wait a while and try again, or contact the clinic.",
      (oldest + HOUR - now.getTime()) / 1000,
    );
  }
}

/**
 * Holds the chosen consultation time for the clinic's hold length and opens a booking request
 * for it. "any" practitioner picks the first one free. 409 when the time was just taken.
 */
export async function holdForRequest(
  tenant: Tenant,
  input: PublicHoldInput,
  visitor: Visitor,
  now: Date,
): Promise<BookingRequestRow> {
  await assertHoldAllowance(tenant, visitor.ip, now);
  await bookableConsultation(tenant, input.serviceId, input.locationId);
  if (input.replacesRequestId) {
    const [old] = await tenant.db
      .select()
      .from(bookingRequest)
      .where(tenant.where(bookingRequest, eq(bookingRequest.id, input.replacesRequestId)));
    if (old?.status === "pending") await closeRequest(tenant, old, "abandoned", now);
  }
  const startsAt = new Date(input.startsAt);
  const pick = await pickFreeSlot(tenant, { ...input, startsAt }, now);
  let groupId: string;
  try {
    const held = await placeHolds(
      tenant,
      null,
      {
        locationId: input.locationId,
        serviceId: input.serviceId,
        sessions: [
          { practitionerId: pick.practitionerId, roomId: pick.roomId, startsAt: input.startsAt },
        ],
        purpose: "public_booking",
      },
      now,
    );
    groupId = held.groupId;
  } catch (error) {
    if (error instanceof AppError && error.problem.status === 409) throw takenProblem();
    throw error;
  }
  const [row] = await tenant
    .insert(bookingRequest, {
      holdGroupId: groupId,
      locationId: input.locationId,
      serviceId: input.serviceId,
      practitionerId: pick.practitionerId,
      roomId: pick.roomId,
      startsAt,
      // The person chooses the mode with their details; in person until then.
      mode: "in_person",
      firstName: "",
      lastName: "",
      email: "",
      ip: visitor.ip,
      userAgent: visitor.userAgent.slice(0, 400),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("booking request insert returned nothing");
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: null,
    action: "create",
    entity: "booking_request",
    entityId: row.id,
    ip: visitor.ip,
    details: { via: "public_booking", serviceId: input.serviceId },
  });
  return row as BookingRequestRow;
}

/** The request as the widget shows it: what is held, until when, and the state of the code. */
export async function presentRequest(
  tenant: Tenant,
  row: BookingRequestRow,
  now: Date,
): Promise<BookingRequestView> {
  const [info] = await tenant.db
    .select({
      serviceName: service.name,
      durationMin: service.durationMin,
      locationName: location.name,
      zone: location.timeZone,
      practitionerName: user.name,
    })
    .from(bookingRequest)
    .innerJoin(service, eq(service.id, bookingRequest.serviceId))
    .innerJoin(location, eq(location.id, bookingRequest.locationId))
    .innerJoin(member, eq(member.id, bookingRequest.practitionerId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(tenant.where(bookingRequest, eq(bookingRequest.id, row.id)));
  if (!info) throw notFound("There is no such booking in progress. Please start again.");
  const start = row.startsAt.getTime();
  const fmt = createFormatter({ timeZone: info.zone });
  const expires = (await holdExpiry(tenant, row.holdGroupId)) ?? now;
  const last = row.lastCodeSentAt?.getTime() ?? null;
  return {
    requestId: row.id,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: new Date(start + info.durationMin * 60_000).toISOString(),
    whenText: `${fmt.weekdayDate(start)} at ${fmt.time(start)}`,
    timeZone: info.zone,
    serviceName: info.serviceName,
    locationName: info.locationName,
    practitionerName: info.practitionerName,
    holdExpiresAt: expires.toISOString(),
    codeSentTo: row.codeHash ? row.email : null,
    codeExpiresAt: row.codeHash ? (row.codeExpiresAt?.toISOString() ?? null) : null,
    resendAfterSeconds:
      last === null
        ? null
        : Math.max(
            0,
            Math.ceil(
              (last + PUBLIC_BOOKING_LIMITS.resendAfterSeconds * 1000 - now.getTime()) / 1000,
            ),
          ),
  };
}
