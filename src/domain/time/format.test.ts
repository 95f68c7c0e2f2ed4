import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { createFormatter } from "./format.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Epoch ms of a UTC wall time, "2026-03-29T01:30".
const utc = (iso: string): number => Temporal.Instant.from(`${iso}:00Z`).epochMilliseconds;

describe("createFormatter — en-GB, Europe/London (the defaults)", () => {
  const f = createFormatter({ timeZone: "Europe/London" });
  const tuesday = utc("2026-11-24T14:30"); // 14:30 GMT

  it("uses en-GB, GBP and the given zone by default", () => {
    expect([f.locale, f.timeZone, f.currency]).toEqual(["en-GB", "Europe/London", "GBP"]);
  });

  it("renders dates as dd/mm/yyyy and times on the 24-hour clock", () => {
    expect(f.date(tuesday)).toBe("24/11/2026");
    expect(f.time(tuesday)).toBe("14:30");
    expect(f.time(utc("2026-11-24T09:05"))).toBe("09:05");
    expect(f.dateTime(tuesday)).toBe("24/11/2026, 14:30");
  });

  it("renders a weekday date without a comma, and the weekday name", () => {
    expect(f.weekdayDate(tuesday)).toBe("Tue 24 Nov 2026");
    expect(f.weekday(tuesday)).toBe("Tuesday");
  });

  it("renders time ranges, adding dates when the range crosses midnight", () => {
    expect(f.timeRange(tuesday, tuesday + HOUR)).toBe("14:30–15:30");
    expect(f.timeRange(tuesday, tuesday + DAY)).toBe("24/11/2026, 14:30 – 25/11/2026, 14:30");
  });

  it("spring forward 2026-03-29: 00:30 GMT is followed an hour later by 02:30 BST", () => {
    expect(f.time(utc("2026-03-29T00:30"))).toBe("00:30");
    expect(f.time(utc("2026-03-29T01:30"))).toBe("02:30");
    expect(f.timeRange(utc("2026-03-29T00:30"), utc("2026-03-29T01:30"))).toBe("00:30–02:30");
  });

  it("fall back 2026-10-25: 00:30 UTC and 01:30 UTC both read 01:30", () => {
    expect(f.time(utc("2026-10-25T00:30"))).toBe("01:30"); // BST
    expect(f.time(utc("2026-10-25T01:30"))).toBe("01:30"); // GMT
  });

  it("shows summer instants in BST and winter instants in GMT", () => {
    expect(f.dateTime(utc("2026-07-01T08:00"))).toBe("01/07/2026, 09:00");
    expect(f.dateTime(utc("2026-01-01T08:00"))).toBe("01/01/2026, 08:00");
  });

  it("dates an instant by the local calendar day, not the UTC one", () => {
    expect(f.date(utc("2026-06-30T23:30"))).toBe("01/07/2026"); // 00:30 BST
  });

  it("formats money from pence", () => {
    expect(f.money(125000)).toBe("£1,250.00");
    expect(f.money(5)).toBe("£0.05");
    expect(f.money(0)).toBe("£0.00");
    expect(f.money(-1999)).toBe("-£19.99");
    expect(() => f.money(12.5)).toThrow(RangeError);
  });

  it("names nearby days relative to now in the zone", () => {
    const now = utc("2026-11-24T08:00");
    expect(f.relativeDay(utc("2026-11-24T20:00"), now)).toBe("today");
    expect(f.relativeDay(utc("2026-11-25T00:10"), now)).toBe("tomorrow");
    expect(f.relativeDay(utc("2026-11-23T23:59"), now)).toBe("yesterday");
    expect(f.relativeDay(utc("2026-11-27T10:00"), now)).toBe("Fri 27 Nov 2026");
  });

  it("counts relative days by the calendar across the fall-back day", () => {
    const now = utc("2026-10-24T22:30"); // 23:30 BST on Saturday
    expect(f.relativeDay(utc("2026-10-25T23:30"), now)).toBe("tomorrow"); // 23:30 GMT Sunday
  });
});

describe("createFormatter — other locales and zones", () => {
  const tuesday = utc("2026-11-24T14:30");

  it("en-US in America/New_York renders month-first, 12-hour and dollars", () => {
    const us = createFormatter({
      locale: "en-US",
      timeZone: "America/New_York",
      currency: "USD",
    });
    const gb = createFormatter({ timeZone: "Europe/London" });
    expect(us.date(tuesday)).toBe("11/24/2026");
    expect(us.time(tuesday)).toBe("9:30 AM");
    expect(us.dateTime(tuesday)).toBe("11/24/2026, 9:30 AM");
    expect(us.weekdayDate(tuesday)).toBe("Tue Nov 24, 2026");
    expect(us.money(125000)).toBe("$1,250.00");
    expect(us.date(tuesday)).not.toBe(gb.date(tuesday));
    expect(us.time(tuesday)).not.toBe(gb.time(tuesday));
  });

  it("en-US spring forward in New York, 2026-03-08: 01:30 EST then 03:30 EDT", () => {
    const us = createFormatter({ locale: "en-US", timeZone: "America/New_York" });
    expect(us.time(utc("2026-03-08T06:30"))).toBe("1:30 AM");
    expect(us.time(utc("2026-03-08T07:30"))).toBe("3:30 AM");
  });

  it("en-AU in Australia/Sydney is ahead of UTC by 11 h in the southern summer", () => {
    const au = createFormatter({ locale: "en-AU", timeZone: "Australia/Sydney", currency: "AUD" });
    expect(au.date(tuesday)).toBe("25/11/2026");
    expect(au.time(tuesday).toLowerCase()).toBe("1:30 am");
  });

  it("writes plain spaces only, whatever ICU produces", () => {
    const us = createFormatter({ locale: "en-US", timeZone: "America/New_York" });
    const de = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    const outputs = [us.time(tuesday), us.timeRange(tuesday, tuesday + HOUR), de.money(125000)];
    expect(outputs).toEqual(["9:30 AM", "9:30 – 10:30 AM", "1.250,00 €"]);
    for (const text of outputs) expect(text).toMatch(/^[^\s]*( [^\s]*)*$/);
  });

  it("uses the currency's own minor unit", () => {
    const yen = createFormatter({ timeZone: "Asia/Tokyo", currency: "JPY", locale: "ja-JP" });
    expect(yen.money(1250)).toBe("￥1,250");
  });

  it("refuses an unknown time zone up front", () => {
    expect(() => createFormatter({ timeZone: "Europe/Atlantis" })).toThrow(RangeError);
  });
});

describe("weekdayDateTime", () => {
  it("renders short weekday, numeric date and 24-hour time in the zone", () => {
    const fmt = createFormatter({ timeZone: "Europe/London" });
    // 2026-11-24T14:30Z is 14:30 in London (GMT).
    const ms = Temporal.Instant.from("2026-11-24T14:30:00Z").epochMilliseconds;
    expect(fmt.weekdayDateTime(ms)).toBe("Tue 24/11/2026 14:30");
  });
});
