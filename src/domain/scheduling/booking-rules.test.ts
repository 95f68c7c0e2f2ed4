import { describe, expect, it } from "vitest";
import { check, LONDON, local, southampton, utc, weekdays } from "./booking-rules.fixtures.ts";
import { checkAppointmentTime } from "./booking-rules.ts";

describe("checkAppointmentTime — location hours", () => {
  it("accepts an appointment inside opening hours, including one ending at closing time", () => {
    expect(check(local("2026-11-28", "09:00", "18:00"))).toEqual({ ok: true });
    expect(check(local("2026-11-24", "14:00", "17:30"))).toEqual({ ok: true });
  });

  it("refuses one running past closing time and names the day's hours", () => {
    expect(check(local("2026-11-28", "15:00", "18:30"))).toEqual({
      ok: false,
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–18:00 on Saturday 28/11/2026; this appointment runs until 18:30.",
    });
  });

  it("refuses one starting before opening time", () => {
    expect(check(local("2026-11-24", "08:30", "11:00"))).toMatchObject({
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–18:00 on Tuesday 24/11/2026; this appointment starts at 08:30.",
    });
  });

  it("says the location is closed on a weekday without hours", () => {
    expect(check(local("2026-11-29", "10:00", "12:00"))).toEqual({
      ok: false,
      code: "location-closed",
      message: "Southampton is closed on Sunday 29/11/2026.",
    });
  });

  it("says the clinic is closed on a special day, with its reason", () => {
    const result = checkAppointmentTime({
      busy: local("2026-12-25", "10:00", "12:00"),
      zone: LONDON,
      location: southampton,
    });
    expect(result).toEqual({
      ok: false,
      code: "location-closed",
      message: "The clinic is closed on Friday 25/12/2026 (Christmas Day).",
    });
  });

  it("uses a special day's split hours and refuses an appointment across the gap", () => {
    expect(check(local("2026-12-24", "09:30", "11:30"))).toEqual({ ok: true });
    expect(check(local("2026-12-24", "11:00", "13:30"))).toMatchObject({
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–12:00 and 13:00–15:00 on Thursday 24/12/2026; this appointment runs until 13:30.",
    });
    expect(check(local("2026-12-24", "12:15", "14:00"))).toMatchObject({
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–12:00 and 13:00–15:00 on Thursday 24/12/2026; this appointment starts at 12:15.",
    });
  });

  it("spring forward 2026-03-29: 09:00–18:00 BST is 08:00–17:00 UTC", () => {
    expect(check({ start: utc("2026-03-29T08:00"), end: utc("2026-03-29T17:00") })).toEqual({
      ok: true,
    });
    // 08:30 UTC–17:30 UTC is 09:30–18:30 BST.
    expect(check({ start: utc("2026-03-29T08:30"), end: utc("2026-03-29T17:30") })).toMatchObject({
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–18:00 on Sunday 29/03/2026; this appointment runs until 18:30.",
    });
  });

  it("fall back 2026-10-25: 09:00–18:00 GMT is 09:00–18:00 UTC", () => {
    expect(check({ start: utc("2026-10-25T09:00"), end: utc("2026-10-25T18:00") })).toEqual({
      ok: true,
    });
    // 08:00 UTC is 08:00 GMT, an hour before opening (it would have been 09:00 BST the day before).
    expect(check({ start: utc("2026-10-25T08:00"), end: utc("2026-10-25T10:00") })).toMatchObject({
      code: "outside-opening-hours",
      message:
        "Southampton is open 09:00–18:00 on Sunday 25/10/2026; this appointment starts at 08:00.",
    });
  });

  it("a 24-hour clinic can take an appointment across midnight, even on a clock-change night", () => {
    const allDay = { weekly: weekdays("00:00", "24:00", [1, 2, 3, 4, 5, 6, 7]), special: [] };
    const overnight = { start: utc("2026-03-28T22:00"), end: utc("2026-03-29T04:00") };
    expect(check(overnight, { location: allDay })).toEqual({ ok: true });
  });

  it("shows an appointment ending the next day with its date", () => {
    const lateNight = { weekly: weekdays("18:00", "23:00", [6]), special: [] };
    expect(check(local("2026-11-28", "22:00", "23:30"), { location: lateNight })).toMatchObject({
      code: "outside-opening-hours",
    });
    expect(
      check(
        { start: local("2026-11-28", "22:00", "23:00").start, end: utc("2026-11-29T00:30") },
        {
          location: lateNight,
        },
      ),
    ).toMatchObject({
      message:
        "Southampton is open 18:00–23:00 on Saturday 28/11/2026; this appointment runs until 29/11/2026, 00:30.",
    });
  });

  it("Australia/Sydney spring forward 2026-10-04: 09:00–17:00 AEDT", () => {
    const sydney = { weekly: weekdays("09:00", "17:00", [7]), special: [] };
    const input = {
      zone: "Australia/Sydney",
      location: sydney,
      locationName: "Sydney",
      locale: "en-AU",
    };
    // 09:00–17:00 AEDT is 22:00–06:00 UTC.
    expect(check({ start: utc("2026-10-03T22:00"), end: utc("2026-10-04T06:00") }, input)).toEqual({
      ok: true,
    });
    expect(check({ start: utc("2026-10-04T05:00"), end: utc("2026-10-04T06:30") }, input)).toEqual({
      ok: false,
      code: "outside-opening-hours",
      message:
        "Sydney is open 9:00 am – 5:00 pm on Sunday 04/10/2026; this appointment runs until 5:30 pm.",
    });
  });
});
