import { eq, isNull, sql } from "drizzle-orm";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { PublicBookingConfirmed } from "../../../shared/contracts/public-booking.ts";
import { audit } from "../../audit/audit.ts";
import {
  appointment,
  bookingRequest,
  client,
  consultation,
  member,
  slotHold,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError, unprocessable } from "../../http/problem.ts";
import { isSlotTaken } from "../appointments/find-clash.ts";
import { appointmentValues, checkPlacement } from "../appointments/place-appointment.ts";
import { createClientLink } from "../client-links/links.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { heldByOthers } from "../scheduling/holds.ts";
import { type CodeMail, codeMatches } from "./code.ts";
import { presentConfirmed, sendPrepLink } from "./confirmed.ts";
import { gone, PUBLIC_BOOKING_LIMITS as L } from "./limits.ts";
import {
  assertPending,
  type BookingRequestRow,
  closeRequest,
  loadRequest,
  type Visitor,
} from "./requests.ts";
import { takenProblem } from "./slots.ts";

const TAKEN_CODE = "slot_taken";

/** Checks the code: single use, limited tries, expiry; a wrong code costs one attempt. */
async function verifyCode(
  tenant: Tenant,
  row: BookingRequestRow,
  code: string,
  mail: CodeMail,
  now: Date,
) {
  if (!row.codeHash || !row.codeExpiresAt) {
    throw unprocessable("Enter your details first; we then email you a code.", {
      code: "no_code",
    });
  }
  if (row.codeExpiresAt.getTime() <= now.getTime()) {
    throw unprocessable("This code has expired. Ask for a new code and enter that one.", {
      title: "Code expired",
      code: "code_expired",
    });
  }
  if (codeMatches(mail.secret, row, code)) return;
  const [after] = await tenant.db
    .update(bookingRequest)
    .set({ codeAttempts: sql`${bookingRequest.codeAttempts} + 1`, updatedAt: now })
    .where(
      tenant.where(
        bookingRequest,
        eq(bookingRequest.id, row.id),
        eq(bookingRequest.status, "pending"),
        sql`${bookingRequest.codeAttempts} < ${L.maxCodeAttempts}`,
      ),
    )
    .returning({ attempts: bookingRequest.codeAttempts });
  if (!after) {
    assertPending(await loadRequest(tenant, row.id));
    throw gone("This booking can no longer be confirmed. Please start again.");
  }
  const left = L.maxCodeAttempts - after.attempts;
  if (left <= 0) {
    await closeRequest(tenant, row, "abandoned", now);
    throw gone(
      "Too many wrong codes were entered, so this booking was stopped to keep it safe. Please start again.",
      { code: "locked" },
    );
  }
  throw unprocessable(
    `That code is not right. You have ${left} ${left === 1 ? "try" : "tries"} left.`,
    { title: "Wrong code", code: "wrong_code", attemptsLeft: left },
  );
}

/** The clinic's one client with this email, or null when there is none or several. */
async function matchingClient(tenant: Tenant, email: string) {
  const rows = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(
      tenant.where(
        client,
        sql`lower(${client.email}) = ${email.toLowerCase()}`,
        isNull(client.archivedAt),
      ),
    )
    .limit(2);
  return { id: rows.length === 1 ? (rows[0]?.id ?? null) : null, matches: rows.length };
}

/**
 * Confirms a booking request with the emailed code. In one transaction: links the verified email
 * to the clinic's client (or creates one), books the appointment (the overlap constraints guard
 * it), opens the consultation in the chosen mode, frees the hold, marks the request confirmed and
 * creates the prep link. A time taken meanwhile is a 409 with nothing written.
 */
