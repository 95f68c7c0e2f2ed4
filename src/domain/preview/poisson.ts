import { createRng } from "./random.ts";
import type { AlphaMask } from "./types.ts";

export interface PointSet {
  count: number;
  x: Float32Array<ArrayBuffer>;
  y: Float32Array<ArrayBuffer>;
  /** Mask weight (0..255) where each point landed. */
  weight: Uint8Array<ArrayBuffer>;
}

/** Nearest-neighbour distance the repulsion pass enforces, as a fraction of the grid spacing. */
export const MIN_DISTANCE_FACTOR = 0.62;

/**
 * Blue-noise points at `density` points per px² wherever the mask is non-zero, then thinned by the
 * mask weight (a point at weight w is kept with probability w/255), so density ramps up across the
 * feathered edge instead of dots just fading. Fast Poisson-disc approximation: one point per cell
 * of a jittered grid (spacing 1/√density, rotated by a seed-dependent angle so no image axis shows),
 * then one repulsion pass that pushes any point closer than MIN_DISTANCE_FACTOR·spacing to its
 * neighbours (found in the 3×3 neighbouring cells) apart. The core density is therefore exact, the
 * spacing blue (no clumps, no holes) and the cost linear in the number of cells. Points moved off
 * the mask are dropped. Deterministic for the seed; `jitter` 0..1 scales the cell jitter.
 */
export function poissonInMask(
  mask: AlphaMask,
  density: number,
  seed: number,
  jitter = 1,
): PointSet {
  const { width, height, data } = mask;
  const s = 1 / Math.sqrt(Math.max(density, 1e-9));
  const rng = createRng(seed);
  const angle = 0.25 + 0.5 * rng();
  const c = Math.cos(angle);
  const sn = Math.sin(angle);
  // Grid: p(i, j) = i·s·(c, sn) + j·s·(−sn, c). Index ranges cover the image rectangle.
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
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
  let live = 0;
  for (let j = 0; j < nj; j++) {
    // Row j of the grid crosses the image for i in [lo, hi] (solve 0 ≤ x < W, 0 ≤ y < H).
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
    limit(bx, ex, width);
    limit(by, ey, height);
    for (let i = lo; i <= hi; i++) {
      const u = i + i0 + 0.5 + amp * (rng() - 0.5);
      const v = j + j0 + 0.5 + amp * (rng() - 0.5);
      const x = u * ex - v * ey;
      const y = u * ey + v * ex;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      if (data[(y | 0) * width + (x | 0)] === 0) continue;
      gx[j * ni + i] = x;
      gy[j * ni + i] = y;
      live++;
    }
  }
  relax(gx, gy, ni, nj, MIN_DISTANCE_FACTOR * s);
  const x = new Float32Array(live);
  const y = new Float32Array(live);
  const weight = new Uint8Array(live);
  let count = 0;
  for (let k = 0; k < gx.length; k++) {
    const px = gx[k] as number;
    if (Number.isNaN(px)) continue;
    const py = gy[k] as number;
    if (px < 0 || py < 0 || px >= width || py >= height) continue;
    const w = data[(py | 0) * width + (px | 0)] as number;
    if (w === 0) continue;
    if (w < 255 && rng() * 255 >= w) continue;
    x[count] = px;
    y[count] = py;
    weight[count] = w;
    count++;
  }
  return { count, x, y, weight };
}

/** One Gauss–Seidel pass: a point closer than rMin to a neighbour moves out to rMin from it. */
function relax(gx: Float32Array, gy: Float32Array, ni: number, nj: number, rMin: number): void {
  const r2 = rMin * rMin;
  for (let j = 0; j < nj; j++) {
    for (let i = 0; i < ni; i++) {
      const k = j * ni + i;
      let px = gx[k] as number;
      if (Number.isNaN(px)) continue;
      let py = gy[k] as number;
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
      gx[k] = px;
      gy[k] = py;
    }
  }
}
