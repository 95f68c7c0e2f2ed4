import { epochToLocal } from "../../../domain/time/zoned.ts";
import { buildIcs, type IcsEvent } from "./ics.ts";

/**
 * Calendar entries leave Stipple: they sit on phones, sync to shared calendars and show on lock
 * screens. So they never name the service or anything clinical; the client shows as a first name
 * and an initial in the practitioner's feed, and the client's own copy names only the clinic.
 */

export interface CalendarLocation {
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  phone: string;
  timeZone: string;
}

export interface CalendarAppointment {
  id: string;
  version: number;
  startsAt: Date;
  endsAt: Date;
  status: string;
  updatedAt: Date;
  client: { firstName: string; lastName: string };
  roomName: string | null;
  location: CalendarLocation;
}

export interface CalendarClinic {
  name: string;
  phone: string | null;
}

/** `<appointment id>@stipple`: the same event in every copy, so updates replace it. */
export const appointmentUid = (id: string) => `${id}@stipple`;

/** "12 High Street, Southampton SO14 1AA", or the location's name when it has no address. */
export function locationText(l: CalendarLocation): string {
  const town = [l.city, l.postcode].filter(Boolean).join(" ");
  const address = [l.addressLine1, l.addressLine2, town].filter(Boolean).join(", ");
  return address || l.name;
}

/** "Jane S." */
export function discreetName(client: { firstName: string; lastName: string }): string {
  const first = client.firstName.trim();
  const initial = [...client.lastName.trim()][0];
  return [first, initial ? `${initial.toUpperCase()}.` : ""].filter(Boolean).join(" ") || "Client";
}

export interface ClientIcsInput {
  appointment: Pick<
    CalendarAppointment,
    "id" | "version" | "startsAt" | "endsAt" | "status" | "location"
  > & { updatedAt?: Date };
  clinic: CalendarClinic;
  now: Date;
}

/**
 * The client's .ics for one appointment ("<Clinic> appointment" at the location's address, in its
 * zone). A cancelled appointment gives a cancelled event, so importing it again clears it.
 * Tenant-free, for download links and for email attachments.
 */
export function appointmentIcs({ appointment: a, clinic, now }: ClientIcsInput): string {
  const phone = a.location.phone || clinic.phone;
  const where = locationText(a.location);
  const description = [
    `Your appointment at ${clinic.name}.`,
    where === a.location.name ? where : `${a.location.name}, ${where}`,
    phone
      ? `To change or cancel, please call ${phone}.`
      : "To change or cancel, please contact the clinic.",
  ].join("\n");
  return buildIcs({
    name: `${clinic.name} appointment`,
    now,
    publish: true,
    events: [
      {
        uid: appointmentUid(a.id),
        sequence: a.version,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        timeZone: a.location.timeZone,
        summary: `${clinic.name} appointment`,
        location: where,
        description,
        lastModified: a.updatedAt,
        cancelled: a.status === "cancelled",
      },
    ],
  });
}

export interface FeedIcsInput {
  clinicName: string;
  appointments: CalendarAppointment[];
  /** Where the web app is, for a link back to the day in Stipple. */
  publicUrl: string;
  now: Date;
}

/** How often subscribed calendar apps are asked to fetch the feed again. */
const FEED_REFRESH_SECONDS = 60 * 60;

/** The practitioner's private feed: one discreet event per appointment. */
export function practitionerFeedIcs({ clinicName, appointments, publicUrl, now }: FeedIcsInput) {
  const events: IcsEvent[] = appointments.map((a) => {
    const day = epochToLocal(a.startsAt.getTime(), a.location.timeZone).date;
    const link = `${publicUrl}/appointments?date=${day}`;
    return {
      uid: appointmentUid(a.id),
      sequence: a.version,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      timeZone: a.location.timeZone,
      summary: `Appointment – ${discreetName(a.client)}`,
      location: locationText(a.location),
      description: [a.roomName ? `Room: ${a.roomName}` : "", `Open in Stipple: ${link}`]
        .filter(Boolean)
        .join("\n"),
      url: link,
      lastModified: a.updatedAt,
    };
  });
  return buildIcs({
    name: `${clinicName} (Stipple)`,
    now,
    refreshSeconds: FEED_REFRESH_SECONDS,
    events,
  });
}
