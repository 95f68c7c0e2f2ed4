import { describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_POLICY } from "../../../../domain/settings/booking-policy.ts";
import { consequences, durationText, valueText } from "./booking-copy.ts";
import { RULE_SECTIONS } from "./booking-layout.ts";

const p = DEFAULT_BOOKING_POLICY;

describe("booking rule wording", () => {
  it("says what a late cancellation costs, following the deposit switch", () => {
    expect(consequences.cancellationNoticeHours(p)).toBe(
      "Clients who cancel less than 48 hours before lose their deposit.",
    );
    expect(consequences.cancellationNoticeHours({ ...p, lateCancelForfeitsDeposit: false })).toBe(
      "Cancelling less than 48 hours before counts as late; the deposit is still returned.",
    );
    expect(consequences.cancellationNoticeHours({ ...p, cancellationNoticeHours: 1 })).toMatch(
      /less than 1 hour before/,
    );
    expect(consequences.cancellationNoticeHours({ ...p, cancellationNoticeHours: 0 })).toMatch(
      /right up to the start/,
    );
  });

  it("reads a reschedule limit of 0 as no limit", () => {
    expect(consequences.rescheduleLimit({ ...p, rescheduleLimit: 0 })).toMatch(/^No limit/);
    expect(consequences.rescheduleLimit({ ...p, rescheduleLimit: 1 })).toMatch(
      /each appointment once/,
    );
    expect(consequences.rescheduleLimit(p)).toMatch(/each appointment twice/);
    expect(valueText.rescheduleLimit(0)).toBe("No limit");
    expect(valueText.rescheduleLimit(5)).toBe("5 times");
  });

  it("says nothing for a field that is being typed into", () => {
    expect(consequences.holdMinutes({ ...p, holdMinutes: "" })).toBeNull();
    expect(consequences.waitlistMinNoticeHours({ ...p, waitlistMinNoticeHours: "" })).toBeNull();
  });

  it("writes durations in hours and minutes", () => {
    expect(durationText(120)).toBe("2 hours");
    expect(durationText(90)).toBe("1 hour 30 minutes");
    expect(durationText(45)).toBe("45 minutes");
    expect(durationText(61)).toBe("1 hour 1 minute");
  });

  it("lays out every rule of the policy exactly once", () => {
    const keys = RULE_SECTIONS.flatMap((s) => s.fields.map((f) => f.key)).sort();
    expect(keys).toEqual(Object.keys(DEFAULT_BOOKING_POLICY).sort());
    for (const key of keys) expect(consequences[key](p)).toBeTruthy();
  });
});
