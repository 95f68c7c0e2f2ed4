/**
 * Deterministic randomness for the preview: the same seed gives the same numbers on every
 * platform (32-bit integer arithmetic only, no Math.random).
 */

/** A mulberry32 generator: returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of two integers and a seed (for lattice noise). */
export function hash2(ix: number, iy: number, seed: number): number {
  let h =
    Math.imul(ix | 0, 0x27d4eb2d) ^ Math.imul(iy | 0, 0x165667b1) ^ Math.imul(seed | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** hash2 mapped to [0, 1). */
export function hash01(ix: number, iy: number, seed: number): number {
  return hash2(ix, iy, seed) / 4294967296;
}

/**
 * Smooth value noise in [-1, 1] with a lattice spacing of `cell` pixels: bilinear interpolation of
 * hashed lattice values with a smoothstep fade. Low frequency when `cell` is large.
 */
export function valueNoise(x: number, y: number, cell: number, seed: number): number {
  const gx = x / cell;
  const gy = y / cell;
  const ix = Math.floor(gx);
  const iy = Math.floor(gy);
  let fx = gx - ix;
  let fy = gy - iy;
  fx = fx * fx * (3 - 2 * fx);
  fy = fy * fy * (3 - 2 * fy);
  const a = hash01(ix, iy, seed);
  const b = hash01(ix + 1, iy, seed);
  const c = hash01(ix, iy + 1, seed);
  const d = hash01(ix + 1, iy + 1, seed);
  const top = a + (b - a) * fx;
  const bottom = c + (d - c) * fx;
  return (top + (bottom - top) * fy) * 2 - 1;
}

/**
 * Value noise with its lattice precomputed for a width × height area: same values as
 * `valueNoise` but one table read per corner instead of a hash.
 */
export function noiseField(width: number, height: number, cell: number, seed: number) {
  const lw = Math.ceil(width / cell) + 2;
  const lh = Math.ceil(height / cell) + 2;
  const lattice = new Float32Array(lw * lh);
  for (let j = 0; j < lh; j++)
    for (let i = 0; i < lw; i++) lattice[j * lw + i] = hash01(i, j, seed);
  const inv = 1 / cell;
  return (x: number, y: number): number => {
    const gx = x * inv;
    const gy = y * inv;
    const ix = gx | 0;
    const iy = gy | 0;
    let fx = gx - ix;
    let fy = gy - iy;
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    const k = iy * lw + ix;
    const a = lattice[k] as number;
    const b = lattice[k + 1] as number;
    const c = lattice[k + lw] as number;
    const d = lattice[k + lw + 1] as number;
    const top = a + (b - a) * fx;
    return (top + (c + (d - c) * fx - top) * fy) * 2 - 1;
  };
}
