import { describe, expect, it } from "vitest";
import {
  LINEAR_SIZE,
  LINEAR12_TO_SRGB,
  linearToSrgb8,
  SRGB_TO_LINEAR16,
  srgb8ToLinear,
} from "./lut.ts";

describe("sRGB ↔ linear tables", () => {
  it("map black to black and white to white, and rise monotonically", () => {
    expect(SRGB_TO_LINEAR16[0]).toBe(0);
    expect(SRGB_TO_LINEAR16[255]).toBe(65535);
    expect(LINEAR12_TO_SRGB[0]).toBe(0);
    expect(LINEAR12_TO_SRGB[LINEAR_SIZE - 1]).toBe(255);
    for (let i = 1; i < 256; i++)
      expect(SRGB_TO_LINEAR16[i] as number).toBeGreaterThan(SRGB_TO_LINEAR16[i - 1] as number);
    for (let i = 1; i < LINEAR_SIZE; i++)
      expect(LINEAR12_TO_SRGB[i] as number).toBeGreaterThanOrEqual(
        LINEAR12_TO_SRGB[i - 1] as number,
      );
  });

  it("follow the sRGB curve (mid grey 128 ≈ 21.6 % linear light)", () => {
    expect(srgb8ToLinear(128)).toBeCloseTo(0.2158, 3);
    expect(linearToSrgb8(0.2158)).toBe(128);
  });

  it("round-trip every 8-bit value within one level", () => {
    for (let v = 0; v < 256; v++) {
      const back = linearToSrgb8(srgb8ToLinear(v));
      expect(Math.abs(back - v)).toBeLessThanOrEqual(1);
    }
  });
});
