import { describe, expect, it } from "vitest";
import { alex, check, local, utc, weekdays } from "./booking-rules.fixtures.ts";

describe("checkAppointmentTime — practitioner", () => {
  it("accepts inside both the location's and the practitioner's hours", () => {
    expect(check(local("2026-11-24", "10:00", "16:00"), { practitioner: alex })).toEqual({
      ok: true,
    });
  });

  it("refuses outside the practitioner's working hours", () => {
    expect(check(local("2026-11-24", "14:00", "17:00"), { practitioner: alex })).toEqual({
      ok: false,
      code: "outside-working-hours",
      message:
        "Alex Morgan works 10:00–16:00 on Tuesday 24/11/2026; this appointment runs until 17:00.",
    });
  });

  it("refuses on a day the practitioner does not work", () => {
    expect(check(local("2026-11-23", "10:00", "12:00"), { practitioner: alex })).toMatchObject({
      code: "outside-working-hours",
      message: "Alex Morgan is not working on Monday 23/11/2026.",
    });
    expect(check(local("2026-11-27", "10:00", "12:00"), { practitioner: alex })).toMatchObject({
      code: "outside-working-hours",
      message: "Alex Morgan is not working on Friday 27/11/2026 (Training day).",
    });
  });

  it("a practitioner without their own hours follows the opening hours", () => {
    const follows = { ...alex, hours: null };
    expect(check(local("2026-11-23", "09:00", "18:00"), { practitioner: follows })).toEqual({
      ok: true,
    });
    expect(check(local("2026-11-29", "10:00", "11:00"), { practitioner: follows })).toMatchObject({
      code: "location-closed",
    });
  });

  it("refuses an appointment overlapping time off within a day", () => {
    expect(check(local("2026-11-26", "11:00", "13:30"), { practitioner: alex })).toEqual({
      ok: false,
      code: "practitioner-time-off",
      message: "Alex Morgan is on time off 13:00–15:00 on Thursday 26/11/2026 (Dentist).",
    });
  });

  it("allows an appointment that ends exactly when time off starts", () => {
    expect(check(local("2026-11-26", "10:00", "13:00"), { practitioner: alex })).toEqual({
      ok: true,
    });
    expect(check(local("2026-11-26", "15:00", "16:00"), { practitioner: alex })).toEqual({
      ok: true,
    });
  });

  it("describes whole days off by date, with the last day inclusive", () => {
    expect(check(local("2026-12-08", "10:00", "12:00"), { practitioner: alex })).toMatchObject({
      code: "practitioner-time-off",
      message:
        "Alex Morgan is on time off from Monday 07/12/2026 to Wednesday 09/12/2026 (Holiday).",
    });
    expect(check(local("2026-12-15", "10:00", "12:00"), { practitioner: alex })).toMatchObject({
      message: "Alex Morgan is on time off on Tuesday 15/12/2026.",
    });
  });

  it("describes time off spanning days from date and time to date and time", () => {
    expect(check(local("2026-12-19", "10:00", "12:00"), { practitioner: alex })).toMatchObject({
      code: "practitioner-time-off",
      message: "Alex Morgan is on time off from 18/12/2026, 14:00 to 21/12/2026, 12:00.",
    });
  });
});

describe("checkAppointmentTime — past, length and order of checks", () => {
  const now = utc("2026-11-24T12:00");

  it("refuses a start in the past when now is given", () => {
    expect(check(local("2026-11-24", "11:00", "13:00"), { now })).toEqual({
      ok: false,
      code: "in-the-past",
      message: "This appointment would start at 11:00 on Tuesday 24/11/2026, which is in the past.",
    });
    expect(check(local("2026-11-24", "12:00", "13:00"), { now })).toEqual({ ok: true });
    expect(check(local("2026-11-24", "11:00", "13:00"))).toEqual({ ok: true });
  });

  it("refuses appointments longer than 12 hours, but allows exactly 12", () => {
    const allDay = { weekly: weekdays("00:00", "24:00", [1, 2, 3, 4, 5, 6, 7]), special: [] };
    expect(check(local("2026-11-24", "06:00", "18:00"), { location: allDay })).toEqual({
      ok: true,
    });
    expect(check(local("2026-11-24", "06:00", "18:30"), { location: allDay })).toEqual({
      ok: false,
      code: "too-long",
      message:
        "This appointment would last 12 h 30 min including buffers; the longest allowed is 12 hours.",
    });
  });

  it("12 wall-clock hours across the London fall-back night are 13 real hours: too long", () => {
    const allDay = { weekly: weekdays("00:00", "24:00", [1, 2, 3, 4, 5, 6, 7]), special: [] };
    const night = {
      start: local("2026-10-24", "20:00", "20:00").start,
      end: local("2026-10-25", "08:00", "08:00").start,
    };
    expect(check(night, { location: allDay })).toMatchObject({ code: "too-long" });
  });

  it("reports the past before anything else, then the location before the practitioner", () => {
    const christmas = local("2026-12-25", "10:00", "12:00");
    expect(check(christmas, { now: utc("2027-01-01T00:00"), practitioner: alex })).toMatchObject({
      code: "in-the-past",
    });
    expect(check(christmas, { practitioner: alex })).toMatchObject({ code: "location-closed" });
  });

  it("renders times in the requested locale while keeping UK English wording", () => {
    const result = check(local("2026-11-28", "15:00", "18:30"), { locale: "en-US" });
    expect(result).toMatchObject({
      message:
        "Southampton is open 9:00 AM – 6:00 PM on Saturday 11/28/2026; this appointment runs until 6:30 PM.",
    });
  });

  it("throws on an empty or inverted appointment", () => {
    expect(() => check({ start: now, end: now })).toThrow(RangeError);
  });
});
