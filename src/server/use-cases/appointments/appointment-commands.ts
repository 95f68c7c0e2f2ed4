import { and, eq } from "drizzle-orm";
import { cancellationTerms } from "../../../domain/settings/booking-policy.ts";
import type {
  BookAppointmentInput,
  MoveAppointmentInput,
} from "../../../shared/contracts/appointments.ts";
import { audit } from "../../audit/audit.ts";
import { appointment } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, unprocessable } from "../../http/problem.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";
import { clientRescheduleAllowed } from "./appointment-policy.ts";
import { readAppointment } from "./appointment-read.ts";
import { clashError, isSlotTaken } from "./find-clash.ts";
import { appointmentValues, type CheckedPlacement, checkPlacement } from "./place-appointment.ts";

/** Runs a write that may hit the overlap constraint, turning a clash into a 409 that names it. */
async function guarded<T>(
  tenant: Tenant,
  placed: CheckedPlacement,
  excludeId: string | undefined,
  write: () => Promise<T>,
) {
  try {
    return await write();
  } catch (error) {
    if (!isSlotTaken(error)) throw error;
    throw await clashError(tenant, { ...placed, excludeId });
  }
}

/** Books one appointment; the EXCLUDE constraints make a concurrent double booking impossible. */
export async function bookAppointment(
  tenant: Tenant,
  staff: StaffContext,
  input: BookAppointmentInput,
  now: Date,
) {
  const placed = await checkPlacement(
    tenant,
    { ...input, roomId: input.roomId ?? null, startsAt: new Date(input.startsAt) },
    now,
    staff.userId,
  );
  const id = await guarded(tenant, placed, undefined, () =>
    tenant.transaction(async (t) => {
      const [row] = await t
        .insert(appointment, {
          ...appointmentValues(placed),
          notes: input.notes ?? "",
          createdBy: staff.userId,
        })
        .returning({ id: appointment.id });
      const newId = (row as { id: string } | undefined)?.id;
      if (!newId) throw new Error("insert returned nothing");
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "create",
        entity: "appointment",
        entityId: newId,
      });
      await replanAppointmentMessages(t, newId, now);
      return newId;
    }),
  );
  return readAppointment(tenant, id);
}

/** Moves an appointment in time, to another practitioner or to another room. */
export async function moveAppointment(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: MoveAppointmentInput,
  now: Date,
) {
  const current = await readAppointment(tenant, id);
  if (current.status !== "booked")
    throw unprocessable(
      `This appointment is ${current.status.replace("_", "-")} and cannot be moved.`,
    );
  if (current.version !== input.version) {
    throw conflict("Someone else changed this appointment a moment ago. Reload it and try again.", {
      title: "Changed meanwhile",
    });
  }
  const counted = await clientRescheduleAllowed(tenant, current, input.clientRequest, now);
  const placed = await checkPlacement(
    tenant,
    {
      clientId: current.client.id,
      serviceId: current.service.id,
      locationId: current.location.id,
      practitionerId: input.practitionerId ?? current.practitioner.id,
      roomId: input.roomId === undefined ? (current.room?.id ?? null) : input.roomId,
      startsAt: new Date(input.startsAt ?? current.startsAt),
      // A move keeps the booked length (a plan's session may differ from the service's).
      durationMin: (Date.parse(current.endsAt) - Date.parse(current.startsAt)) / 60_000,
    },
    now,
    staff.userId,
  );
  await guarded(tenant, placed, id, () =>
    tenant.transaction(async (t) => {
      const updated = await t.db
        .update(appointment)
        .set({
          ...appointmentValues(placed),
          version: current.version + 1,
          rescheduleCount: current.rescheduleCount + counted,
          updatedAt: new Date(),
        })
        .where(
          t.where(appointment, and(eq(appointment.id, id), eq(appointment.version, input.version))),
        )
        .returning({ id: appointment.id });
      if (updated.length === 0)
        throw conflict(
          "Someone else changed this appointment a moment ago. Reload it and try again.",
        );
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "move",
        entity: "appointment",
        entityId: id,
        details: { from: current.startsAt, to: placed.startsAt.toISOString() },
      });
      await replanAppointmentMessages(t, id, now);
    }),
  );
  return readAppointment(tenant, id);
}

/**
 * Cancels an appointment and frees its time; cancelling twice is harmless. Inside the clinic's
 * notice period the deposit is kept when the booking rules say so, unless staff waive it.
 */
export async function cancelAppointment(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { reason?: string; waiveDeposit?: boolean },
  now: Date,
) {
  const current = await readAppointment(tenant, id);
  if (current.status === "cancelled") return current;
  if (current.status !== "booked")
    throw unprocessable(
      `This appointment is ${current.status.replace("_", "-")} and cannot be cancelled.`,
    );
  const { policy } = await loadBookingPolicy(tenant);
  const terms = cancellationTerms(policy, Date.parse(current.startsAt), now.getTime());
  const forfeited = terms.forfeitsDeposit && !input.waiveDeposit;
  await tenant.transaction(async (t) => {
    await t.db
      .update(appointment)
      .set({
        status: "cancelled",
        cancelReason: input.reason ?? "",
        cancelledAt: now,
        depositForfeited: forfeited,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(t.where(appointment, eq(appointment.id, id)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "cancel",
      entity: "appointment",
      entityId: id,
      details: { late: terms.late, depositForfeited: forfeited },
    });
    await replanAppointmentMessages(t, id, now);
  });
  return readAppointment(tenant, id);
}
