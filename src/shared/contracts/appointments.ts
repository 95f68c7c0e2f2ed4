import { z } from "zod";
import { entityId, isoDate, isoInstant, shortText, uuid } from "./common.ts";

export const appointmentStatus = z.enum(["booked", "completed", "cancelled", "no_show"]);

export const bookAppointmentInput = z.object({
  clientId: uuid,
  serviceId: uuid,
  locationId: uuid,
  practitionerId: entityId,
  roomId: uuid.nullable().optional(),
  startsAt: isoInstant,
  notes: shortText(2000).optional(),
});
export type BookAppointmentInput = z.infer<typeof bookAppointmentInput>;

export const moveAppointmentInput = z.object({
  startsAt: isoInstant.optional(),
  practitionerId: entityId.optional(),
  roomId: uuid.nullable().optional(),
  /** The version the person was looking at; a newer one means someone else changed it. */
  version: z.number().int().min(1),
  /** The client asked for the move: the reschedule notice and limit apply and it counts. */
  clientRequest: z.boolean().optional(),
});
export type MoveAppointmentInput = z.infer<typeof moveAppointmentInput>;

export const cancelAppointmentInput = z.object({
  reason: shortText(500).optional(),
  /** Keep no deposit even when the cancellation is late (the clinic's discretion). */
  waiveDeposit: z.boolean().optional(),
});

export const appointment = z.object({
  id: uuid,
  startsAt: z.string(),
  endsAt: z.string(),
  busyFrom: z.string(),
  busyTo: z.string(),
  status: appointmentStatus,
  notes: z.string(),
  cancelReason: z.string(),
  version: z.number().int(),
  /** The course of sessions this appointment belongs to, booked from an accepted plan. */
  course: z.object({ id: uuid, session: z.number().int() }).nullable(),
  rescheduleCount: z.number().int(),
  depositForfeited: z.boolean(),
  client: z.object({ id: uuid, name: z.string() }),
  service: z.object({ id: uuid, name: z.string(), kind: z.string(), colour: z.string() }),
  practitioner: z.object({ id: z.string(), name: z.string() }),
  room: z.object({ id: uuid, name: z.string() }).nullable(),
  location: z.object({ id: uuid, name: z.string(), timeZone: z.string() }),
});
export type Appointment = z.infer<typeof appointment>;

export const appointmentList = z.object({ items: z.array(appointment) });
export const clientAppointmentsQuery = z.object({ clientId: uuid });

export const dayQuery = z.object({ date: isoDate, locationId: uuid.optional() });
export const dayView = z.object({
  date: z.string(),
  location: z.object({ id: uuid, name: z.string(), timeZone: z.string() }),
  locations: z.array(z.object({ id: uuid, name: z.string() })),
  /** Opening hours that day in the location's zone; `closed` with a reason for closures. */
  hours: z.object({
    closed: z.boolean(),
    reason: z.string().optional(),
    intervals: z.array(
      z.object({ opens: z.string(), closes: z.string(), start: z.string(), end: z.string() }),
    ),
  }),
  practitioners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      colour: z.string(),
      working: z.array(z.object({ start: z.string(), end: z.string() })),
    }),
  ),
  rooms: z.array(z.object({ id: uuid, name: z.string() })),
  services: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      kind: z.string(),
      durationMin: z.number(),
      needsRoom: z.boolean(),
      colour: z.string(),
    }),
  ),
  appointments: z.array(appointment),
});
export type DayView = z.infer<typeof dayView>;

/** Extra fields on a 409 when a booking clashes with an existing appointment. */
export const clashProblem = z.object({
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  clash: z
    .object({
      appointmentId: uuid,
      resource: z.enum(["practitioner", "room"]),
      resourceName: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
    })
    .optional(),
});
