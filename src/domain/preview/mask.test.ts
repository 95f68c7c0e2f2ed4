import { describe, expect, it } from "vitest";
import { DEFAULT_PREVIEW_PARAMS } from "./index.ts";
import { buildMask, clipToHairline, hairlineSide, rasterizeStrokes } from "./mask.ts";
import type { PreviewDesign } from "./types.ts";

const count = (a: Uint8Array, pred: (v: number) => boolean) =>
  a.reduce((n, v) => n + (pred(v) ? 1 : 0), 0);

describe("treatment mask", () => {
  it("rasterises a round brush dab to about πr² pixels", () => {
    const m = rasterizeStrokes(100, 100, [
      { mode: "paint", radiusPx: 20, points: [{ x: 50, y: 50 }] },
    ]);
    expect(Math.abs(count(m, (v) => v === 1) - Math.PI * 400)).toBeLessThan(40);
  });

  it("rasterises a stroke as a capsule and applies erase after paint, in order", () => {
    const m = rasterizeStrokes(120, 60, [
      {
        mode: "paint",
        radiusPx: 10,
        points: [
          { x: 20, y: 30 },
          { x: 100, y: 30 },
        ],
      },
      { mode: "erase", radiusPx: 5, points: [{ x: 60, y: 30 }] },
    ]);
    const area = count(m, (v) => v === 1);
    expect(Math.abs(area - (80 * 20 + Math.PI * 100 - Math.PI * 25))).toBeLessThan(40);
    expect(m[30 * 120 + 60]).toBe(0);
    expect(m[30 * 120 + 40]).toBe(1);
    expect(m[5 * 120 + 60]).toBe(0);
    // Painting again after the erase fills the hole.
    const again = rasterizeStrokes(120, 60, [
      { mode: "erase", radiusPx: 5, points: [{ x: 60, y: 30 }] },
      {
        mode: "paint",
        radiusPx: 10,
        points: [
          { x: 20, y: 30 },
          { x: 100, y: 30 },
        ],
      },
    ]);
    expect(again[30 * 120 + 60]).toBe(1);
  });

  it("splits the image along the hairline and keeps the side holding most of the paint", () => {
    const hairline = [
      { x: 0, y: 50 },
      { x: 50, y: 40 },
      { x: 100, y: 50 },
    ];
    const side = hairlineSide(100, 100, hairline);
    expect(side[10 * 100 + 50]).not.toBe(side[90 * 100 + 50]);
    const m = rasterizeStrokes(100, 100, [
      { mode: "paint", radiusPx: 30, points: [{ x: 50, y: 65 }] },
    ]);
    clipToHairline(m, 100, 100, hairline);
    expect(m[65 * 100 + 50]).toBe(1);
    expect(m[38 * 100 + 50]).toBe(0);
    expect(m[42 * 100 + 50]).toBe(1);
  });

  const design: PreviewDesign = {
    imageWidth: 200,
    imageHeight: 200,
    calibration: null,
    pxPerMm: 4,
    hairline: [],
    helpers: {},
    strokes: [{ mode: "paint", radiusPx: 60, points: [{ x: 100, y: 100 }] }],
  };

  it("is a hard 0/255 mask without softness", () => {
    const m = buildMask(design, { ...DEFAULT_PREVIEW_PARAMS, softnessMm: 0 });
    expect(count(m.data, (v) => v !== 0 && v !== 255)).toBe(0);
    expect(m.data[100 * 200 + 100]).toBe(255);
  });

  it("feathers the edge over the softness width, centred on it, and is zero beyond", () => {
    const softnessMm = 5; // 20 px
    const m = buildMask(design, { ...DEFAULT_PREVIEW_PARAMS, softnessMm });
    const at = (x: number) => m.data[100 * 200 + x] as number;
    expect(at(100)).toBe(255);
    expect(at(100 + 60 - 12)).toBe(255);
    expect(at(100 + 60 + 12)).toBe(0);
    const mid = at(160);
    expect(mid).toBeGreaterThan(40);
    expect(mid).toBeLessThan(215);
    // Nothing anywhere further than softness/2 (+1 px) outside the painted disc.
    for (let y = 0; y < 200; y++)
      for (let x = 0; x < 200; x++)
        if (Math.hypot(x + 0.5 - 100, y + 0.5 - 100) > 60 + 10 * Math.SQRT2 + 1)
          expect(m.data[y * 200 + x]).toBe(0);
  });

  it("displaces the feathered edge with noise so the line is not a perfect circle", () => {
    const m = buildMask(design, { ...DEFAULT_PREVIEW_PARAMS, softnessMm: 5 });
    const radii = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => {
      const a = (k * Math.PI) / 4;
      let r = 40;
      while (
        r < 90 &&
        (m.data[Math.round(100 + r * Math.sin(a)) * 200 + Math.round(100 + r * Math.cos(a))] ??
          0) >= 128
      )
        r++;
      return r;
    });
    expect(Math.max(...radii) - Math.min(...radii)).toBeGreaterThanOrEqual(2);
  });
});
