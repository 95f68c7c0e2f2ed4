import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { addWait, ageOn, birthdayIn, describeWait, formatDay, parseIsoDate } from "./dates.ts";

const d = (s: string) => Temporal.PlainDate.from(s);

describe("screening dates", () => {
  it("formats a day as '24 Mar 2027'", () => {
    expect(formatDay("2027-03-24")).toBe("24 Mar 2027");
    expect(formatDay("2026-01-05")).toBe("5 Jan 2026");
    expect(formatDay(d("2026-12-31"))).toBe("31 Dec 2026");
  });

  it("parses only real YYYY-MM-DD dates", () => {
    expect(parseIsoDate("2026-02-28")?.toString()).toBe("2026-02-28");
    for (const bad of ["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", "", 20260101, null]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate("2026-01-01T00:00")).toBeNull();
  });

  it("adds waits in days, weeks and months, clamping to shorter months", () => {
    expect(addWait("2026-09-24", { amount: 6, unit: "months" })).toBe("2027-03-24");
    expect(addWait("2026-08-31", { amount: 6, unit: "months" })).toBe("2027-02-28");
    expect(addWait("2026-11-24", { amount: 2, unit: "weeks" })).toBe("2026-12-08");
    expect(addWait("2026-12-31", { amount: 1, unit: "days" })).toBe("2027-01-01");
  });

  it("describes waits", () => {
    expect(describeWait({ amount: 6, unit: "months" })).toBe("6 months");
    expect(describeWait({ amount: 1, unit: "weeks" })).toBe("1 week");
    expect(describeWait({ amount: 1, unit: "days" })).toBe("1 day");
  });

  it("puts a 29 February birthday on 1 March in other years", () => {
    expect(birthdayIn(d("2008-02-29"), 2026).toString()).toBe("2026-03-01");
    expect(birthdayIn(d("2008-02-29"), 2028).toString()).toBe("2028-02-29");
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18);
  });

  it("counts whole years by the calendar", () => {
    expect(ageOn(d("2008-11-24"), d("2026-11-23"))).toBe(17);
    expect(ageOn(d("2008-11-24"), d("2026-11-24"))).toBe(18);
    expect(ageOn(d("2000-12-31"), d("2026-01-01"))).toBe(25);
  });
});
