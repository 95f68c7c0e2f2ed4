import { afterAll, describe, expect, it } from "vitest";
import { createFormatter } from "../../../domain/time/format.ts";
import { wallClockToEpoch } from "../../../domain/time/zoned.ts";
import { createCalendarLocalizer } from "./calendar-localizer.ts";
import {
  calendarDateKey,
  calendarDateOf,
  fromCalendarDate,
  toCalendarDate,
} from "./location-time.ts";

/** react-big-calendar's own slot maths, which positions events in the time grid. */
interface SlotMetrics {
  groups: Date[][];
  getRange: (start: Date, end: Date) => { top: number; height: number };
}
const { getSlotMetrics } = (await import(
  // @ts-expect-error the package ships no types for its internals
  "react-big-calendar/lib/utils/TimeSlots.js"
)) as { getSlotMetrics: (args: object) => SlotMetrics };

const LONDON = "Europe/London";
const london = createFormatter({ locale: "en-GB", timeZone: LONDON });
const localizer = createCalendarLocalizer(london);
/** A named format, as the calendar resolves it (its `formats` are all functions). */
const format = (name: keyof typeof localizer.formats, value: unknown): string =>
  (localizer.formats[name] as (v: unknown) => string)(value);
const at = (date: string, hhmm: string, zone = LONDON) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return wallClockToEpoch(date, h * 60 + m, zone);
};

/** Runs the checks with the process (the "browser") in `zone`; Node applies TZ changes at once. */
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});
const browserZones = ["Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];

describe.each(browserZones)("with the browser in %s", (browserZone) => {
  const inBrowser = <T>(fn: () => T): T => {
    process.env.TZ = browserZone;
    return fn();
  };

  it.each([
    ["spring forward 2026-03-29", "2026-03-29"],
    ["fall back 2026-10-25", "2026-10-25"],
    ["New York's spring forward 2026-03-08", "2026-03-08"],
    ["Sydney's fall back 2026-04-05", "2026-04-05"],
    ["an ordinary day 2026-11-25", "2026-11-25"],
  ])("%s: a 09:00–18:00 London day renders 09:00–18:00", (_name, date) =>
    inBrowser(() => {
      const opens = at(date, "09:00");
      const closes = at(date, "18:00");
      const min = toCalendarDate(opens, LONDON);
      const max = toCalendarDate(closes, LONDON);
      expect([min.getHours(), min.getMinutes(), max.getHours()]).toEqual([9, 0, 18]);
      expect(calendarDateKey(min)).toBe(date);

      const metrics = getSlotMetrics({ min, max, step: 15, timeslots: 4, localizer });
      const labels = metrics.groups.map((g) => format("timeGutterFormat", g[0] as Date));
      expect(labels).toEqual([
        "09:00",
        "10:00",
        "11:00",
        "12:00",
        "13:00",
        "14:00",
        "15:00",
        "16:00",
        "17:00",
      ]);
      // 10:00–11:00 London sits one ninth of the way down, one ninth tall.
      const event = metrics.getRange(
        toCalendarDate(at(date, "10:00"), LONDON),
        toCalendarDate(at(date, "11:00"), LONDON),
      );
      expect(event.top).toBeCloseTo(100 / 9, 6);
      expect(event.height).toBeCloseTo(100 / 9, 6);
      expect(format("eventTimeRangeFormat", { start: min, end: max })).toBe("09:00–18:00");
    }),
  );

  it("round-trips instants through fake local dates, on clock-change days too", () =>
    inBrowser(() => {
      for (const iso of [
        "2026-03-29T00:30:00Z", // 00:30 GMT, before the change
        "2026-03-29T01:30:00Z", // 02:30 BST, after it
        "2026-10-25T00:30:00Z", // 01:30 BST, the first of two 01:30s
        "2026-10-25T09:15:00Z", // 09:15 GMT
        "2026-06-14T16:45:00Z", // 17:45 BST
      ]) {
        const ms = Date.parse(iso);
        const date = toCalendarDate(ms, LONDON);
        expect(fromCalendarDate(date, LONDON), iso).toBe(ms);
      }
      const gmt = toCalendarDate(Date.parse("2026-10-25T09:15:00Z"), LONDON);
      expect(format("timeGutterFormat", gmt)).toBe("09:15");
    }));

  it("shows another location's zone too: 09:00 in New York is 09:00 on the grid", () =>
    inBrowser(() => {
      const ms = at("2026-03-08", "09:00", "America/New_York");
      const date = toCalendarDate(ms, "America/New_York");
      expect([calendarDateKey(date), date.getHours(), date.getMinutes()]).toEqual([
        "2026-03-08",
        9,
        0,
      ]);
      expect(fromCalendarDate(date, "America/New_York")).toBe(ms);
    }));

  it("writes headers in house style and starts weeks on Monday", () =>
    inBrowser(() => {
      const day = calendarDateOf("2026-11-25");
      expect(format("dayHeaderFormat", day)).toBe("Wed 25 Nov 2026");
      expect(format("dayFormat", day)).toBe("Wed 25");
      expect(localizer.startOfWeek("en-GB")).toBe(1);
    }));
});

describe("the one limit of fake local dates", () => {
  it("a London time in the browser's own spring-forward gap shows an hour later", () => {
    process.env.TZ = "America/New_York";
    // 02:30 GMT on 8 Mar 2026 does not exist on a New York clock (02:00 → 03:00 that night).
    const ms = at("2026-03-08", "02:30");
    const date = toCalendarDate(ms, LONDON);
    expect([date.getHours(), date.getMinutes()]).toEqual([3, 30]);
    expect(fromCalendarDate(date, LONDON)).toBe(ms + 3_600_000);
  });
});
