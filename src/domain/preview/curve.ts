import type { Point } from "./types.ts";

/**
 * The hairline as a smooth curve: a centripetal-free, uniform Catmull-Rom spline through the
 * control points (end points repeated), flattened to a polyline with about `stepPx` between points.
 */
export function catmullRomPolyline(points: readonly Point[], stepPx = 2): Point[] {
  if (points.length === 0) return [];
  if (points.length === 1) return [{ x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 }];
  const out: Point[] = [];
  const at = (i: number): Point => points[Math.max(0, Math.min(points.length - 1, i))] as Point;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const len = Math.hypot(p2.x - p1.x, p2.y - p1.y);
    const steps = Math.max(1, Math.ceil(len / stepPx));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      out.push(catmullRom(p0, p1, p2, p3, t));
    }
  }
  const last = points[points.length - 1] as Point;
  out.push({ x: last.x, y: last.y });
  return out;
}

/** One uniform Catmull-Rom segment between p1 and p2 at t in [0, 1]. */
export function catmullRom(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const t2 = t * t;
  const t3 = t2 * t;
  const f = (a: number, b: number, c: number, d: number) =>
    0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  return { x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) };
}

/** Distance from (px, py) to the segment a–b. */
export function segmentDistance(px: number, py: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = a.x + t * dx - px;
  const ey = a.y + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/**
 * Extends an open polyline at both ends along its end directions until it leaves the
 * width × height rectangle, so that it splits the image into two sides.
 */
export function extendToBorder(line: readonly Point[], width: number, height: number): Point[] {
  if (line.length < 2) return [...line];
  const reach = 2 * (width + height);
  const first = line[0] as Point;
  const second = line[Math.min(line.length - 1, 3)] as Point;
  const last = line[line.length - 1] as Point;
  const beforeLast = line[Math.max(0, line.length - 4)] as Point;
  const extend = (from: Point, to: Point): Point => {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const len = Math.hypot(dx, dy) || 1;
    return { x: to.x + (dx / len) * reach, y: to.y + (dy / len) * reach };
  };
  return [extend(second, first), ...line, extend(beforeLast, last)];
}
