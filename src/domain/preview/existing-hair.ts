import type { AlphaMask, RgbaImage } from "./types.ts";

/** Side of the blocks the photo is measured in (px), and the bare-skin search radius (blocks). */
const BLOCK = 16;
const REACH = 1;
/** Relative darkening below which a block counts as bare skin, and at which as full hair. */
const BARE = 0.07;
const FULL = 0.2;
/** How much of the planned density is left where the photo already shows full hair. */
const LEFT_OVER_HAIR = 0.15;

/**
 * Blends the treatment into hair the client still has: where the photo is already darker than
 * the bare skin near it (shaved or thinning hair), the mask's weight is lowered, so fewer, fainter
 * impressions and less shadow go there and the treated area meets the hair without a dark seam.
 * The photo is measured in 16×16 px blocks (every 4th pixel): a block's bare skin is the brightest
 * sample within REACH blocks (skin shows between hairs, and shading over the head changes little
 * over a few mm, so it is not taken for hair), and its darkening is how far the block's mean falls
 * below that. Changes `mask` in place (its bounds only) and returns it; the mask may be at 1/`scale` of
 * the photo's resolution.
 */
export function blendIntoExistingHair(mask: AlphaMask, image: RgbaImage, scale = 1): AlphaMask {
  const { width, height, data: px } = image;
  const box = mask.bounds ?? { x0: 0, y0: 0, x1: mask.width, y1: mask.height };
  if (box.x0 >= box.x1 || box.y0 >= box.y1) return mask;
  const cols = Math.ceil(width / BLOCK);
  const rows = Math.ceil(height / BLOCK);
  // Blocks of the mask's box and REACH around it.
  const bx0 = Math.max(0, Math.floor((box.x0 * scale) / BLOCK) - REACH);
  const by0 = Math.max(0, Math.floor((box.y0 * scale) / BLOCK) - REACH);
  const bx1 = Math.min(cols, Math.ceil((box.x1 * scale) / BLOCK) + REACH);
  const by1 = Math.min(rows, Math.ceil((box.y1 * scale) / BLOCK) + REACH);
  const bw = bx1 - bx0;
  const bh = by1 - by0;
  const mean = new Float32Array(bw * bh);
  const peak = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    const y0 = (by + by0) * BLOCK;
    const y1 = Math.min(height, y0 + BLOCK);
    for (let bx = 0; bx < bw; bx++) {
      const x0 = (bx + bx0) * BLOCK;
      const x1 = Math.min(width, x0 + BLOCK);
      let sum = 0;
      let top = 0;
      let n = 0;
      for (let y = y0; y < y1; y += 4)
        for (let x = x0, p = (y * width + x0) << 2; x < x1; x += 4, p += 16) {
          // Rec. 601 luma in integers (weights sum to 16).
          const l = 5 * (px[p] as number) + 9 * (px[p + 1] as number) + 2 * (px[p + 2] as number);
          sum += l;
          if (l > top) top = l;
          n++;
        }
      mean[by * bw + bx] = sum / (16 * n);
      peak[by * bw + bx] = top / 16;
    }
  }
  const skin = maxFilter(peak, bw, bh, REACH);
  // Weight factor per block, then applied to the mask's pixels.
  const factor = new Float32Array(bw * bh);
  for (let i = 0; i < factor.length; i++) {
    const ref = skin[i] as number;
    const dark = ref > 0 ? 1 - (mean[i] as number) / ref : 0;
    const t = Math.max(0, Math.min(1, (dark - BARE) / (FULL - BARE)));
    factor[i] = 1 - (1 - LEFT_OVER_HAIR) * t * t * (3 - 2 * t);
  }
  // Bilinear between block centres, in 8-bit fixed point: a row of factors interpolated between
  // two block rows, then along the row with per-column weights computed once.
  const w = mask.data;
  const line = new Int32Array(bw + 1);
  const col = new Int32Array(box.x1 - box.x0);
  const colW = new Int32Array(box.x1 - box.x0);
  for (let x = box.x0; x < box.x1; x++) {
    const gx = Math.max(0, Math.min(bw - 1, ((x + 0.5) * scale) / BLOCK - 0.5 - bx0));
    col[x - box.x0] = gx | 0;
    colW[x - box.x0] = Math.round((gx - (gx | 0)) * 256);
  }
  for (let y = box.y0; y < box.y1; y++) {
    const gy = Math.max(0, Math.min(bh - 1, ((y + 0.5) * scale) / BLOCK - 0.5 - by0));
    const r0 = gy | 0;
    const r1 = Math.min(bh - 1, r0 + 1);
    const fy = gy - r0;
    let all = true;
    for (let i = 0; i < bw; i++) {
      const v = (factor[r0 * bw + i] as number) * (1 - fy) + (factor[r1 * bw + i] as number) * fy;
      line[i] = Math.round(v * 256);
      if (line[i] !== 256) all = false;
    }
    line[bw] = line[bw - 1] as number;
    // Bare skin all along the row: nothing to lower.
    if (all) continue;
    const row = y * mask.width;
    for (let x = box.x0; x < box.x1; x++) {
      const v = w[row + x] as number;
      if (v === 0) continue;
      const c = col[x - box.x0] as number;
      const a = line[c] as number;
      const b = line[c + 1] as number;
      if (a === 256 && b === 256) continue;
      const t = colW[x - box.x0] as number;
      w[row + x] = (v * ((a * (256 - t) + b * t) >> 8) + 128) >> 8;
    }
  }
  return mask;
}

/** Maximum over a (2r+1)² window of blocks (separable, clamped at the edges). */
function maxFilter(src: Float32Array, w: number, h: number, r: number): Float32Array {
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let m = 0;
      for (let k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++)
        m = Math.max(m, src[y * w + k] as number);
      tmp[y * w + x] = m;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let m = 0;
      for (let k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++)
        m = Math.max(m, tmp[k * w + x] as number);
      out[y * w + x] = m;
    }
  return out;
}
