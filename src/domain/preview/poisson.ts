import { createRng } from "./random.ts";
import type { AlphaMask } from "./types.ts";

/**
 * Points accepted by multi-pass grid dart throwing run at this packing: with min distance r, the
 * point density settles at POISSON_PACKING / r² (measured; see poisson.test.ts).
 */
export const POISSON_PACKING = 0.6;
const PASSES = 5;

export interface PointSet {
  count: number;
  x: Float32Array;
  y: Float32Array;
  /** Mask weight (0..255) where each point landed. */
  weight: Uint8Array;
}

/**
 * Blue-noise (Poisson-disc) points at `density` points per px² wherever the mask is non-zero, then
 * thinned by the mask weight (a point at weight w is kept with probability w/255), so density ramps
 * across the feathered edge instead of dots fading out. Thinned points still block their
 * neighbourhood, keeping the spacing blue in the transition zone. Grid-accelerated dart throwing:
 * cells of r/√2 hold at most one point, `PASSES` sweeps throw one dart per empty cell, each checked
 * against the 5×5 neighbouring cells only. Deterministic for the seed.
 */
export function poissonInMask(mask: AlphaMask, density: number, seed: number): PointSet {
  const { width, height, data } = mask;
  const r = Math.sqrt(POISSON_PACKING / Math.max(density, 1e-9));
  const cell = r / Math.SQRT2;
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  const cells = gw * gh;
  const gx = new Float32Array(cells);
  const gy = new Float32Array(cells);
  const occupied = new Uint8Array(cells);
  // Cells no dart can hit (mask zero over the whole cell) are skipped: 2 = dead.
  markDeadCells(occupied, mask, gw, gh, cell);
  const capacity = Math.ceil(width * height * density * 1.3) + 16;
  let x = new Float32Array(capacity);
  let y = new Float32Array(capacity);
  let weight = new Uint8Array(capacity);
  let count = 0;
  const rng = createRng(seed);
  const r2 = r * r;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let cy = 0; cy < gh; cy++) {
      for (let cx = 0; cx < gw; cx++) {
        const c = cy * gw + cx;
        if (occupied[c] !== 0) continue;
        const px = (cx + rng()) * cell;
        const py = (cy + rng()) * cell;
        if (px >= width || py >= height) continue;
        const w = data[(py | 0) * width + (px | 0)] ?? 0;
        if (w === 0) continue;
        if (tooClose(px, py, cx, cy, gx, gy, occupied, gw, gh, r2)) continue;
        occupied[c] = 1;
        gx[c] = px;
        gy[c] = py;
        if (w < 255 && rng() * 255 >= w) continue;
        if (count === x.length) {
          x = grow(x);
          y = grow(y);
          weight = growU8(weight);
        }
        x[count] = px;
        y[count] = py;
        weight[count] = w;
        count++;
      }
    }
  }
  return { count, x, y, weight };
}

function tooClose(
  px: number,
  py: number,
  cx: number,
  cy: number,
  gx: Float32Array,
  gy: Float32Array,
  occupied: Uint8Array,
  gw: number,
  gh: number,
  r2: number,
): boolean {
  const j0 = cy > 2 ? cy - 2 : 0;
  const j1 = cy + 2 < gh ? cy + 2 : gh - 1;
  const i0 = cx > 2 ? cx - 2 : 0;
  const i1 = cx + 2 < gw ? cx + 2 : gw - 1;
  for (let j = j0; j <= j1; j++) {
    const row = j * gw;
    for (let i = i0; i <= i1; i++) {
      const n = row + i;
      if (occupied[n] !== 1) continue;
      const dx = (gx[n] as number) - px;
      const dy = (gy[n] as number) - py;
      if (dx * dx + dy * dy < r2) return true;
    }
  }
  return false;
}

function markDeadCells(state: Uint8Array, mask: AlphaMask, gw: number, gh: number, cell: number) {
  const { width, height, data } = mask;
  const live = new Uint8Array(gw * gh);
  const colCell = new Int32Array(width);
  for (let x = 0; x < width; x++) colCell[x] = Math.floor(x / cell);
  for (let y = 0; y < height; y++) {
    const base = Math.floor(y / cell) * gw;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x] !== 0) live[base + (colCell[x] as number)] = 1;
    }
  }
  for (let c = 0; c < state.length; c++) if (!live[c]) state[c] = 2;
}

function grow(a: Float32Array<ArrayBuffer>): Float32Array<ArrayBuffer> {
  const b = new Float32Array(a.length * 2);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}
