import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  addDays,
  eachDate,
  epochToLocal,
  formatLocalTime,
  isIsoDate,
  isValidTimeZone,
  parseLocalTime,
  wallClockToEpoch,
  weekdayOf,
  zonedDayBounds,
} from "./zoned.ts";

const HOUR = 3_600_000;
// Epoch ms of a UTC wall time, "2026-03-29T01:30".
const utc = (iso: string): number => Temporal.Instant.from(`${iso}:00Z`).epochMilliseconds;

describe("parseLocalTime / formatLocalTime", () => {
  it("parses HH:MM between 00:00 and 24:00", () => {
    expect(parseLocalTime("00:00")).toBe(0);
    expect(parseLocalTime("09:30")).toBe(570);
    expect(parseLocalTime("23:59")).toBe(1439);
    expect(parseLocalTime("24:00")).toBe(1440);
  });

  it.each(["9:30", "24:01", "25:00", "12:60", "", "12:00:00", " 12:00", "ab:cd"])(
    "rejects %j",
    (text) => {
      expect(() => parseLocalTime(text)).toThrow(RangeError);
    },
  );

  it("formats minutes back to HH:MM", () => {
    expect(formatLocalTime(0)).toBe("00:00");
    expect(formatLocalTime(570)).toBe("09:30");
    expect(formatLocalTime(1440)).toBe("24:00");
    expect(() => formatLocalTime(1441)).toThrow(RangeError);
    expect(() => formatLocalTime(1.5)).toThrow(RangeError);
  });

  it("property: format then parse round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (m) => {
        expect(parseLocalTime(formatLocalTime(m))).toBe(m);
      }),
    );
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and refuses fixed offsets and nonsense", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Australia/Sydney")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("+01:00")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("zonedDayBounds", () => {
  it("an ordinary London winter day is 24 h from midnight GMT", () => {
    expect(zonedDayBounds("2026-11-24", "Europe/London")).toEqual({
      start: utc("2026-11-24T00:00"),
      end: utc("2026-11-25T00:00"),
    });
  });

  it("spring forward: Europe/London 2026-03-29 is 23 h long", () => {
    const day = zonedDayBounds("2026-03-29", "Europe/London");
    expect(day.start).toBe(utc("2026-03-29T00:00")); // 00:00 GMT
    expect(day.end).toBe(utc("2026-03-29T23:00")); // 00:00 BST next day
    expect(day.end - day.start).toBe(23 * HOUR);
  });

  it("fall back: Europe/London 2026-10-25 is 25 h long", () => {
    const day = zonedDayBounds("2026-10-25", "Europe/London");
    expect(day.start).toBe(utc("2026-10-24T23:00")); // 00:00 BST
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  it("spring forward: America/New_York 2026-03-08 is 23 h long", () => {
    const day = zonedDayBounds("2026-03-08", "America/New_York");
    expect(day.start).toBe(utc("2026-03-08T05:00")); // 00:00 EST
    expect(day.end - day.start).toBe(23 * HOUR);
  });

  it("fall back: Australia/Sydney 2026-04-05 is 25 h long (southern hemisphere)", () => {
    const day = zonedDayBounds("2026-04-05", "Australia/Sydney");
    expect(day.start).toBe(utc("2026-04-04T13:00")); // 00:00 AEDT
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => zonedDayBounds("2026-02-30", "Europe/London")).toThrow(RangeError);
    expect(() => zonedDayBounds("29/03/2026", "Europe/London")).toThrow(RangeError);
    expect(() => zonedDayBounds("2026-03-29T10:00", "Europe/London")).toThrow(RangeError);
  });
});

describe("wallClockToEpoch", () => {
  it("uses GMT in winter and BST in summer", () => {
    expect(wallClockToEpoch("2026-01-15", 540, "Europe/London")).toBe(utc("2026-01-15T09:00"));
    expect(wallClockToEpoch("2026-07-15", 540, "Europe/London")).toBe(utc("2026-07-15T08:00"));
  });

  it("spring forward gap: London 01:30 on 2026-03-29 moves forward to 02:30 BST", () => {
    expect(wallClockToEpoch("2026-03-29", 90, "Europe/London")).toBe(utc("2026-03-29T01:30"));
    expect(epochToLocal(utc("2026-03-29T01:30"), "Europe/London").minutes).toBe(150);
  });

  it("ambiguous fall back: London 01:30 on 2026-10-25 takes the earlier (BST) instant", () => {
    expect(wallClockToEpoch("2026-10-25", 90, "Europe/London")).toBe(utc("2026-10-25T00:30"));
  });

  it("spring forward gap: New York 02:30 on 2026-03-08 moves forward to 03:30 EDT", () => {
    expect(wallClockToEpoch("2026-03-08", 150, "America/New_York")).toBe(utc("2026-03-08T07:30"));
  });

  it("24:00 is the next midnight", () => {
    expect(wallClockToEpoch("2026-03-29", 1440, "Europe/London")).toBe(
      zonedDayBounds("2026-03-29", "Europe/London").end,
    );
  });

  it("09:00–18:00 is 9 h of real time on both London clock-change days", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      const span =
        wallClockToEpoch(date, 18 * 60, "Europe/London") -
        wallClockToEpoch(date, 9 * 60, "Europe/London");
      expect(span).toBe(9 * HOUR);
    }
  });
});

describe("epochToLocal", () => {
  it("reads date, minutes and ISO weekday", () => {
    expect(epochToLocal(utc("2026-11-24T14:30"), "Europe/London")).toEqual({
      date: "2026-11-24",
      minutes: 870,
      weekday: 2,
    });
    expect(epochToLocal(utc("2026-11-29T23:30"), "Australia/Sydney")).toEqual({
      date: "2026-11-30",
      minutes: 630,
      weekday: 1,
    });
  });

  it("fall back: both 01:30s on 2026-10-25 read as 01:30 in London", () => {
    expect(epochToLocal(utc("2026-10-25T00:30"), "Europe/London").minutes).toBe(90);
    expect(epochToLocal(utc("2026-10-25T01:30"), "Europe/London").minutes).toBe(90);
  });

  it("property: round-trips through wallClockToEpoch away from clock changes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        const epoch = wallClockToEpoch("2026-06-10", minutes, "Europe/London");
        expect(epochToLocal(epoch, "Europe/London")).toEqual({
          date: "2026-06-10",
          minutes,
          weekday: 3,
        });
      }),
    );
  });
});

describe("calendar dates", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("lists dates inclusively", () => {
    expect(eachDate("2026-03-28", "2026-03-30")).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
    expect(eachDate("2026-03-28", "2026-03-28")).toEqual(["2026-03-28"]);
    expect(eachDate("2026-03-30", "2026-03-28")).toEqual([]);
  });

  it("knows weekdays and valid dates", () => {
    expect(weekdayOf("2026-11-24")).toBe(2);
    expect(weekdayOf("2026-11-29")).toBe(7);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });
});
