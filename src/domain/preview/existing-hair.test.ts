import { describe, expect, it } from "vitest";
import { blendIntoExistingHair } from "./existing-hair.ts";
import type { AlphaMask, RgbaImage } from "./types.ts";

const SIZE = 256;

/** Skin all over; on the right half, short dark hair strokes on a third of the pixels. */
function photo(): RgbaImage {
  const data = new Uint8ClampedArray(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const p = (y * SIZE + x) * 4;
      const hair = x >= SIZE / 2 && (x * 7 + y * 3) % 3 === 0;
      data[p] = hair ? 40 : 200;
      data[p + 1] = hair ? 32 : 160;
      data[p + 2] = hair ? 30 : 140;
      data[p + 3] = 255;
    }
  return { width: SIZE, height: SIZE, data };
}

const fullMask = (): AlphaMask => ({
  width: SIZE,
  height: SIZE,
  data: new Uint8Array(SIZE * SIZE).fill(255),
  bounds: { x0: 0, y0: 0, x1: SIZE, y1: SIZE },
});

describe("blending into existing hair", () => {
  it("keeps full weight on bare skin and lowers it where the photo shows hair", () => {
    const mask = blendIntoExistingHair(fullMask(), photo());
    const at = (x: number, y: number) => mask.data[y * SIZE + x] as number;
    expect(at(20, 128)).toBe(255);
    expect(at(SIZE - 20, 128)).toBeLessThan(80);
    // A gradual change across the border, not a step: some weight between the two.
    const mid = at(SIZE / 2, 128);
    expect(mid).toBeGreaterThan(at(SIZE - 20, 128));
    expect(mid).toBeLessThan(255);
  });

  it("works on a half-resolution mask the same way", () => {
    const half: AlphaMask = {
      width: SIZE / 2,
      height: SIZE / 2,
      data: new Uint8Array((SIZE / 2) ** 2).fill(255),
    };
    blendIntoExistingHair(half, photo(), 2);
    expect(half.data[64 * (SIZE / 2) + 10]).toBe(255);
    expect(half.data[64 * (SIZE / 2) + SIZE / 2 - 10]).toBeLessThan(80);
  });

  it("leaves an untouched photo's mask as it was when the photo is plain skin", () => {
    const plain = photo();
    for (let p = 0; p < plain.data.length; p += 4) {
      plain.data[p] = 200;
      plain.data[p + 1] = 160;
      plain.data[p + 2] = 140;
    }
    const mask = blendIntoExistingHair(fullMask(), plain);
    expect(mask.data.every((v) => v === 255)).toBe(true);
  });
});