export async function confirmRequest(
  tenant: Tenant,
  requestId: string,
  code: string,
  visitor: Visitor,
  mail: CodeMail,
  now: Date,
): Promise<PublicBookingConfirmed> {
  const row = await loadRequest(tenant, requestId);
  assertPending(row);
  await verifyCode(tenant, row, code, mail, now);
  let done: { appointmentId: string; prepUrl: string; prepExpiresAt: Date };
  try {
    done = await tenant.transaction(async (t) => {
      const [locked] = await t.db
        .select()
        .from(bookingRequest)
        .where(t.where(bookingRequest, eq(bookingRequest.id, row.id)))
        .for("update");
      if (!locked) throw gone("This booking can no longer be confirmed. Please start again.");
      assertPending(locked);
      // Single use: the code checked above must still be the request's current one.
      if (locked.codeHash !== row.codeHash) {
        throw unprocessable("A newer code was sent. Enter the code from the latest email.", {
          code: "code_replaced",
        });
      }
      const found = await matchingClient(t, locked.email);
      let clientId = found.id;
      if (!clientId) {
        const [created] = await t
          .insert(client, {
            firstName: locked.firstName,
            lastName: locked.lastName,
            email: locked.email,
            phone: locked.phone || null,
          })
          .returning({ id: client.id });
        clientId = created?.id ?? null;
        if (!clientId) throw new Error("client insert returned nothing");
        await audit(t.db, {
          orgId: t.orgId,
          actorUserId: null,
          action: "create",
          entity: "client",
          entityId: clientId,
          ip: visitor.ip,
          // Several clients sharing the email: a new one is made and staff may merge them.
          details: { via: "public_booking", sameEmailClients: found.matches },
        });
      }
      const placed = await checkPlacement(
        t,
        {
          clientId,
          serviceId: locked.serviceId,
          locationId: locked.locationId,
          practitionerId: locked.practitionerId,
          roomId: locked.roomId,
          startsAt: locked.startsAt,
        },
        now,
        "",
      );
      // Our hold may have lapsed and someone else may be holding the time now.
      const other = await heldByOthers(t, placed, locked.holdGroupId, now);
      if (other) throw takenProblem();
      const [appt] = await t
        .insert(appointment, {
          ...appointmentValues(placed),
          notes: "Booked online",
          createdBy: null,
        })
        .returning({ id: appointment.id });
      if (!appt) throw new Error("appointment insert returned nothing");
      const [prac] = await t.db
        .select({ userId: member.userId })
        .from(member)
        .where(eq(member.id, locked.practitionerId));
      const [consult] = await t
        .insert(consultation, {
          clientId,
          mode: locked.mode,
          heldOn: epochToLocal(locked.startsAt.getTime(), placed.zone).date,
          practitionerUserId: prac?.userId ?? null,
        })
        .returning({ id: consultation.id });
      if (!consult) throw new Error("consultation insert returned nothing");
      await t.db
        .delete(slotHold)
        .where(t.where(slotHold, eq(slotHold.groupId, locked.holdGroupId)));
      await t.db
        .update(bookingRequest)
        .set({
          status: "confirmed",
          confirmedAt: now,
          codeHash: null,
          clientId,
          appointmentId: appt.id,
          consultationId: consult.id,
          updatedAt: now,
        })
        .where(t.where(bookingRequest, eq(bookingRequest.id, locked.id)));
      for (const [entity, entityId] of [
        ["appointment", appt.id],
        ["consultation", consult.id],
        ["booking_request", locked.id],
      ] as const) {
        await audit(t.db, {
          orgId: t.orgId,
          actorUserId: null,
          action: entity === "booking_request" ? "confirm" : "create",
          entity,
          entityId,
          ip: visitor.ip,
          details: { via: "public_booking", clientId, linkedExisting: found.id !== null },
        });
      }
      const link = await createClientLink(
        t,
        { clientId, consultationId: consult.id, scopes: ["intake", "photos"], createdBy: null },
        now,
      );
      await replanAppointmentMessages(t, appt.id, now);
      return { appointmentId: appt.id, prepUrl: link.url, prepExpiresAt: link.expiresAt };
    });
  } catch (error) {
    const taken =
      isSlotTaken(error) || (error instanceof AppError && error.problem.code === TAKEN_CODE);
    if (!taken) throw error;
    await closeRequest(tenant, row, "expired", now);
    throw takenProblem();
  }
  const view = await presentConfirmed(tenant, row.id, done.appointmentId, done.prepUrl);
  await sendPrepLink(tenant, row.email, view, done.prepExpiresAt, mail);
  return view;
}
