import { describe, expect, it } from "vitest";
import {
  addBreak,
  checkRows,
  copyMondayToWeekdays,
  fromRows,
  groupByDay,
  normaliseTime,
  openDay,
  summariseHours,
  toRows,
} from "./hours-model.ts";

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "18:00" }));

describe("weekly hours editor model", () => {
  it("round-trips saved hours through editor rows", () => {
    const rows = toRows(weekdays);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({ name: "Sunday", open: false, ranges: [] });
    expect(fromRows(rows)).toEqual(weekdays);
  });

  it("splits a day around its middle when a break is added", () => {
    expect(addBreak([{ opens: "09:00", closes: "18:00" }])).toEqual([
      { opens: "09:00", closes: "13:00" },
      { opens: "14:00", closes: "18:00" },
    ]);
    expect(addBreak([{ opens: "09:00", closes: "10:00" }])).toEqual([
      { opens: "09:00", closes: "10:00" },
      { opens: "11:00", closes: "13:00" },
    ]);
  });

  it("copies Monday to Tuesday–Friday only", () => {
    const rows = openDay(toRows([{ weekday: 1, opens: "10:00", closes: "16:00" }]), 6);
    const copied = copyMondayToWeekdays(rows);
    expect(copied.slice(0, 5).every((r) => r.open && r.ranges[0]?.opens === "10:00")).toBe(true);
    expect(copied[5]).toMatchObject({ open: true });
    expect(copied[6]).toMatchObject({ open: false });
  });

  it("puts problems on their day", () => {
    const rows = toRows([
      { weekday: 2, opens: "09:00", closes: "13:00" },
      { weekday: 2, opens: "12:00", closes: "18:00" },
      { weekday: 3, opens: "18:00", closes: "09:00" },
    ]);
    const problems = checkRows(rows);
    expect(Object.keys(problems.byDay)).toEqual(["2", "3"]);
    expect(problems.byDay[2]?.[0]).toMatch(/overlaps/);
    expect(
      groupByDay(["Sunday: closing time 08:00 must be after opening time 09:00", "odd"]),
    ).toEqual({
      byDay: { 7: ["Closing time 08:00 must be after opening time 09:00"] },
      other: ["odd"],
    });
  });

  it("summarises runs of equal days", () => {
    expect(summariseHours([...weekdays, { weekday: 6, opens: "10:00", closes: "14:00" }])).toBe(
      "Mon–Fri 09:00–18:00 · Sat 10:00–14:00",
    );
  });

  it("reads times typed in common ways", () => {
    expect(normaliseTime("9")).toBe("09:00");
    expect(normaliseTime("930")).toBe("09:30");
    expect(normaliseTime("9.30")).toBe("09:30");
    expect(normaliseTime("17:45")).toBe("17:45");
    expect(normaliseTime("24:00")).toBe("24:00");
    expect(normaliseTime("25:00")).toBe("25:00");
    expect(normaliseTime("soon")).toBe("soon");
  });
});
