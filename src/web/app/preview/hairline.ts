import {
  type HairlineHelperId,
  hairlineHelperIds,
  type Point,
  type PreviewDesign,
} from "../../../domain/preview/types.ts";

/** Helper names as the practitioner reads them (the client's left is the photo's right). */
export const helperLabels: Record<HairlineHelperId, string> = {
  mid_frontal: "Mid-frontal point",
  left_frontotemporal: "Frontotemporal point (client's left)",
  right_frontotemporal: "Frontotemporal point (client's right)",
  left_temple: "Temple point (client's left)",
  right_temple: "Temple point (client's right)",
};
export const helperShort: Record<HairlineHelperId, string> = {
  mid_frontal: "MF",
  left_frontotemporal: "FT·L",
  right_frontotemporal: "FT·R",
  left_temple: "T·L",
  right_temple: "T·R",
};

/** The order a hairline runs through the helpers: client's left temple to client's right. */
const hairlineOrder: HairlineHelperId[] = [
  "left_temple",
  "left_frontotemporal",
  "mid_frontal",
  "right_frontotemporal",
  "right_temple",
];

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Points along the Catmull-Rom curve through the control points (for drawing the line). */
export function sampleCurve(points: readonly Point[], perSegment = 16): Point[] {
  if (points.length < 3) return points.map((p) => ({ ...p }));
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)] as Point;
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = points[Math.min(points.length - 1, i + 2)] as Point;
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment;
      const t2 = t * t;
      const t3 = t2 * t;
      const c = (a: number, b: number, d: number, e: number) =>
        0.5 *
        (2 * b + (-a + d) * t + (2 * a - 5 * b + 4 * d - e) * t2 + (-a + 3 * b - 3 * d + e) * t3);
      out.push({ x: c(p0.x, p1.x, p2.x, p3.x), y: c(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  out.push({ ...(points[points.length - 1] as Point) });
  return out;
}

/** Inserts a control point where it lengthens the line least (so it lands between its neighbours). */
export function insertPoint(
  points: readonly Point[],
  p: Point,
): { points: Point[]; index: number } {
  if (points.length < 2) {
    const next = [...points, p].sort((a, b) => a.x - b.x);
    return { points: next, index: next.indexOf(p) };
  }
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= points.length; i++) {
    const before = points[i - 1];
    const after = points[i];
    const cost =
      before && after
        ? dist(before, p) + dist(p, after) - dist(before, after)
        : dist(p, (before ?? after) as Point);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  const next = [...points];
  next.splice(best, 0, p);
  return { points: next, index: best };
}

/** The index of the point within `radius` of `p`, nearest first; -1 when none. */
export function hitPoint(points: readonly Point[], p: Point, radius: number): number {
  let found = -1;
  let nearest = radius;
  points.forEach((q, i) => {
    const d = dist(p, q);
    if (d <= nearest) {
      nearest = d;
      found = i;
    }
  });
  return found;
}

export function hitHelper(
  helpers: PreviewDesign["helpers"],
  p: Point,
  radius: number,
): HairlineHelperId | null {
  let found: HairlineHelperId | null = null;
  let nearest = radius;
  for (const id of hairlineHelperIds) {
    const q = helpers[id];
    if (q && dist(p, q) <= nearest) {
      nearest = dist(p, q);
      found = id;
    }
  }
  return found;
}

/** A hairline control point dropped near a helper snaps onto it. */
export function snapToHelper(p: Point, helpers: PreviewDesign["helpers"], radius: number): Point {
  const id = hitHelper(helpers, p, radius);
  const q = id ? helpers[id] : undefined;
  return q ? { ...q } : p;
}

/**
 * A hairline through the placed helpers, client's left temple to right, with a point halfway
 * between neighbours lifted slightly so the line curves like a natural frontal hairline.
 */
export function hairlineFromHelpers(helpers: PreviewDesign["helpers"]): Point[] {
  const placed = hairlineOrder.map((id) => helpers[id]).filter((p): p is Point => !!p);
  const out: Point[] = [];
  placed.forEach((p, i) => {
    out.push({ ...p });
    const next = placed[i + 1];
    if (next) out.push({ x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 });
  });
  return out;
}

/** The next helper still to place, in the order practitioners usually mark them. */
export function nextHelper(helpers: PreviewDesign["helpers"]): HairlineHelperId | null {
  const order: HairlineHelperId[] = [
    "mid_frontal",
    "left_frontotemporal",
    "right_frontotemporal",
    "left_temple",
    "right_temple",
  ];
  return order.find((id) => !helpers[id]) ?? null;
}
