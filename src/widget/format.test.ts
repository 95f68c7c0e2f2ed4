import { describe, expect, it } from "vitest";
import {
  addDays,
  contrast,
  dateParts,
  datesFrom,
  formatWhen,
  mmss,
  readableOnWhite,
  safeColour,
  textOn,
  todayIn,
  weekLabel,
} from "./format.ts";

describe("widget dates", () => {
  it("reads today in the clinic's zone, not the browser's", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(todayIn("Europe/London", new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayIn("UTC", new Date("2026-06-30T23:30:00Z"))).toBe("2026-06-30");
  });

  it("adds calendar days across month, year and DST changes", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-03-02", -7)).toBe("2026-02-23");
    expect(datesFrom("2026-11-29", 3)).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
  });

  it("names the parts of a date in UK English", () => {
    expect(dateParts("2026-12-01")).toEqual({
      weekday: "Tue",
      day: "1",
      month: "Dec",
      long: "Tuesday 1 December",
    });
    expect(weekLabel("2026-11-29", 7)).toBe("29 November – 5 December 2026");
  });

  it("formats an instant in the zone the API gives", () => {
    // 10:30 UTC in summer is 11:30 in London.
    expect(formatWhen("2026-07-01T10:30:00Z", "Europe/London")).toBe(
      "Wednesday 1 July 2026 at 11:30",
    );
    expect(formatWhen("2026-12-01T10:30:00Z", "Europe/London")).toBe(
      "Tuesday 1 December 2026 at 10:30",
    );
  });

  it("shows a countdown as mm:ss and never below zero", () => {
    expect(mmss(600)).toBe("10:00");
    expect(mmss(61.2)).toBe("01:02");
    expect(mmss(-5)).toBe("00:00");
  });
});

describe("widget colours", () => {
  it("accepts only #rrggbb colours from the config", () => {
    expect(safeColour("#1F6F78", "#000000")).toBe("#1F6F78");
    expect(safeColour("red; background:url(x)", "#000000")).toBe("#000000");
    expect(safeColour(null, "#123456")).toBe("#123456");
  });

  it("picks readable text on a brand colour", () => {
    expect(textOn("#1f6f78")).toBe("#ffffff");
    expect(textOn("#f5d76e")).toBe("#1b1f24");
  });

  it("darkens a pale brand colour until text in it reads on white", () => {
    const pale = readableOnWhite("#9ad0ff");
    expect(contrast(pale, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhite("#1f6f78")).toBe("#1f6f78");
  });
});
