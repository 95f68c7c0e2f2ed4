import { catmullRomPolyline, extendToBorder } from "./curve.ts";
import { noiseField } from "./random.ts";
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
  if (radius < 1) {
    const data = new Uint8Array(width * height);
    for (let i = 0; i < data.length; i++) data[i] = binary[i] ? 255 : 0;
    return { width, height, data };
  }
  // Two octaves of value noise: wavy at ~6 mm, irregular at ~1.5 mm.
  const low = noiseField(width, height, Math.max(4, 6 * design.pxPerMm), params.seed ^ 0x5bd1e995);
  const high = noiseField(
    width,
    height,
    Math.max(2, 1.5 * design.pxPerMm),
    params.seed ^ 0x1b873593,
  );
  const area = (2 * radius + 1) * (2 * radius + 1);
  const inv = 1 / area;
  const data = new Uint8Array(width * height);
  boxBlur(binary, width, height, radius, (row, y, acc, x0, x1) => {
    for (let x = x0; x < x1; x++) {
      const s = acc[x] as number;
      if (s === 0) continue;
      if (s >= area) {
        data[row + x] = 255;
        continue;
      }
      let t = s * inv;
      const n = 0.7 * low(x, y) + 0.3 * high(x, y);
      t += 0.9 * n * t * (1 - t);
      t = t * t * (3 - 2 * t);
      data[row + x] = (t * 255 + 0.5) | 0;
    }
  });
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
  const spans = hairlineSpans(width, height, hairline);
  // Which side holds most of the paint: count every 2nd row, which is plenty to decide.
  let inA = 0;
  let total = 0;
  for (let y = 0; y < height; y += 2) {
    const row = y * width;
    const list = spans[y] as number[];
    const line = binary.subarray(row, row + width);
    const from = line.indexOf(1);
    if (from < 0) continue;
    const to = line.lastIndexOf(1);
    let k = 0;
    for (let x = from; x <= to; x++) {
      if (binary[row + x] === 0) continue;
      total++;
      while (k < list.length && (list[k + 1] as number) < x) k += 2;
      if (k < list.length && (list[k] as number) <= x) inA++;
    }
  }
  const keepA = inA * 2 >= total;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const list = spans[y] as number[];
    if (keepA) {
      let from = 0;
      for (let k = 0; k < list.length; k += 2) {
        binary.fill(0, row + from, row + (list[k] as number));
        from = (list[k + 1] as number) + 1;
      }
      binary.fill(0, row + from, row + width);
    } else {
      for (let k = 0; k < list.length; k += 2)
        binary.fill(0, row + (list[k] as number), row + (list[k + 1] as number) + 1);
    }
  }
}

/** 1 for pixels on one side of the (extended) hairline, 0 on the other. */
export function hairlineSide(
  width: number,
  height: number,
  hairline: readonly Point[],
): Uint8Array {
  const out = new Uint8Array(width * height);
  const spans = hairlineSpans(width, height, hairline);
  for (let y = 0; y < height; y++) {
    const list = spans[y] as number[];
    for (let k = 0; k < list.length; k += 2)
      out.fill(1, y * width + (list[k] as number), y * width + (list[k + 1] as number) + 1);
  }
  return out;
}

/**
 * Per row, the inclusive pixel ranges [x0, x1, …] on one side of the hairline (even-odd scanline
 * fill of the curve extended to the border and closed far outside the image).
 */
function hairlineSpans(width: number, height: number, hairline: readonly Point[]): number[][] {
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
  const out: number[][] = [];
  const xs: number[] = [];
  for (let y = 0; y < height; y++) {
    const spans: number[] = [];
    out.push(spans);
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
      if (x0 <= x1) spans.push(x0, x1);
    }
  }
  return out;
}

/**
 * Box sums of a 0/1 raster over a (2r+1)² window, edges replicated (so a painted area reaching the
 * photo's border is not feathered there). Separable running sums, O(pixels) whatever r is; each
 * finished row of sums is handed to `emit` (a reused buffer; rows with no paint near are skipped)
 * with the column range [x0, x1) outside which every sum is zero (only that range is summed).
 */
export function boxBlur(
  binary: Uint8Array,
  width: number,
  height: number,
  r: number,
  emit: (row: number, y: number, sums: Int32Array, x0: number, x1: number) => void,
): void {
  const horiz = horizScratch(width * height);
  const rowHas = new Uint8Array(height);
  let xs = width;
  let xe = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    // A row with no paint sums to zero everywhere (native scan and fill, no per-pixel loop).
    const line = binary.subarray(row, row + width);
    const f = line.indexOf(1);
    if (f < 0) {
      horiz.fill(0, row, row + width);
      rowHas[y] = 0;
      continue;
    }
    const l = line.lastIndexOf(1);
    const first = binary[row] as number;
    const last = binary[row + width - 1] as number;
    // Sums can be non-zero only within r of the row's paint (edges replicate only painted ends).
    const xa = Math.max(0, f - r);
    const xb = Math.min(width, l + r + 1);
    horiz.fill(0, row, row + xa);
    horiz.fill(0, row + xb, row + width);
    let sum = 0;
    for (let k = xa - r; k <= xa + r; k++)
      sum += k < 0 ? first : k >= width ? last : (binary[row + k] as number);
    // Running sum over [xa, xb), split so the middle needs no edge tests.
    const midEnd = Math.min(xb, width - r - 1);
    let x = xa;
    for (; x < r && x < xb; x++) {
      horiz[row + x] = sum;
      const add = x + r + 1;
      sum += (add < width ? (binary[row + add] as number) : last) - first;
    }
    for (; x < midEnd; x++) {
      horiz[row + x] = sum;
      sum += (binary[row + x + r + 1] as number) - (binary[row + x - r] as number);
    }
    for (; x < xb; x++) {
      horiz[row + x] = sum;
      const add = x + r + 1;
      const sub = x - r;
      sum +=
        (add < width ? (binary[row + add] as number) : last) -
        (sub < 0 ? first : (binary[row + sub] as number));
    }
    rowHas[y] = 1;
    if (xa < xs) xs = xa;
    if (xb > xe) xe = xb;
  }
  const acc = new Int32Array(width);
  let live = 0;
  for (let k = -r; k <= r; k++) {
    const yy = clamp(k, height);
    live += rowHas[yy] as number;
    const row = yy * width;
    for (let x = xs; x < xe; x++) acc[x] = (acc[x] as number) + (horiz[row + x] as number);
  }
  for (let y = 0; y < height; y++) {
    if (live > 0) emit(y * width, y, acc, xs, xe);
    const ya = clamp(y + r + 1, height);
    const ys = clamp(y - r, height);
    live += (rowHas[ya] as number) - (rowHas[ys] as number);
    if ((rowHas[ya] as number) | (rowHas[ys] as number)) {
      const add = ya * width;
      const sub = ys * width;
      for (let x = xs; x < xe; x++)
        acc[x] = (acc[x] as number) + (horiz[add + x] as number) - (horiz[sub + x] as number);
    }
  }
}

/** Horizontal sums, reused between calls of the same size (fully overwritten each call). */
let horizPool: Uint16Array | null = null;
function horizScratch(n: number): Uint16Array {
  if (!horizPool || horizPool.length !== n) horizPool = new Uint16Array(n);
  return horizPool;
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
