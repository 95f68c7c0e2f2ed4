import { and, eq, gt, inArray, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { appointment, outboxMessage } from "../../db/schema/index.ts";
import { createTenant, type Tenant } from "../../db/tenant.ts";
import { replanAppointmentMessages } from "./replan.ts";

/**
 * Re-plans every appointment of a clinic that still has messages ahead of it (booked and in the
 * future, or with a scheduled message, such as aftercare after a past session), so that new
 * schedules and wording reach messages already planned. One transaction per appointment: one
 * that fails (deleted meanwhile) does not hold up the rest. Returns how many were re-planned.
 */
export async function replanClinicMessages(
  db: Database,
  orgId: string,
  now: Date,
): Promise<number> {
  const pending = db
    .select({ id: outboxMessage.appointmentId })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.orgId, orgId), eq(outboxMessage.status, "scheduled")));
  const rows = await db
    .select({ id: appointment.id })
    .from(appointment)
    .where(
      and(
        eq(appointment.orgId, orgId),
        or(
          and(eq(appointment.status, "booked"), gt(appointment.startsAt, now)),
          inArray(appointment.id, pending),
        ),
      ),
    );
  let done = 0;
  for (const { id } of rows) {
    await db.transaction((tx) => replanAppointmentMessages(createTenant(tx, orgId), id, now));
    done += 1;
  }
  return done;
}

/**
 * Re-plans a client's messages in the caller's transaction, after their contact details or name
 * changed: reminders still to come go to the new address and greet them by the new name.
 */
export async function replanClientMessages(
  tenant: Tenant,
  clientId: string,
  now: Date,
): Promise<void> {
  const rows = await appointmentsWithMessagesAhead(tenant, now, clientId);
  for (const { id } of rows) await replanAppointmentMessages(tenant, id, now);
}

/** Booked and still to come, or with a scheduled message (aftercare after a past session). */
function appointmentsWithMessagesAhead(tenant: Tenant, now: Date, clientId?: string) {
  const pending = tenant.db
    .select({ id: outboxMessage.appointmentId })
    .from(outboxMessage)
    .where(tenant.where(outboxMessage, eq(outboxMessage.status, "scheduled")));
  return tenant.db
    .select({ id: appointment.id })
    .from(appointment)
    .where(
      tenant.where(
        appointment,
        clientId === undefined ? undefined : eq(appointment.clientId, clientId),
        or(
          and(eq(appointment.status, "booked"), gt(appointment.startsAt, now)),
          inArray(appointment.id, pending),
        ),
      ),
    )
    .orderBy(appointment.startsAt);
}
