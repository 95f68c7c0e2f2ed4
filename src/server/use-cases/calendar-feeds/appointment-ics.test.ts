import { describe, expect, it } from "vitest";
import {
  appointmentIcs,
  type CalendarAppointment,
  discreetName,
  locationText,
  practitionerFeedIcs,
} from "./appointment-ics.ts";
import { readIcs } from "./ics-reader.ts";

const studio = {
  name: "Main studio",
  addressLine1: "12 High Street",
  addressLine2: "",
  city: "Southampton",
  postcode: "SO14 1AA",
  phone: "023 8000 0000",
  timeZone: "Europe/London",
};

const appointment = (id: string, startsAt: string, minutes = 45): CalendarAppointment => ({
  id,
  version: 3,
  startsAt: new Date(startsAt),
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000),
  status: "booked",
  updatedAt: new Date("2026-11-20T12:00:00Z"),
  client: { firstName: "Łukasz", lastName: "wójcik" },
  roomName: "Room 1",
  location: studio,
});

const now = new Date("2026-11-24T09:00:00Z");

describe("calendar entries", () => {
  it("name the client by first name and initial only", () => {
    expect(discreetName({ firstName: "Jane", lastName: "Smith" })).toBe("Jane S.");
    expect(discreetName({ firstName: "Łukasz", lastName: "wójcik" })).toBe("Łukasz W.");
    expect(discreetName({ firstName: "Cher", lastName: "" })).toBe("Cher");
    expect(discreetName({ firstName: " ", lastName: " " })).toBe("Client");
  });

  it("give the address, or the location's name when it has none", () => {
    expect(locationText(studio)).toBe("12 High Street, Southampton SO14 1AA");
    expect(
      locationText({ ...studio, addressLine1: "", city: "", postcode: "", name: "Annex" }),
    ).toBe("Annex");
  });

  // Fri 29 Oct 2027 is in British Summer Time, Mon 1 Nov 2027 in GMT: 10:00 local both days.
  it("keep 10:00 London across the October 2027 clock change", () => {
    const feed = practitionerFeedIcs({
      clinicName: "Alpha Clinic",
      publicUrl: "https://clinic.example",
      now,
      appointments: [
        appointment("a", "2027-10-29T09:00:00Z"),
        appointment("b", "2027-11-01T10:00:00Z"),
      ],
    });
    const { events, timezones } = readIcs(feed);
    expect(timezones[0]?.observances).toEqual(expect.arrayContaining(["STANDARD", "DAYLIGHT"]));
    expect(events.map((e) => [e.localStart, e.startUtc])).toEqual([
      ["2027-10-29 10:00", "2027-10-29T09:00:00.000Z"],
      ["2027-11-01 10:00", "2027-11-01T10:00:00.000Z"],
    ]);
    expect(events[0]).toMatchObject({
      uid: "a@stipple",
      sequence: 3,
      summary: "Appointment – Łukasz W.",
      description:
        "Room: Room 1\nOpen in Stipple: https://clinic.example/appointments?date=2027-10-29",
    });
  });

  it("give the client the clinic's name, address and phone, and nothing else", () => {
    const ics = appointmentIcs({
      appointment: appointment("c", "2027-10-29T09:00:00Z"),
      clinic: { name: "Alpha Clinic", phone: null },
      now,
    });
    const [event] = readIcs(ics).events;
    expect(event).toMatchObject({
      summary: "Alpha Clinic appointment",
      location: "12 High Street, Southampton SO14 1AA",
      localStart: "2027-10-29 10:00",
      localEnd: "2027-10-29 10:45",
    });
    expect(event?.description).toBe(
      "Your appointment at Alpha Clinic.\nMain studio, 12 High Street, Southampton SO14 1AA\nTo change or cancel, please call 023 8000 0000.",
    );
    expect(ics).not.toContain("Łukasz");
  });
});
