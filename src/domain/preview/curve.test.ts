import { describe, expect, it } from "vitest";
import { catmullRom, catmullRomPolyline, extendToBorder, segmentDistance } from "./curve.ts";

describe("hairline curve", () => {
  const pts = [
    { x: 10, y: 80 },
    { x: 60, y: 40 },
    { x: 120, y: 30 },
    { x: 180, y: 45 },
    { x: 230, y: 85 },
  ];

  it("passes through every control point", () => {
    const line = catmullRomPolyline(pts, 2);
    for (const p of pts) {
      const nearest = Math.min(...line.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
      expect(nearest).toBeLessThan(1e-9);
    }
    expect(line[0]).toEqual(pts[0]);
    expect(line[line.length - 1]).toEqual(pts[4]);
  });

  it("is smooth: consecutive samples are close together and no corner is sharp", () => {
    const line = catmullRomPolyline(pts, 2);
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as { x: number; y: number };
      const b = line[i] as { x: number; y: number };
      expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(2.5);
    }
    for (let i = 2; i < line.length; i++) {
      const a = line[i - 2] as { x: number; y: number };
      const b = line[i - 1] as { x: number; y: number };
      const c = line[i] as { x: number; y: number };
      const t1 = Math.atan2(b.y - a.y, b.x - a.x);
      const t2 = Math.atan2(c.y - b.y, c.x - b.x);
      expect(Math.abs(t2 - t1)).toBeLessThan(0.2);
    }
  });

  it("keeps collinear points on their line", () => {
    const p = catmullRom({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 20 }, { x: 30, y: 30 }, 0.3);
    expect(p.x).toBeCloseTo(13, 9);
    expect(p.y).toBeCloseTo(13, 9);
  });

  it("measures distance to a segment, clamped at its ends", () => {
    expect(segmentDistance(5, 3, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(segmentDistance(13, 4, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });

  it("extends both ends beyond the image along their direction", () => {
    const ext = extendToBorder(catmullRomPolyline(pts, 2), 240, 120);
    expect(ext[0]?.x).toBeLessThan(-240);
    expect(ext[ext.length - 1]?.x).toBeGreaterThan(480);
  });
});
