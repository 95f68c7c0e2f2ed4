import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { totalLength } from "../time/interval.ts";
import {
  type DayHours,
  hoursForDate,
  openIntervals,
  validateSpecialDays,
  validateWeeklyHours,
  type Weekday,
  type WeeklySchedule,
} from "./opening-hours.ts";

const HOUR = 3_600_000;
// Epoch ms of a UTC wall time, "2026-03-29T01:30".
const utc = (iso: string): number => Temporal.Instant.from(`${iso}:00Z`).epochMilliseconds;

const weekdays = (opens: string, closes: string, days: Weekday[] = [1, 2, 3, 4, 5, 6, 7]) =>
  days.map((weekday): DayHours => ({ weekday, opens, closes }));

// Southampton: 09:00–18:00 Monday to Saturday, lunch split on Wednesday, closed on Sunday.
const southampton: WeeklySchedule = {
  weekly: [
    ...weekdays("09:00", "18:00", [1, 2, 4, 5, 6]),
    { weekday: 3, opens: "13:00", closes: "20:00" },
    { weekday: 3, opens: "09:00", closes: "12:00" },
  ],
  special: [
    { date: "2026-12-25", closed: true, hours: [], reason: "Christmas Day" },
    { date: "2026-12-24", closed: false, hours: [{ opens: "09:00", closes: "13:00" }] },
    { date: "2026-11-29", closed: false, hours: [{ opens: "10:00", closes: "14:00" }] },
  ],
};

describe("validateWeeklyHours", () => {
  it("accepts sensible hours, including ranges that touch and 24:00", () => {
    expect(validateWeeklyHours(southampton.weekly)).toEqual([]);
    expect(
      validateWeeklyHours([
        { weekday: 1, opens: "09:00", closes: "12:00" },
        { weekday: 1, opens: "12:00", closes: "24:00" },
      ]),
    ).toEqual([]);
  });

  it("explains a closing time that is not after the opening time", () => {
    expect(validateWeeklyHours([{ weekday: 2, opens: "17:00", closes: "09:00" }])).toEqual([
      "Tuesday: closing time 09:00 must be after opening time 17:00",
    ]);
    expect(validateWeeklyHours([{ weekday: 5, opens: "09:00", closes: "09:00" }])).toEqual([
      "Friday: closing time 09:00 must be after opening time 09:00",
    ]);
  });

  it("explains overlapping ranges on the same day", () => {
    expect(
      validateWeeklyHours([
        { weekday: 1, opens: "11:00", closes: "14:00" },
        { weekday: 1, opens: "09:00", closes: "12:00" },
        { weekday: 2, opens: "11:00", closes: "14:00" },
      ]),
    ).toEqual(["Monday: 09:00–12:00 overlaps 11:00–14:00"]);
  });

  it("explains malformed times and weekdays", () => {
    expect(
      validateWeeklyHours([
        { weekday: 7, opens: "9am", closes: "25:00" },
        { weekday: 8 as Weekday, opens: "09:00", closes: "17:00" },
      ]),
    ).toEqual([
      'Sunday: opening time "9am" is not a time (use HH:MM)',
      'Sunday: closing time "25:00" is not a time (use HH:MM)',
      "8 is not a day of the week: use 1 (Monday) to 7 (Sunday)",
    ]);
  });
});

describe("validateSpecialDays", () => {
  it("accepts valid special days", () => {
    expect(validateSpecialDays(southampton.special)).toEqual([]);
  });

  it("reports bad dates, duplicates and bad hours with dd/mm/yyyy dates", () => {
    expect(
      validateSpecialDays([
        { date: "2026-02-30", closed: true, hours: [] },
        { date: "2026-12-24", closed: false, hours: [{ opens: "13:00", closes: "09:00" }] },
        { date: "2026-12-24", closed: true, hours: [] },
      ]),
    ).toEqual([
      '"2026-02-30" is not a date: use YYYY-MM-DD',
      "24/12/2026: closing time 09:00 must be after opening time 13:00",
      "24/12/2026 is listed more than once as a special day",
    ]);
  });
});

