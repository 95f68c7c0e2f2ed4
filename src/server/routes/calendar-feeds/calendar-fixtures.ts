import { eq } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { expect } from "vitest";
import { location } from "../../db/schema/index.ts";
import { TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

/** Shared set-up for the calendar tests: a clinic with an address, a practitioner and a client. */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The next clock change in London at least three days away, with the Friday before and the Monday
 * after it. It is within a few months, so always inside the feed's year ahead, and never past.
 */
export function nextLondonClockChange(now: Date) {
  const from = Temporal.Instant.fromEpochMilliseconds(
    now.getTime() + 3 * DAY_MS,
  ).toZonedDateTimeISO("Europe/London");
  const change = from.getTimeZoneTransition("next");
  if (!change) throw new Error("London has no next clock change");
  const sunday = change.toPlainDate();
  const friday = sunday.subtract({ days: 2 }).toString();
  const monday = sunday.add({ days: 1 }).toString();
  // Literal expectations: 10:00 on the Friday and Monday either side, as UTC.
  const expected =
    sunday.month === 10
      ? { friday: `${friday}T09:00:00.000Z`, monday: `${monday}T10:00:00.000Z` } // BST → GMT
      : { friday: `${friday}T10:00:00.000Z`, monday: `${monday}T09:00:00.000Z` }; // GMT → BST
  return { friday, monday, expected, month: sunday.month };
}

/** A wall-clock time on a London date, as the booking API wants it (an instant). */
export function londonAt(date: string, time = "10:00"): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime("Europe/London")
    .toInstant()
    .toString();
}

export async function setUpClinic(t: TestApp, name: string, clientName: [string, string]) {
  const clinic = await t.addClinic(name);
  await t.db
    .update(location)
    .set({ addressLine1: "12 High Street", city: "Southampton", postcode: "SO14 1AA" })
    .where(eq(location.id, clinic.locationId));
  const reception = await t.addStaff(clinic.orgId, "receptionist");
  const practitioner = await t.addStaff(clinic.orgId, "practitioner", `${name} Practitioner`);
  const res = await t.request("POST", "/api/clients", {
    cookie: reception.cookie,
    body: { firstName: clientName[0], lastName: clientName[1] },
  });
  expect(res.status).toBe(201);
  const clientId = (await res.json()).id as string;
  const service = (serviceName: string) => {
    const found = clinic.services.find((s) => s.name === serviceName);
    if (!found) throw new Error(`no service ${serviceName}`);
    return found.id;
  };

  interface BookOptions {
    service?: string;
    /** Index into the clinic's rooms; null for a service without a room. */
    room?: number | null;
    time?: string;
  }
  async function book(date: string, options: BookOptions = {}) {
    const { service: serviceName = "Consultation", room: roomIndex = 0, time = "10:00" } = options;
    const booked = await t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId,
        serviceId: service(serviceName),
        locationId: clinic.locationId,
        practitionerId: practitioner.memberId,
        roomId: roomIndex === null ? null : clinic.rooms[roomIndex]?.id,
        startsAt: londonAt(date, time),
      },
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    return (await booked.json()) as { id: string; version: number; startsAt: string };
  }

  return { ...clinic, reception, practitioner, clientId, book };
}

/** The path of an absolute URL the server handed out, to request it through the test app. */
export function pathOf(url: string): string {
  expect(url.startsWith(TEST_ORIGIN)).toBe(true);
  return url.slice(TEST_ORIGIN.length);
}

/** Words that must never reach a calendar entry (services, treatment, anything clinical). */
export const indiscreet = /consultation|treatment|session|smp|scalp|micropigment|hair|pigment/i;
