import { catmullRomPolyline, extendToBorder } from "./curve.ts";
import { valueNoise } from "./random.ts";
import type { AlphaMask, MaskStroke, Point, PreviewDesign, PreviewParams } from "./types.ts";

/**
 * The treatment mask: painted strokes (paint adds, erase removes, in order), clipped to the
 * treated side of the hairline, then feathered over `softnessMm` so density ramps up across a
 * transition zone centred on the edge. The edge is displaced by low-frequency noise so the line
 * is never ruler straight (smp-reference §4.3: micro- and macro-irregularity, soft transition).
 * A pixel more than softness/2 (+1 px) outside the painted, clipped area always has weight 0.
 */
export function buildMask(design: PreviewDesign, params: PreviewParams): AlphaMask {
  const { imageWidth: width, imageHeight: height } = design;
  const binary = rasterizeStrokes(width, height, design.strokes);
  clipToHairline(binary, width, height, design.hairline);
  const softPx = Math.max(0, params.softnessMm * design.pxPerMm);
  const radius = Math.round(softPx / 2);
  const data = new Uint8Array(width * height);
  if (radius < 1) {
    for (let i = 0; i < data.length; i++) data[i] = binary[i] ? 255 : 0;
    return { width, height, data };
  }
  const sums = boxBlur(binary, width, height, radius);
  const area = (2 * radius + 1) * (2 * radius + 1);
  // Two octaves of value noise: wavy at ~6 mm, irregular at ~1.5 mm.
  const cellLow = Math.max(4, 6 * design.pxPerMm);
  const cellHigh = Math.max(2, 1.5 * design.pxPerMm);
  const seedLow = (params.seed ^ 0x5bd1e995) | 0;
  const seedHigh = (params.seed ^ 0x1b873593) | 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const s = sums[row + x] ?? 0;
      if (s === 0) continue;
      if (s >= area) {
        data[row + x] = 255;
        continue;
      }
      let t = s / area;
      const n =
        0.7 * valueNoise(x, y, cellLow, seedLow) + 0.3 * valueNoise(x, y, cellHigh, seedHigh);
      t += 0.9 * n * t * (1 - t);
      t = t * t * (3 - 2 * t);
      data[row + x] = Math.max(0, Math.min(255, Math.round(t * 255)));
    }
  }
  return { width, height, data };
}

/** Binary (0/1) raster of the strokes, applied in order: paint sets, erase clears. */
export function rasterizeStrokes(
  width: number,
  height: number,
  strokes: readonly MaskStroke[],
): Uint8Array {
  const out = new Uint8Array(width * height);
  for (const stroke of strokes) {
    const value = stroke.mode === "paint" ? 1 : 0;
    const pts = stroke.points;
    if (pts.length === 0 || !(stroke.radiusPx > 0)) continue;
    if (pts.length === 1)
      fillCapsule(out, width, height, pts[0] as Point, pts[0] as Point, stroke.radiusPx, value);
    for (let i = 0; i + 1 < pts.length; i++)
      fillCapsule(out, width, height, pts[i] as Point, pts[i + 1] as Point, stroke.radiusPx, value);
  }
  return out;
}

/** Sets every pixel whose centre is within r of the segment a–b (a round brush), row by row. */
function fillCapsule(
  out: Uint8Array,
  width: number,
  height: number,
  a: Point,
  b: Point,
  r: number,
  value: number,
): void {
  const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - r));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(a.y, b.y) + r));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  const ux = len > 0 ? dx / len : 1;
  const uy = len > 0 ? dy / len : 0;
  for (let y = y0; y <= y1; y++) {
    const yc = y + 0.5;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const c of [a, b]) {
      const ddy = yc - c.y;
      if (ddy * ddy <= r * r) {
        const half = Math.sqrt(r * r - ddy * ddy);
        lo = Math.min(lo, c.x - half);
        hi = Math.max(hi, c.x + half);
      }
    }
    if (len > 0) {
      // Band: 0 ≤ (p−a)·u ≤ len and |(p−a)×u| ≤ r, intersected with the row.
      let bl = Number.NEGATIVE_INFINITY;
      let bh = Number.POSITIVE_INFINITY;
      const ry = yc - a.y;
      if (Math.abs(ux) > 1e-12) {
        const p = (0 - ry * uy) / ux;
        const q = (len - ry * uy) / ux;
        bl = Math.max(bl, Math.min(p, q));
        bh = Math.min(bh, Math.max(p, q));
      } else if (ry * uy < 0 || ry * uy > len) bh = bl - 1;
      if (Math.abs(uy) > 1e-12) {
        const p = (-r + ry * ux) / uy;
        const q = (r + ry * ux) / uy;
        bl = Math.max(bl, Math.min(p, q));
        bh = Math.min(bh, Math.max(p, q));
      } else if (Math.abs(ry * ux) > r) bh = bl - 1;
      if (bl <= bh) {
        lo = Math.min(lo, a.x + bl);
        hi = Math.max(hi, a.x + bh);
      }
    }
    if (!(lo <= hi)) continue;
    const x0 = Math.max(0, Math.ceil(lo - 0.5));
    const x1 = Math.min(width - 1, Math.floor(hi - 0.5));
    if (x0 <= x1) out.fill(value, y * width + x0, y * width + x1 + 1);
  }
}

