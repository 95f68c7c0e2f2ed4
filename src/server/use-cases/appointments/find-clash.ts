import { and, eq, ne, or, sql } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import { appointment } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict } from "../../http/problem.ts";
import { readAppointments } from "./appointment-read.ts";

export interface ClashQuery {
  practitionerId: string;
  roomId: string | null;
  busyFrom: Date;
  busyTo: Date;
  excludeId?: string;
  zone: string;
}

/** Builds the 409 that names the appointment a booking ran into (practitioner first, then room). */
export async function clashError(tenant: Tenant, q: ClashQuery) {
  const overlapping = and(
    ne(appointment.status, "cancelled"),
    sql`tstzrange(${appointment.busyFrom}, ${appointment.busyTo}, '[)') && tstzrange(${q.busyFrom.toISOString()}::timestamptz, ${q.busyTo.toISOString()}::timestamptz, '[)')`,
    q.excludeId ? ne(appointment.id, q.excludeId) : undefined,
    or(
      eq(appointment.practitionerId, q.practitionerId),
      q.roomId ? eq(appointment.roomId, q.roomId) : undefined,
    ),
  );
  const [clash] = await readAppointments(tenant, overlapping);
  if (!clash) {
    return conflict(
      "That time was just taken by another booking. Refresh and choose another time.",
    );
  }
  const fmt = createFormatter({ timeZone: q.zone });
  const when = `${fmt.weekdayDate(Date.parse(clash.startsAt))}, ${fmt.timeRange(Date.parse(clash.startsAt), Date.parse(clash.endsAt))}`;
  const buffers =
    clash.busyFrom !== clash.startsAt || clash.busyTo !== clash.endsAt
      ? `, with preparation and clean-up ${fmt.timeRange(Date.parse(clash.busyFrom), Date.parse(clash.busyTo))}`
      : "";
  const byPractitioner = clash.practitioner.id === q.practitionerId;
  const resourceName = byPractitioner ? clash.practitioner.name : (clash.room?.name ?? "The room");
  const detail = `${resourceName} is already booked ${when} (${clash.service.name} with ${clash.client.name}${buffers}).`;
  return conflict(detail, {
    title: "Time already booked",
    clash: {
      appointmentId: clash.id,
      resource: byPractitioner ? "practitioner" : "room",
      resourceName,
      startsAt: clash.busyFrom,
      endsAt: clash.busyTo,
    },
  });
}

/** True for the errors Postgres raises when an EXCLUDE constraint (or a deadlock between two such inserts) stops a booking. */
export function isSlotTaken(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code;
  return code === "23P01" || code === "40P01";
}
