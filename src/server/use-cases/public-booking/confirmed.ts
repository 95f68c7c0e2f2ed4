import { eq } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import type { PublicBookingConfirmed } from "../../../shared/contracts/public-booking.ts";
import {
  appointment,
  bookingRequest,
  location,
  member,
  service,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { addressLine, MODE_LABELS } from "./clinic.ts";
import type { CodeMail } from "./code.ts";

/** The booked consultation as the widget shows it after confirming. */
export async function presentConfirmed(
  tenant: Tenant,
  requestId: string,
  appointmentId: string,
  prepUrl: string,
): Promise<PublicBookingConfirmed> {
  const [r] = await tenant.db
    .select({
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      mode: bookingRequest.mode,
      serviceName: service.name,
      location,
      practitionerName: user.name,
    })
    .from(appointment)
    .innerJoin(bookingRequest, eq(bookingRequest.appointmentId, appointment.id))
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(member, eq(member.id, appointment.practitionerId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(tenant.where(appointment, eq(appointment.id, appointmentId)));
  if (!r) throw new Error("confirmed appointment not found");
  const fmt = createFormatter({ timeZone: r.location.timeZone });
  const start = r.startsAt.getTime();
  return {
    requestId,
    appointment: {
      id: appointmentId,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      whenText: `${fmt.weekdayDate(start)} at ${fmt.time(start)}`,
      timeZone: r.location.timeZone,
      serviceName: r.serviceName,
      mode: r.mode,
      modeLabel: MODE_LABELS[r.mode],
      locationName: r.location.name,
      locationAddress: addressLine(r.location),
      practitionerName: r.practitionerName,
    },
    prepUrl,
  };
}

/**
 * The booking confirmation itself is planned like any booking's (Settings → Messages); the prep
 * link goes in this short separate email, as the message templates have no place for it.
 */
export async function sendPrepLink(
  tenant: Tenant,
  to: string,
  view: PublicBookingConfirmed,
  expiresAt: Date,
  mail: CodeMail,
) {
  const fmt = createFormatter({ timeZone: view.appointment.timeZone });
  await mail.mailer.send({
    orgId: tenant.orgId,
    to,
    subject: `Before your appointment at ${mail.clinicName}`,
    text: [
      `Thank you for booking with ${mail.clinicName}: ${view.appointment.whenText}.`,
      "",
      "To help us prepare, please answer a few questions and add a few photos before your appointment, on this private link:",
      view.prepUrl,
      "",
      `The link works until ${fmt.date(expiresAt.getTime())}. Please do not share it.`,
    ].join("\n"),
  });
}