/**
 * Clears the binary mask on the untreated side of the hairline. The curve is extended to the
 * image border along its end directions and closed far outside the image; the side holding most
 * of the painted area is the treated side.
 */
export function clipToHairline(
  binary: Uint8Array,
  width: number,
  height: number,
  hairline: readonly Point[],
): void {
  if (hairline.length < 2) return;
  const side = hairlineSide(width, height, hairline);
  let inA = 0;
  let total = 0;
  for (let i = 0; i < binary.length; i++) {
    if (binary[i]) {
      total++;
      if (side[i]) inA++;
    }
  }
  const keep = inA * 2 >= total ? 1 : 0;
  for (let i = 0; i < binary.length; i++) if (side[i] !== keep) binary[i] = 0;
}

/** 1 for pixels on one side of the (extended) hairline, 0 on the other (even-odd scanline fill). */
export function hairlineSide(
  width: number,
  height: number,
  hairline: readonly Point[],
): Uint8Array {
  const line = extendToBorder(catmullRomPolyline(hairline, 3), width, height);
  const cx = width / 2;
  const cy = height / 2;
  const big = 4 * (width + height);
  const first = line[0] as Point;
  const last = line[line.length - 1] as Point;
  const a0 = Math.atan2(last.y - cy, last.x - cx);
  let a1 = Math.atan2(first.y - cy, first.x - cx);
  if (a1 <= a0) a1 += 2 * Math.PI;
  const poly: Point[] = [...line];
  for (let k = 0; k <= 32; k++) {
    const ang = a0 + ((a1 - a0) * k) / 32;
    poly.push({ x: cx + big * Math.cos(ang), y: cy + big * Math.sin(ang) });
  }
  const out = new Uint8Array(width * height);
  const xs: number[] = [];
  for (let y = 0; y < height; y++) {
    const yc = y + 0.5;
    xs.length = 0;
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i] as Point;
      const q = poly[(i + 1) % poly.length] as Point;
      if (p.y <= yc !== q.y <= yc) xs.push(p.x + ((yc - p.y) / (q.y - p.y)) * (q.x - p.x));
    }
    xs.sort((m, n) => m - n);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const x0 = Math.max(0, Math.ceil((xs[i] as number) - 0.5));
      const x1 = Math.min(width - 1, Math.floor((xs[i + 1] as number) - 0.5));
      if (x0 <= x1) out.fill(1, y * width + x0, y * width + x1 + 1);
    }
  }
  return out;
}

/**
 * Box sums of a 0/1 raster over a (2r+1)² window, edges replicated (so a painted area reaching the
 * photo's border is not feathered there). Separable running sums: O(pixels) whatever r is.
 */
export function boxBlur(binary: Uint8Array, width: number, height: number, r: number): Int32Array {
  const horiz = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += binary[row + clamp(k, width)] ?? 0;
    for (let x = 0; x < width; x++) {
      horiz[row + x] = sum;
      sum +=
        (binary[row + clamp(x + r + 1, width)] ?? 0) - (binary[row + clamp(x - r, width)] ?? 0);
    }
  }
  const out = new Int32Array(width * height);
  const acc = new Int32Array(width);
  for (let k = -r; k <= r; k++) {
    const row = clamp(k, height) * width;
    for (let x = 0; x < width; x++) acc[x] = (acc[x] ?? 0) + (horiz[row + x] ?? 0);
  }
  for (let y = 0; y < height; y++) {
    out.set(acc, y * width);
    const add = clamp(y + r + 1, height) * width;
    const sub = clamp(y - r, height) * width;
    for (let x = 0; x < width; x++)
      acc[x] = (acc[x] ?? 0) + (horiz[add + x] ?? 0) - (horiz[sub + x] ?? 0);
  }
  return out;
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
