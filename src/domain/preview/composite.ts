import type { Impressions } from "./impressions.ts";
import { kernelFor, PHASES } from "./kernels.ts";
import { HEALING_LOOK, PEAK_OPTICAL_DENSITY } from "./look.ts";
import { LINEAR12_TO_SRGB, SRGB_TO_LINEAR16 } from "./lut.ts";
import type { AlphaMask, PreviewHealing, RgbaImage } from "./types.ts";

/** Optical density fixed point: 1.0 OD = 1024; tables cover 0..4 OD (beyond is black anyway). */
const OD_ONE = 1024;
const OD_SIZE = 4096;

/** Optical density levels of the darkening tables: OD quantised to 1/128 (≤ 1 sRGB level). */
const OD_SHIFT = 3;
const OD_LEVELS = OD_SIZE >> OD_SHIFT;

const darkenCache = new Map<PreviewHealing, [Uint8Array, Uint8Array, Uint8Array]>();

/**
 * Per channel, a table from (optical density level, 8-bit sRGB value) to the darkened 8-bit sRGB
 * value: to linear light, times the pigment's transmittance exp(−OD·absorb), back to sRGB. Built
 * once per healing state (3 × 128 KB), so each pixel costs one look-up per channel.
 */
function darkenTables(healing: PreviewHealing): [Uint8Array, Uint8Array, Uint8Array] {
  let t = darkenCache.get(healing);
  if (!t) {
    const absorb = HEALING_LOOK[healing].absorb;
    t = [0, 1, 2].map((c) => {
      const table = new Uint8Array(OD_LEVELS * 256);
      for (let level = 0; level < OD_LEVELS; level++) {
        const od = (level << OD_SHIFT) / OD_ONE;
        const trans = Math.round(65535 * Math.exp(-od * (absorb[c] as number)));
        for (let v = 0; v < 256; v++)
          table[(level << 8) | v] = LINEAR12_TO_SRGB[
            ((SRGB_TO_LINEAR16[v] as number) * trans) >>> 20
          ] as number;
      }
      return table;
    }) as [Uint8Array, Uint8Array, Uint8Array];
    darkenCache.set(healing, t);
  }
  return t;
}

/**
 * The optical-density accumulation buffer, reused between calls of the same size (allocating and
 * zeroing megabytes per render costs more than the splatting). Always all zero between calls:
 * each call clears the dirty spans it wrote. Not shared across threads (each worker has its own).
 */
let pool: Uint16Array | null = null;
function scratch(n: number): Uint16Array {
  if (!pool || pool.length !== n) pool = new Uint16Array(n);
  return pool;
}

/**
 * Composites the impressions over a copy of the image: each dot's kernel adds optical density to
 * an accumulation buffer over its bounding box only (rows' dirty spans recorded), then one pass
 * over the dirty spans adds the even scatter shadow (by mask weight) and multiplies the skin, in
 * linear light, by the pigment's transmittance exp(−OD·absorb) per channel — multiplying keeps
 * shadows and skin tone showing through, and overlapping dots darken as real pigment does. All
 * integer table look-ups.
 */
export function compositeImpressions(
  image: RgbaImage,
  imps: Impressions,
  healing: PreviewHealing,
  mask: AlphaMask,
): RgbaImage {
  const { width, height } = image;
  const src = image.data;
  const out = new Uint8ClampedArray(src);
  // Table values are already 0..255: plain byte stores skip the clamping.
  const bytes = new Uint8Array(out.buffer, out.byteOffset, out.length);
  const acc = scratch(width * height);
  const rowMin = new Int32Array(height).fill(width);
  const rowMax = new Int32Array(height).fill(-1);
  const crisp = HEALING_LOOK[healing].softness < 1;
  const odScale = PEAK_OPTICAL_DENSITY * OD_ONE;
  for (let i = 0; i < imps.count; i++) {
    const x = imps.x[i] as number;
    const y = imps.y[i] as number;
    const op = Math.round((imps.opacity[i] as number) * odScale);
    if (op <= 0) continue;
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const k = kernelFor(
      imps.radiusPx[i] as number,
      imps.shape[i] as number,
      Math.min(PHASES - 1, Math.floor((x - ix) * PHASES)),
      Math.min(PHASES - 1, Math.floor((y - iy) * PHASES)),
      crisp,
    );
    const size = k.size;
    const x0 = ix + k.offset;
    const y0 = iy + k.offset;
    // Only the kernel's non-zero box, clipped to the image.
    const kx0 = x0 + k.x0 < 0 ? -x0 : k.x0;
    const ky0 = y0 + k.y0 < 0 ? -y0 : k.y0;
    const kx1 = x0 + k.x1 > width ? width - x0 : k.x1;
    const ky1 = y0 + k.y1 > height ? height - y0 : k.y1;
    if (kx0 >= kx1 || ky0 >= ky1) continue;
    const kd = k.data;
    for (let ky = ky0; ky < ky1; ky++) {
      const yy = y0 + ky;
      const rowBase = yy * width + x0;
      const kBase = ky * size;
      for (let kx = kx0; kx < kx1; kx++) {
        // Zero entries (the corners) add nothing: no branch for them.
        const p = rowBase + kx;
        const s = (acc[p] as number) + (((kd[kBase + kx] as number) * op) >>> 12);
        acc[p] = s > 65535 ? 65535 : s;
      }
      if (x0 + kx0 < (rowMin[yy] as number)) rowMin[yy] = x0 + kx0;
      if (x0 + kx1 - 1 > (rowMax[yy] as number)) rowMax[yy] = x0 + kx1 - 1;
    }
  }
  // The even shadow between dots, by mask weight (so it feathers with the transition zone).
  const haze = new Uint16Array(256);
  for (let w = 0; w < 256; w++) haze[w] = Math.round((imps.hazeOd * OD_ONE * w) / 255);
  const weight = mask.data;
  const sh = mask.shift ?? 0;
  const [dr, dg, db] = darkenTables(healing);
  for (let y = 0; y < height; y++) {
    const x1 = rowMax[y] as number;
    const row = y * width;
    const wrow = (y >> sh) * mask.width;
    for (let x = rowMin[y] as number; x <= x1; x++) {
      const a = (acc[row + x] as number) + (haze[weight[wrow + (x >> sh)] as number] as number);
      if (a === 0) continue;
      const level = ((a < OD_SIZE ? a : OD_SIZE - 1) >>> OD_SHIFT) << 8;
      const p = (row + x) << 2;
      bytes[p] = dr[level | (src[p] as number)] as number;
      bytes[p + 1] = dg[level | (src[p + 1] as number)] as number;
      bytes[p + 2] = db[level | (src[p + 2] as number)] as number;
    }
    // Leave the reused buffer all zero for the next call.
    if (x1 >= 0) acc.fill(0, row + (rowMin[y] as number), row + x1 + 1);
  }
  return { width, height, data: out };
}
