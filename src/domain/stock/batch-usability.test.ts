import { describe, expect, it } from "vitest";
import { batchState, daysToExpiry, isBatchUsable, isExpiringSoon } from "./batch-usability.ts";

const batch = (expiresOn: string, archivedAt: string | null = null) => ({ expiresOn, archivedAt });

describe("batch usability", () => {
  it("is usable before the expiry date", () => {
    expect(batchState(batch("2026-12-31"), "2026-11-24")).toBe("usable");
  });

  it("is still usable on the expiry day itself", () => {
    expect(isBatchUsable(batch("2026-11-24"), "2026-11-24")).toBe(true);
    expect(daysToExpiry("2026-11-24", "2026-11-24")).toBe(0);
  });

  it("is expired the day after the expiry date", () => {
    expect(batchState(batch("2026-11-24"), "2026-11-25")).toBe("expired");
    expect(daysToExpiry("2026-11-24", "2026-11-25")).toBe(-1);
  });

  it("is not usable once archived, even before expiry", () => {
    expect(batchState(batch("2027-06-01", "2026-11-01T10:00:00Z"), "2026-11-24")).toBe("archived");
    expect(isBatchUsable(batch("2027-06-01", "2026-11-01T10:00:00Z"), "2026-11-24")).toBe(false);
  });

  it("counts whole calendar days across month and year ends", () => {
    expect(daysToExpiry("2027-01-01", "2026-12-31")).toBe(1);
    expect(daysToExpiry("2027-03-01", "2027-02-28")).toBe(1);
    expect(daysToExpiry("2028-03-01", "2028-02-28")).toBe(2);
  });

  it("flags batches expiring within 30 days, inclusive, but not expired ones", () => {
    expect(isExpiringSoon(batch("2026-12-24"), "2026-11-24")).toBe(true);
    expect(isExpiringSoon(batch("2026-12-25"), "2026-11-24")).toBe(false);
    expect(isExpiringSoon(batch("2026-11-24"), "2026-11-24")).toBe(true);
    expect(isExpiringSoon(batch("2026-11-23"), "2026-11-24")).toBe(false);
  });
});
