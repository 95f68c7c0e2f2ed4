import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics.ts";
import { readIcs } from "./ics-reader.ts";
import { vtimezone } from "./vtimezone.ts";

const zones = [
  "Europe/London",
  "Europe/Dublin",
  "America/New_York",
  "America/Phoenix",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "UTC",
];

const year = (y: number) => Date.UTC(y, 0, 1);

describe("vtimezone", () => {
  it("writes London's 2027 changes with the offsets before and after each", () => {
    const text = vtimezone("Europe/London", 2027, 2027) ?? "";
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/London",
      "X-LIC-LOCATION:Europe/London",
      // In force on 1 January: the change of 25 October 2026.
      "BEGIN:STANDARD",
      "DTSTART:20261025T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0000",
      "TZNAME:GMT",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:20270328T010000",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0100",
      "TZNAME:BST",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20271031T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0000",
      "TZNAME:GMT",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("gives a zone without changes one standard observance, and refuses unknown zones", () => {
    expect(vtimezone("UTC", 2027, 2028)).toContain("BEGIN:STANDARD\r\nDTSTART:19700101T000000");
    expect(vtimezone("Mars/Olympus_Mons", 2027, 2027)).toBeNull();
  });

  it("lets ical.js place any instant at the same wall-clock time as Temporal, in every zone", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: year(2026), max: year(2029) - 1 }),
        (zone, ms) => {
          const at = new Date(Math.floor(ms / 60_000) * 60_000);
          const ics = buildIcs({
            name: "check",
            now: at,
            events: [
              {
                uid: "x@stipple",
                sequence: 1,
                startsAt: at,
                endsAt: new Date(at.getTime() + 30 * 60_000),
                timeZone: zone,
                summary: "Appointment",
                location: "",
                description: "",
              },
            ],
          });
          const [event] = readIcs(ics).events;
          const wall = Temporal.Instant.fromEpochMilliseconds(at.getTime())
            .toZonedDateTimeISO(zone)
            .toPlainDateTime();
          const expected = `${wall.toPlainDate().toString()} ${wall.toPlainTime().toString().slice(0, 5)}`;
          expect(event?.localStart).toBe(expected);
          expect(event?.startUtc).toBe(at.toISOString());
        },
      ),
      { numRuns: 300 },
    );
  });
});
