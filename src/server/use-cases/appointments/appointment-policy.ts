import { eq } from "drizzle-orm";
import {
  type CancellationTerms,
  cancellationTerms,
  noShowAllowed,
  rescheduleTerms,
} from "../../../domain/settings/booking-policy.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import { audit } from "../../audit/audit.ts";
import { appointment } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, unprocessable } from "../../http/problem.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";
import { readAppointment } from "./appointment-read.ts";

/** What cancelling an appointment now would mean under the clinic's booking rules. */
export async function cancellationTermsFor(
  tenant: Tenant,
  id: string,
  now: Date,
): Promise<CancellationTerms> {
  const current = await readAppointment(tenant, id);
  const { policy } = await loadBookingPolicy(tenant);
  return cancellationTerms(policy, Date.parse(current.startsAt), now.getTime());
}

/**
 * For a move made at the client's request: refuses it past the reschedule limit or inside the
 * notice period, and returns 1 (the move counts against the limit). Staff-initiated moves are
 * always allowed and count 0.
 */
export async function clientRescheduleAllowed(
  tenant: Tenant,
  current: Appointment,
  clientRequest: boolean | undefined,
  now: Date,
): Promise<number> {
  if (!clientRequest) return 0;
  const { policy } = await loadBookingPolicy(tenant);
  const verdict = rescheduleTerms(
    policy,
    Date.parse(current.startsAt),
    now.getTime(),
    current.rescheduleCount,
    "client",
  );
  if (!verdict.ok) throw unprocessable(verdict.message, { code: verdict.code });
  return 1;
}

/** Marks a booked appointment a no-show once the clinic's grace period after its start has passed. */
export async function markNoShow(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { version: number; notes?: string },
  now: Date,
): Promise<Appointment> {
  const current = await readAppointment(tenant, id);
  if (current.status !== "booked") {
    throw unprocessable(
      `This appointment is ${current.status.replace("_", "-")}; only a booked appointment can be marked a no-show.`,
    );
  }
  const { policy } = await loadBookingPolicy(tenant);
  const startsAt = Date.parse(current.startsAt);
  if (!noShowAllowed(policy, startsAt, now.getTime())) {
    const fmt = createFormatter({ timeZone: current.location.timeZone });
    throw unprocessable(
      `A no-show can be recorded from ${fmt.time(startsAt + policy.noShowAfterMinutes * 60_000)}, ${policy.noShowAfterMinutes} minutes after the start.`,
      { code: "too_early" },
    );
  }
  await tenant.transaction(async (t) => {
    const updated = await t.db
      .update(appointment)
      .set({
        status: "no_show",
        depositForfeited: policy.noShowForfeitsDeposit,
        notes: input.notes
          ? `${current.notes}${current.notes ? "\n" : ""}${input.notes}`
          : current.notes,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(t.where(appointment, eq(appointment.id, id), eq(appointment.version, input.version)))
      .returning({ id: appointment.id });
    if (updated.length === 0) {
      throw conflict(
        "Someone else changed this appointment a moment ago. Reload it and try again.",
        {
          title: "Changed meanwhile",
        },
      );
    }
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "no_show",
      entity: "appointment",
      entityId: id,
      details: { depositForfeited: policy.noShowForfeitsDeposit },
    });
    await replanAppointmentMessages(t, id, now);
  });
  return readAppointment(tenant, id);
}
