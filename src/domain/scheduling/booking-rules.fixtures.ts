import { Temporal } from "temporal-polyfill";
import { wallClockToEpoch } from "../time/zoned.ts";
import {
  type AppointmentTimeInput,
  checkAppointmentTime,
  type PractitionerAvailability,
} from "./booking-rules.ts";
import type { DayHours, Weekday, WeeklySchedule } from "./opening-hours.ts";

// Shared test fixtures for the booking-rules tests; imported only by *.test.ts files.

export const LONDON = "Europe/London";
// Epoch ms of a UTC wall time, "2026-03-29T01:30".
export const utc = (iso: string): number => Temporal.Instant.from(`${iso}:00Z`).epochMilliseconds;
// A local wall-clock range on one date, in London unless a zone is given.
export const local = (date: string, from: string, to: string, zone = LONDON) => {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return {
    start: wallClockToEpoch(date, minutes(from), zone),
    end: wallClockToEpoch(date, minutes(to), zone),
  };
};
export const weekdays = (opens: string, closes: string, days: Weekday[]) =>
  days.map((weekday): DayHours => ({ weekday, opens, closes }));

// Open 09:00–18:00 Monday to Saturday; closed on Sunday and on Christmas Day.
export const southampton: WeeklySchedule = {
  weekly: weekdays("09:00", "18:00", [1, 2, 3, 4, 5, 6]),
  special: [
    { date: "2026-12-25", closed: true, hours: [], reason: "Christmas Day" },
    {
      date: "2026-12-24",
      closed: false,
      hours: [
        { opens: "09:00", closes: "12:00" },
        { opens: "13:00", closes: "15:00" },
      ],
    },
    { date: "2026-03-29", closed: false, hours: [{ opens: "09:00", closes: "18:00" }] },
    { date: "2026-10-25", closed: false, hours: [{ opens: "09:00", closes: "18:00" }] },
  ],
};

export const alex: PractitionerAvailability = {
  name: "Alex Morgan",
  hours: {
    weekly: weekdays("10:00", "16:00", [2, 3, 4, 5, 6]),
    special: [{ date: "2026-11-27", closed: true, hours: [], reason: "Training day" }],
  },
  timeOff: [
    { ...local("2026-11-26", "13:00", "15:00"), reason: "Dentist" },
    { start: utc("2026-12-07T00:00"), end: utc("2026-12-10T00:00"), reason: "Holiday" },
    { start: utc("2026-12-15T00:00"), end: utc("2026-12-16T00:00") },
    { start: utc("2026-12-18T14:00"), end: utc("2026-12-21T12:00") },
  ],
};

export const check = (
  busy: { start: number; end: number },
  extra: Partial<AppointmentTimeInput> = {},
) =>
  checkAppointmentTime({
    busy,
    zone: LONDON,
    location: southampton,
    locationName: "Southampton",
    ...extra,
  });
