import { describe, expect, it } from "vitest";
import { expiryNote, expiryTone, needleSpec } from "./stock-labels.ts";

describe("expiry flags", () => {
  it("is red once expired, amber within 30 days (inclusive), neutral beyond", () => {
    expect(expiryTone({ state: "expired", daysToExpiry: -1 })).toBe("expired");
    expect(expiryTone({ state: "usable", daysToExpiry: 0 })).toBe("soon");
    expect(expiryTone({ state: "usable", daysToExpiry: 30 })).toBe("soon");
    expect(expiryTone({ state: "usable", daysToExpiry: 31 })).toBe("ok");
    expect(expiryTone({ state: "archived", daysToExpiry: -5 })).toBe("archived");
  });

  it("words the expiry", () => {
    expect(expiryNote({ state: "expired", daysToExpiry: -3 })).toBe("Expired 3 days ago");
    expect(expiryNote({ state: "usable", daysToExpiry: 0 })).toBe("Expires today");
    expect(expiryNote({ state: "usable", daysToExpiry: 12 })).toBe("Expires in 12 days");
    expect(expiryNote({ state: "usable", daysToExpiry: 90 })).toBeNull();
  });

  it("describes needles", () => {
    expect(needleSpec({ needleConfig: "3RL", needleDiameterMm: 0.25 })).toBe("3RL · 0.25 mm");
    expect(needleSpec({ needleConfig: null, needleDiameterMm: null })).toBe("");
  });
});
