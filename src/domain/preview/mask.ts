import { boxBlur } from "./box-blur.ts";
import { catmullRomPolyline, extendToBorder } from "./curve.ts";
import { blendIntoExistingHair } from "./existing-hair.ts";
import { noiseField } from "./random.ts";
import type {
  AlphaMask,
  MaskStroke,
  Point,
  PreviewDesign,
  PreviewParams,
  RgbaImage,
} from "./types.ts";

/**
 * The treatment mask: painted strokes (paint adds, erase removes, in order), clipped to the
 * treated side of the hairline, then feathered over `softnessMm` so density ramps up across a
 * transition zone centred on the edge. The edge is displaced by low-frequency noise so the line
 * is never ruler straight (smp-reference §4.3: micro- and macro-irregularity, soft transition).
 * A pixel more than softness/2 (+2 px when built at half resolution) outside the painted, clipped
 * area always has weight 0. Given the photo, the weight is lowered where it already shows hair
 * (existing-hair.ts).
 */
export function buildMask(
  design: PreviewDesign,
  params: PreviewParams,
  photo?: RgbaImage,
): AlphaMask {
  const mask = buildRenderMask(design, params, photo);
  return mask.shift ? upsample2(mask, design.imageWidth, design.imageHeight) : mask;
}

/**
 * The mask as the renderer uses it: the same weights as `buildMask`, but a wide feather stays at
 * half resolution (`shift` 1; a quarter of the work, and nothing to scale up: placement and
 * compositing read it at half resolution). Bounds are in image pixels.
 */
export function buildRenderMask(
  design: PreviewDesign,
  params: PreviewParams,
  photo?: RgbaImage,
): AlphaMask {
  const softPx = Math.max(0, params.softnessMm * design.pxPerMm);
  const radius = Math.round(softPx / 2);
  if (radius < HALF_RES_MIN_RADIUS) {
    const mask = featheredMask(design, params, radius);
    return photo ? blendIntoExistingHair(mask, photo) : mask;
  }
  const low = featheredMask(halveDesign(design), params, Math.round(softPx / 4));
  if (photo) blendIntoExistingHair(low, photo, 2);
  const lb = low.bounds ?? { x0: 0, y0: 0, x1: low.width, y1: low.height };
  return {
    ...low,
    shift: 1,
    bounds: {
      x0: 2 * lb.x0,
      y0: 2 * lb.y0,
      x1: Math.min(design.imageWidth, 2 * lb.x1),
      y1: Math.min(design.imageHeight, 2 * lb.y1),
    },
  };
}

/**
 * From this feather radius (px) up, the mask is built at half resolution. Its edge then moves by
 * at most 2 px, well inside the feather (the outside limit above still holds: 2 px < radius/2).
 */
const HALF_RES_MIN_RADIUS = 8;

function featheredMask(design: PreviewDesign, params: PreviewParams, radius: number): AlphaMask {
  const { imageWidth: width, imageHeight: height } = design;
  const binary = rasterizeStrokes(width, height, design.strokes);
  clipToHairline(binary, width, height, design.hairline);
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
  const bounds = { x0: width, y0: height, x1: 0, y1: 0 };
  boxBlur(binary, width, height, radius, (row, y, acc, x0, x1) => {
    if (y < bounds.y0) bounds.y0 = y;
    bounds.y1 = y + 1;
    if (x0 < bounds.x0) bounds.x0 = x0;
    if (x1 > bounds.x1) bounds.x1 = x1;
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
  return { width, height, data, bounds };
}

/** The design at half the image size (strokes, hairline and scale). */
function halveDesign(design: PreviewDesign): PreviewDesign {
  const pt = (p: Point) => ({ x: p.x / 2, y: p.y / 2 });
  return {
    ...design,
    imageWidth: Math.ceil(design.imageWidth / 2),
    imageHeight: Math.ceil(design.imageHeight / 2),
    pxPerMm: design.pxPerMm / 2,
    hairline: design.hairline.map(pt),
    strokes: design.strokes.map((s) => ({
      ...s,
      radiusPx: s.radiusPx / 2,
      points: s.points.map(pt),
    })),
  };
}

/** A half-resolution mask (bounds in image pixels) at full size, each weight on 2×2 pixels. */
function upsample2(low: AlphaMask, width: number, height: number): AlphaMask {
  const data = new Uint8Array(width * height);
  const bounds = low.bounds ?? { x0: 0, y0: 0, x1: width, y1: height };
  const src = low.data;
  const lw = low.width;
  // With an even width every row starts 2-byte aligned: write each low weight as one 16-bit pair.
  const pairs =
    width % 2 === 0 ? new Uint16Array(data.buffer, data.byteOffset, data.length >> 1) : null;
  for (let y = bounds.y0; y < bounds.y1; y += 2) {
    const row = y * width;
    const from = (y >> 1) * lw;
    if (pairs) {
      const end = bounds.x1 >> 1;
      for (let i = bounds.x0 >> 1, q = row >> 1; i < end; i++)
        pairs[q + i] = (src[from + i] as number) * 257;
      if (bounds.x1 & 1) data[row + bounds.x1 - 1] = src[from + (bounds.x1 >> 1)] as number;
    } else {
      for (let x = bounds.x0; x < bounds.x1; x++) data[row + x] = src[from + (x >> 1)] as number;
    }
    if (y + 1 < bounds.y1)
      data.copyWithin(row + width + bounds.x0, row + bounds.x0, row + bounds.x1);
  }
  return { width, height, data, bounds };
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
  // Which side holds most of the paint: a sample of every 4th pixel of every 4th row is plenty.
  let inA = 0;
  let total = 0;
  for (let y = 0; y < height; y += 4) {
    const row = y * width;
    const list = spans[y] as number[];
    const line = binary.subarray(row, row + width);
    const from = line.indexOf(1);
    if (from < 0) continue;
    const to = line.lastIndexOf(1);
    let k = 0;
    for (let x = from; x <= to; x += 4) {
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
