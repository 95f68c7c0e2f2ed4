import { describe, expect, it } from "vitest";
import { remainingText } from "./offer-time.ts";

describe("remainingText", () => {
  it("counts down in hours and minutes, then seconds", () => {
    expect(remainingText(2 * 3_600_000)).toBe("2 h");
    expect(remainingText(112 * 60_000 + 59_000)).toBe("1 h 52 min");
    expect(remainingText(4 * 60_000 + 30_000)).toBe("4 min");
    expect(remainingText(45_500)).toBe("45 s");
    expect(remainingText(0)).toBe("0 s");
    expect(remainingText(-5)).toBe("0 s");
  });
});
