import { hash2, hash01 } from "./random.ts";
import type { AlphaMask } from "./types.ts";

export interface PointSet {
  count: number;
  x: Float32Array<ArrayBuffer>;
  y: Float32Array<ArrayBuffer>;
  /** Mask weight (0..255) where each point landed. */
  weight: Uint8Array<ArrayBuffer>;
}

/** The Poisson-disc radius: the least distance between two points, as a fraction of the spacing. */
export const MIN_DISTANCE_FACTOR = 0.62;

/** How far relaxation may move a point (fraction of the spacing): (1 − 2·MAX_SHIFT) ≥ the radius. */
const MAX_SHIFT = 0.19;

/**
 * Poisson-disc points at `density` points per px² wherever the mask is non-zero: no two points
 * closer than MIN_DISTANCE_FACTOR·spacing (spacing = 1/√density), thinned by the mask weight (a
 * point drawn at weight w is kept with probability w/255), so density ramps up across the
 * feathered edge instead of dots just fading. A linear-time construction with exact density in the core:
 * one point per cell of a jittered grid (rotated by a seed-dependent angle so no image axis
 * shows), one relaxation pass that pushes any point closer than the minimum distance to a
 * neighbour apart (each point moves at most MAX_SHIFT·spacing from where it was drawn), and a
 * final check that drops the rare point still too close to one kept before it. Because no point
 * leaves its cell by more than MAX_SHIFT, two points closer than the minimum distance are always
 * in neighbouring cells, so the 3×3 neighbourhood is the whole check. Deterministic for the seed.
 */
export function poissonInMask(
  mask: AlphaMask,
  density: number,
  seed: number,
  jitter = 1,
): PointSet {
  const { width, data } = mask;
  const sh = mask.shift ?? 0;
  const box = mask.bounds ?? { x0: 0, y0: 0, x1: width << sh, y1: mask.height << sh };
  const s = 1 / Math.sqrt(Math.max(density, 1e-9));
  const angle = 0.25 + 0.5 * hash01(0, 0, seed ^ 0x68e31da4);
  const c = Math.cos(angle);
  const sn = Math.sin(angle);
  // Grid: p(i, j) = i·s·(c, sn) + j·s·(−sn, c). Index ranges cover the mask's box. Each cell's
  // jitter and thinning come from a hash of its grid index, so a cell's point does not depend on
  // which other cells were visited (the box only saves work).
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ] as const;
  let iMin = Number.POSITIVE_INFINITY;
  let iMax = Number.NEGATIVE_INFINITY;
  let jMin = Number.POSITIVE_INFINITY;
  let jMax = Number.NEGATIVE_INFINITY;
  for (const [x, y] of corners) {
    const i = (x * c + y * sn) / s;
    const j = (-x * sn + y * c) / s;
    iMin = Math.min(iMin, i);
    iMax = Math.max(iMax, i);
    jMin = Math.min(jMin, j);
    jMax = Math.max(jMax, j);
  }
  const i0 = Math.floor(iMin) - 1;
  const j0 = Math.floor(jMin) - 1;
  const ni = Math.ceil(iMax) + 2 - i0;
  const nj = Math.ceil(jMax) + 2 - j0;
  const gx = new Float32Array(ni * nj).fill(Number.NaN);
  const gy = new Float32Array(ni * nj);
  const amp = Math.max(0, Math.min(1, jitter));
  const ex = s * c;
  const ey = s * sn;
  const thin = seed ^ 0x2f1c9b35;
  let live = 0;
  for (let j = 0; j < nj; j++) {
    // Row j of the grid crosses the box for i in [lo, hi] (solve x0 ≤ x < x1, y0 ≤ y < y1).
    const bx = -(j + j0) * ey;
    const by = (j + j0) * ex;
    let lo = 0;
    let hi = ni - 1;
    const limit = (base: number, step: number, max: number) => {
      if (Math.abs(step) < 1e-12) return;
      const a = (-s - base) / step - i0;
      const b = (max + s - base) / step - i0;
      lo = Math.max(lo, Math.floor(Math.min(a, b)));
      hi = Math.min(hi, Math.ceil(Math.max(a, b)));
    };
    limit(bx - box.x0, ex, box.x1 - box.x0);
    limit(by - box.y0, ey, box.y1 - box.y0);
    for (let i = lo; i <= hi; i++) {
      // One 32-bit hash gives both jitters (16 bits each).
      const h = hash2(i + i0, j + j0, seed);
      const u = i + i0 + 0.5 + amp * ((h & 0xffff) / 65536 - 0.5);
      const v = j + j0 + 0.5 + amp * ((h >>> 16) / 65536 - 0.5);
      const x = u * ex - v * ey;
      const y = u * ey + v * ex;
      if (x < box.x0 || y < box.y0 || x >= box.x1 || y >= box.y1) continue;
      // Thinned by the mask weight here, before relaxing: fewer points to space out.
      const w = data[((y | 0) >> sh) * width + ((x | 0) >> sh)] as number;
      if (w === 0 || (w < 255 && hash01(i + i0, j + j0, thin) * 255 >= w)) continue;
      gx[j * ni + i] = x;
      gy[j * ni + i] = y;
      live++;
    }
  }
  relax(gx, gy, ni, nj, MIN_DISTANCE_FACTOR * s, MAX_SHIFT * s);
  const grid: Grid = { gx, gy, ni, nj, i0, j0, ex, ey, seed };
  live += redrawTooClose(grid, mask, box, MIN_DISTANCE_FACTOR * s);
  const x = new Float32Array(live);
  const y = new Float32Array(live);
  const weight = new Uint8Array(live);
  let count = 0;
  for (let k = 0; k < gx.length; k++) {
    const px = gx[k] as number;
    if (Number.isNaN(px)) continue;
    const py = gy[k] as number;
    if (px < box.x0 || py < box.y0 || px >= box.x1 || py >= box.y1) continue;
    const w = data[((py | 0) >> sh) * width + ((px | 0) >> sh)] as number;
    if (w === 0) continue;
    x[count] = px;
    y[count] = py;
    weight[count] = w;
    count++;
  }
  return { count, x, y, weight };
}