describe("hoursForDate", () => {
  it("gives the weekday's usual hours sorted by opening time", () => {
    expect(hoursForDate(southampton, "2026-11-25")).toEqual({
      closed: false,
      hours: [
        { opens: "09:00", closes: "12:00" },
        { opens: "13:00", closes: "20:00" },
      ],
    });
  });

  it("shows a weekday without hours as closed", () => {
    expect(hoursForDate(southampton, "2026-11-22")).toEqual({ closed: true, hours: [] });
  });

  it("lets a special day close the clinic, with its reason", () => {
    const christmas = hoursForDate(southampton, "2026-12-25");
    expect(christmas.closed).toBe(true);
    expect(christmas.hours).toEqual([]);
    expect(christmas.special?.reason).toBe("Christmas Day");
  });

  it("lets a special day replace the usual hours, even on a usually closed Sunday", () => {
    expect(hoursForDate(southampton, "2026-12-24").hours).toEqual([
      { opens: "09:00", closes: "13:00" },
    ]);
    expect(hoursForDate(southampton, "2026-11-29")).toMatchObject({
      closed: false,
      hours: [{ opens: "10:00", closes: "14:00" }],
    });
  });

  it("treats an open special day with no hours as closed", () => {
    const schedule = {
      weekly: weekdays("09:00", "17:00"),
      special: [{ date: "2026-05-04", closed: false, hours: [] }],
    };
    expect(hoursForDate(schedule, "2026-05-04").closed).toBe(true);
  });
});

describe("openIntervals", () => {
  it("returns sorted epoch intervals in the zone (GMT in November)", () => {
    expect(openIntervals(southampton, "Europe/London", "2026-11-24", "2026-11-25")).toEqual([
      { start: utc("2026-11-24T09:00"), end: utc("2026-11-24T18:00") },
      { start: utc("2026-11-25T09:00"), end: utc("2026-11-25T12:00") },
      { start: utc("2026-11-25T13:00"), end: utc("2026-11-25T20:00") },
    ]);
  });

  it("applies special days: closed on Christmas, short on Christmas Eve", () => {
    expect(openIntervals(southampton, "Europe/London", "2026-12-24", "2026-12-25")).toEqual([
      { start: utc("2026-12-24T09:00"), end: utc("2026-12-24T13:00") },
    ]);
  });

  it("spring forward 2026-03-29: 09:00–18:00 BST is still 9 h", () => {
    const schedule = { weekly: weekdays("09:00", "18:00"), special: [] };
    const [sunday] = openIntervals(schedule, "Europe/London", "2026-03-29", "2026-03-29");
    expect(sunday).toEqual({ start: utc("2026-03-29T08:00"), end: utc("2026-03-29T17:00") });
  });

  it("fall back 2026-10-25: 09:00–18:00 GMT is still 9 h", () => {
    const schedule = { weekly: weekdays("09:00", "18:00"), special: [] };
    const days = openIntervals(schedule, "Europe/London", "2026-10-24", "2026-10-25");
    expect(days).toEqual([
      { start: utc("2026-10-24T08:00"), end: utc("2026-10-24T17:00") }, // BST
      { start: utc("2026-10-25T09:00"), end: utc("2026-10-25T18:00") }, // GMT
    ]);
  });

  it("spring forward in Australia/Sydney 2026-10-04: 09:00–17:00 AEDT is 8 h", () => {
    const schedule = { weekly: weekdays("09:00", "17:00"), special: [] };
    const [sunday] = openIntervals(schedule, "Australia/Sydney", "2026-10-04", "2026-10-04");
    expect(sunday).toEqual({ start: utc("2026-10-03T22:00"), end: utc("2026-10-04T06:00") });
  });

  it("a 00:00–24:00 day is 23 h on the London spring-forward day and 25 h on fall-back", () => {
    const allDay = { weekly: weekdays("00:00", "24:00"), special: [] };
    const spring = openIntervals(allDay, "Europe/London", "2026-03-29", "2026-03-29");
    const autumn = openIntervals(allDay, "Europe/London", "2026-10-25", "2026-10-25");
    expect(totalLength(spring)).toBe(23 * HOUR);
    expect(totalLength(autumn)).toBe(25 * HOUR);
  });

  it("merges hours that touch, including across midnight", () => {
    const allDay = { weekly: weekdays("00:00", "24:00"), special: [] };
    expect(openIntervals(allDay, "Europe/London", "2026-03-28", "2026-03-30")).toEqual([
      { start: utc("2026-03-28T00:00"), end: utc("2026-03-30T23:00") },
    ]);
  });

  it("is empty for an empty date range", () => {
    expect(openIntervals(southampton, "Europe/London", "2026-11-25", "2026-11-24")).toEqual([]);
  });

  it("property: every open day in New York lasts its wall-clock length, DST or not", () => {
    const schedule = { weekly: weekdays("08:30", "19:15"), special: [] };
    const dates = fc
      .integer({ min: 0, max: 730 })
      .map((n) => Temporal.PlainDate.from("2026-01-01").add({ days: n }).toString());
    fc.assert(
      fc.property(dates, (date) => {
        const open = openIntervals(schedule, "America/New_York", date, date);
        expect(totalLength(open)).toBe(10.75 * HOUR);
      }),
    );
  });
});
