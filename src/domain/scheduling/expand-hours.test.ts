import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, wallClockToEpoch } from "../time/zoned.ts";
import { fromIntervalArray } from "./busy-arrays.ts";
import { expandOpenMinutes } from "./expand-hours.ts";
import { openIntervals, type Weekday, type WeeklySchedule } from "./opening-hours.ts";

const minute = (date: string, hhmm: string, zone: string) =>
  wallClockToEpoch(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), zone) / 60_000;

const monSat: WeeklySchedule = {
  weekly: ([1, 2, 3, 4, 5, 6] as Weekday[]).map((weekday) => ({
    weekday,
    opens: "09:00",
    closes: "18:00",
  })),
  special: [{ date: "2026-10-24", closed: true, hours: [] }],
};

describe("expandOpenMinutes", () => {
  it("places hours on the local clock either side of the October change in London", () => {
    const got = fromIntervalArray(
      expandOpenMinutes(monSat, "Europe/London", "2026-10-23", "2026-10-27"),
    );
    expect(got).toEqual([
      // Friday 23 Oct 09:00–18:00 BST (08:00–17:00 UTC); Saturday is a special closed day.
      {
        start: minute("2026-10-23", "09:00", "Europe/London"),
        end: minute("2026-10-23", "18:00", "Europe/London"),
      },
      // Monday 26 Oct 09:00–18:00 GMT.
      {
        start: minute("2026-10-26", "09:00", "Europe/London"),
        end: minute("2026-10-26", "18:00", "Europe/London"),
      },
    ]);
    expect((got[1]?.start ?? 0) - (got[0]?.start ?? 0)).toBe(3 * 1440 + 60);
  });

  it("treats the end date as exclusive and returns nothing for an empty range", () => {
    expect(expandOpenMinutes(monSat, "Europe/London", "2026-10-26", "2026-10-26")).toHaveLength(0);
    expect(expandOpenMinutes(monSat, "Europe/London", "2026-10-26", "2026-10-27")).toHaveLength(2);
  });

  it("matches openIntervals on random schedules across the DST changes", () => {
    const time = fc
      .integer({ min: 0, max: 96 })
      .map(
        (q) =>
          `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`,
      );
    const range = fc
      .tuple(time, time)
      .map(([a, b]) => (a < b ? { opens: a, closes: b } : { opens: b, closes: a }));
    const schedule = fc.record({
      weekly: fc.array(
        fc
          .tuple(fc.integer({ min: 1, max: 7 }), range)
          .map(([weekday, r]) => ({ weekday: weekday as Weekday, ...r })),
        { maxLength: 10 },
      ),
      special: fc.array(
        fc.record({
          date: fc.constantFrom("2026-03-29", "2026-10-25", "2026-11-01", "2026-03-08"),
          closed: fc.boolean(),
          hours: fc.array(range, { maxLength: 2 }),
        }),
        { maxLength: 2 },
      ),
    });
    const change = fc.constantFrom(
      ["Europe/London", "2026-03-29"],
      ["Europe/London", "2026-10-25"],
      ["America/New_York", "2026-03-08"],
      ["America/New_York", "2026-11-01"],
    );
    fc.assert(
      fc.property(schedule, change, (s, [zone, date]) => {
        const from = addDays(date, -2);
        const got = expandOpenMinutes(s, zone, from, addDays(date, 3));
        const want = openIntervals(s, zone, from, addDays(date, 2)).map(({ start, end }) => ({
          start: start / 60_000,
          end: end / 60_000,
        }));
        expect(fromIntervalArray(got)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