/**
 * One Gauss–Seidel pass: a point closer than rMin to a neighbour moves out to rMin from it, but
 * never further than maxShift from where it was drawn.
 */
function relax(
  gx: Float32Array,
  gy: Float32Array,
  ni: number,
  nj: number,
  rMin: number,
  maxShift: number,
): void {
  const r2 = rMin * rMin;
  const m2 = maxShift * maxShift;
  for (let j = 0; j < nj; j++) {
    for (let i = 0; i < ni; i++) {
      const k = j * ni + i;
      const ox = gx[k] as number;
      if (Number.isNaN(ox)) continue;
      const oy = gy[k] as number;
      let px = ox;
      let py = oy;
      for (let dj = -1; dj <= 1; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= nj) continue;
        for (let di = -1; di <= 1; di++) {
          const ii = i + di;
          if ((di === 0 && dj === 0) || ii < 0 || ii >= ni) continue;
          const n = jj * ni + ii;
          const qx = gx[n] as number;
          if (Number.isNaN(qx)) continue;
          const dx = px - qx;
          const dy = py - (gy[n] as number);
          const d2 = dx * dx + dy * dy;
          if (d2 >= r2 || d2 === 0) continue;
          const d = Math.sqrt(d2);
          const push = (rMin - d) / d;
          px += dx * push;
          py += dy * push;
        }
      }
      const sx = px - ox;
      const sy = py - oy;
      const s2 = sx * sx + sy * sy;
      if (s2 > m2) {
        const f = maxShift / Math.sqrt(s2);
        px = ox + sx * f;
        py = oy + sy * f;
      }
      gx[k] = px;
      gy[k] = py;
    }
  }
}

interface Grid {
  gx: Float32Array;
  gy: Float32Array;
  ni: number;
  nj: number;
  i0: number;
  j0: number;
  /** Grid axis i in image pixels (one cell along i); axis j is (−ey, ex). */
  ex: number;
  ey: number;
  seed: number;
}

/** Tries per cell to redraw a point that is too close to a neighbour (grid dart throwing). */
const REDRAWS = 12;

/**
 * Scans the cells in order; a point closer than rMin to any neighbour is redrawn uniformly in its
 * own cell (up to REDRAWS hashed candidates, each checked against all eight neighbours and the
 * mask) or, failing that, dropped. Returns the change in the number of points (≤ 0). Every pair
 * of neighbours is checked when the later of the two is scanned, so none closer than rMin remain.
 */
function redrawTooClose(
  g: Grid,
  mask: AlphaMask,
  box: { x0: number; y0: number; x1: number; y1: number },
  rMin: number,
): number {
  const { gx, gy, ni, nj } = g;
  const r2 = rMin * rMin;
  let change = 0;
  // Clear of its neighbours: the four scanned before it (enough for a point already there: the
  // later ones check against it in their turn), or all eight (for a redrawn candidate).
  const clear = (i: number, j: number, px: number, py: number, all: boolean) => {
    for (let dj = -1; dj <= (all ? 1 : 0); dj++) {
      const jj = j + dj;
      if (jj < 0 || jj >= nj) continue;
      for (let di = -1; di <= (all || dj < 0 ? 1 : -1); di++) {
        const ii = i + di;
        if ((di === 0 && dj === 0) || ii < 0 || ii >= ni) continue;
        const n = jj * ni + ii;
        const qx = gx[n] as number;
        if (Number.isNaN(qx)) continue;
        const dx = px - qx;
        const dy = py - (gy[n] as number);
        if (dx * dx + dy * dy < r2) return false;
      }
    }
    return true;
  };
  for (let j = 0; j < nj; j++) {
    for (let i = 0; i < ni; i++) {
      const k = j * ni + i;
      const px = gx[k] as number;
      if (Number.isNaN(px) || clear(i, j, px, gy[k] as number, false)) continue;
      gx[k] = Number.NaN;
      change--;
      for (let t = 1; t <= REDRAWS; t++) {
        const h = hash2(k, t, g.seed ^ 0x7f4a7c15);
        const u = i + g.i0 + (h & 0xffff) / 65536;
        const v = j + g.j0 + (h >>> 16) / 65536;
        const x = u * g.ex - v * g.ey;
        const y = u * g.ey + v * g.ex;
        if (x < box.x0 || y < box.y0 || x >= box.x1 || y >= box.y1) continue;
        const sh = mask.shift ?? 0;
        if (mask.data[((y | 0) >> sh) * mask.width + ((x | 0) >> sh)] === 0) continue;
        if (!clear(i, j, x, y, true)) continue;
        gx[k] = x;
        gy[k] = y;
        change++;
        break;
      }
    }
  }
  return change;
}
