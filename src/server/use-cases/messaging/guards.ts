import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { appointment, service } from "../../db/schema/index.ts";

/** What a guard needs to know about the message it protects. */
export interface GuardedMessage {
  orgId: string | null;
  clientId: string | null;
  appointmentId: string | null;
  guard: string | null;
}

type Guard = (db: Executor, message: GuardedMessage, now: Date) => Promise<string | null>;

/** Long-term recalls: pointless once the client has booked again. */
const noFutureAppointment: Guard = async (db, message, now) => {
  if (!message.orgId || !message.clientId) return null;
  const [found] = await db
    .select({ id: appointment.id })
    .from(appointment)
    .where(
      and(
        eq(appointment.orgId, message.orgId),
        eq(appointment.clientId, message.clientId),
        eq(appointment.status, "booked"),
        gt(appointment.startsAt, now),
      ),
    )
    .limit(1);
  return found ? "The client already has an upcoming appointment booked." : null;
};

/** Touch-up prompts: pointless once a touch-up after the treatment is booked or done. */
const noTouchUpBooked: Guard = async (db, message) => {
  if (!message.orgId || !message.clientId || !message.appointmentId) return null;
  const [found] = await db
    .select({ id: appointment.id })
    .from(appointment)
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .where(
      and(
        eq(appointment.orgId, message.orgId),
        eq(appointment.clientId, message.clientId),
        eq(service.kind, "touch_up"),
        inArray(appointment.status, ["booked", "completed"]),
        gt(
          appointment.startsAt,
          sql`(select a.starts_at from ${appointment} a where a.id = ${message.appointmentId} and a.org_id = ${message.orgId})`,
        ),
      ),
    )
    .limit(1);
  return found ? "The client has already booked a touch-up after this treatment." : null;
};

const guards: Record<string, Guard> = {
  "no-future-appointment": noFutureAppointment,
  "no-touch-up-booked": noTouchUpBooked,
};

export const guardNames = Object.keys(guards);

/**
 * Checks the message's guard just before it is sent. Returns why it should be cancelled (a plain
 * sentence staff read on the client's timeline), or null to send it. An unknown guard cancels:
 * sending something whose condition cannot be checked is worse than not sending it.
 */
export async function evaluateGuard(
  db: Executor,
  message: GuardedMessage,
  now: Date,
): Promise<string | null> {
  if (!message.guard) return null;
  const guard = guards[message.guard];
  if (!guard) return `Stipple does not know the send condition "${message.guard}".`;
  return guard(db, message, now);
}
