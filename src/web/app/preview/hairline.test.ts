import { describe, expect, it } from "vitest";
import {
  emptyDesign,
  estimatedPxPerMm,
  extendStroke,
  pxPerMmFrom,
  withCalibration,
} from "./editor-model.ts";
import {
  hairlineFromHelpers,
  hitPoint,
  insertPoint,
  nextHelper,
  sampleCurve,
  snapToHelper,
} from "./hairline.ts";

describe("hairline drawing", () => {
  it("passes the curve through every control point", () => {
    const points = [
      { x: 0, y: 10 },
      { x: 50, y: 0 },
      { x: 100, y: 10 },
    ];
    const curve = sampleCurve(points, 8);
    for (const p of points) expect(curve).toContainEqual(p);
    expect(curve).toHaveLength(2 * 8 + 1);
  });

  it("inserts a tapped point between its neighbours", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 200, y: 0 },
    ];
    const { points, index } = insertPoint(line, { x: 150, y: 5 });
    expect(index).toBe(2);
    expect(points.map((p) => p.x)).toEqual([0, 100, 150, 200]);
    expect(insertPoint(line, { x: 260, y: 0 }).index).toBe(3);
  });

  it("hits the nearest point within reach and snaps to helpers", () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ];
    expect(hitPoint(pts, { x: 8, y: 1 }, 5)).toBe(1);
    expect(hitPoint(pts, { x: 50, y: 0 }, 5)).toBe(-1);
    const helpers = { mid_frontal: { x: 100, y: 100 } };
    expect(snapToHelper({ x: 104, y: 97 }, helpers, 10)).toEqual({ x: 100, y: 100 });
    expect(snapToHelper({ x: 130, y: 97 }, helpers, 10)).toEqual({ x: 130, y: 97 });
  });

  it("runs a hairline through the helpers from the client's left temple to the right", () => {
    const helpers = {
      mid_frontal: { x: 50, y: 60 },
      left_temple: { x: 90, y: 40 },
      right_temple: { x: 10, y: 40 },
    };
    expect(hairlineFromHelpers(helpers)).toEqual([
      { x: 90, y: 40 },
      { x: 70, y: 50 },
      { x: 50, y: 60 },
      { x: 30, y: 50 },
      { x: 10, y: 40 },
    ]);
    expect(nextHelper(helpers)).toBe("left_frontotemporal");
  });
});

describe("scale and strokes", () => {
  it("calibrates from two points and a distance, or falls back to the estimate", () => {
    const design = emptyDesign(1200, 900);
    expect(design.pxPerMm).toBe(estimatedPxPerMm(1200));
    const c = { a: { x: 100, y: 100 }, b: { x: 700, y: 100 }, mm: 100 };
    expect(pxPerMmFrom(c)).toBe(6);
    expect(withCalibration(design, c)).toMatchObject({ calibration: c, pxPerMm: 6 });
    // Points too close together, or an absurd scale, are not a calibration.
    expect(pxPerMmFrom({ ...c, b: { x: 102, y: 100 } })).toBeNull();
    expect(pxPerMmFrom({ ...c, mm: 1 })).toBeNull();
    expect(withCalibration(design, { ...c, mm: 1 }).calibration).toBeNull();
  });

  it("extends a brush stroke only when the pointer has moved a quarter of the brush", () => {
    const start = {
      ...emptyDesign(100, 100),
      strokes: [{ mode: "paint" as const, radiusPx: 20, points: [{ x: 10, y: 10 }] }],
    };
    expect(extendStroke(start, { x: 12, y: 10 })).toBe(start);
    expect(extendStroke(start, { x: 20, y: 10 }).strokes[0]?.points).toHaveLength(2);
  });
});
