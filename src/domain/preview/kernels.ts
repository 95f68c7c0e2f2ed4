import { SHAPE_VARIANTS } from "./impressions.ts";
import { hash01 } from "./random.ts";

/**
 * Precomputed dot footprints ("kernels"): for a radius bucket (1/8 px), a shape variant, a sub-pixel
 * phase (1/4 px in x and y) and an edge profile, the pigment coverage of each pixel of a small
 * square, 0..4096, anti-aliased by 4×4 supersampling. Built once on first use and cached, so the
 * render itself only adds integers (no exp or pow per pixel). Values are integers, identical on
 * every platform.
 */
export interface Kernel {
  size: number;
  /** Offset of the kernel's first column/row from floor(centre). */
  offset: number;
  data: Uint16Array;
  /** Tight bounds of the non-zero entries: columns [x0, x1) and rows [y0, y1) of `data`. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export const KERNEL_ONE = 4096;
export const RADIUS_STEP = 8;
export const PHASES = 4;

/** Radii beyond this (64 px) use the largest kernel; no valid design comes near it. */
const MAX_BUCKET = 64 * RADIUS_STEP;

/**
 * Built kernels by integer key, in a dense array filled on first use (a Map look-up per dot costs
 * more than the splat of a small dot).
 */
let cache: (Kernel | undefined)[] | null = null;

interface Shape {
  /** Axis scale: the dot is stretched by √e along its angle and squeezed by √e across. */
  elong: number;
  cos: number;
  sin: number;
  amp: number;
  phase2: number;
  phase3: number;
}

/** Fixed shape variants: mild elongation (up to 1.4:1), any orientation, slightly wobbly edge. */
const SHAPES: Shape[] = Array.from({ length: SHAPE_VARIANTS }, (_, i) => {
  const angle = Math.PI * hash01(i, 1, 0x51ed);
  return {
    elong: 1 + 0.4 * hash01(i, 2, 0x51ed),
    cos: Math.cos(angle),
    sin: Math.sin(angle),
    amp: 0.06 + 0.1 * hash01(i, 3, 0x51ed),
    phase2: 2 * Math.PI * hash01(i, 4, 0x51ed),
    phase3: 2 * Math.PI * hash01(i, 5, 0x51ed),
  };
});

/** The kernel for a radius (px), shape variant, sub-pixel phases (0..PHASES−1) and profile. */
export function kernelFor(
  radiusPx: number,
  shape: number,
  phaseX: number,
  phaseY: number,
  crisp: boolean,
): Kernel {
  const bucket = Math.min(MAX_BUCKET, Math.max(1, Math.round(radiusPx * RADIUS_STEP)));
  const key =
    ((((bucket * SHAPE_VARIANTS + shape) * PHASES + phaseX) * PHASES + phaseY) << 1) |
    (crisp ? 1 : 0);
  if (!cache)
    cache = new Array((MAX_BUCKET + 1) * SHAPE_VARIANTS * PHASES * PHASES * 2).fill(undefined);
  let k = cache[key];
  if (!k) {
    k = buildKernel(bucket / RADIUS_STEP, SHAPES[shape] as Shape, phaseX, phaseY, crisp ? 1.6 : 1);
    cache[key] = k;
  }
  return k;
}

function buildKernel(
  radius: number,
  shape: Shape,
  phaseX: number,
  phaseY: number,
  power: number,
): Kernel {
  // Coverage exp(−ln2·q^power), q = (distance / radius)²: half at the nominal radius, so the
  // nominal diameter is the dot's full width at half maximum; cut where it falls under 1/16
  // (the faint tail beyond is drawn by the even scatter shadow, see look.ts).
  const cut = 4 ** (1 / power);
  const reach = radius * Math.sqrt(shape.elong) * (1 + shape.amp) * Math.sqrt(cut) + 0.5;
  const half = Math.ceil(reach);
  const size = 2 * half + 1;
  const data = new Uint16Array(size * size);
  const cx = (phaseX + 0.5) / PHASES;
  const cy = (phaseY + 0.5) / PHASES;
  const a = radius * Math.sqrt(shape.elong);
  const b = radius / Math.sqrt(shape.elong);
  const ss = 4;
  for (let ky = 0; ky < size; ky++) {
    for (let kx = 0; kx < size; kx++) {
      let sum = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const dx = kx - half + (sx + 0.5) / ss - cx;
          const dy = ky - half + (sy + 0.5) / ss - cy;
          const u = dx * shape.cos + dy * shape.sin;
          const v = -dx * shape.sin + dy * shape.cos;
          const theta = Math.atan2(v, u);
          const m =
            1 +
            shape.amp *
              (0.6 * Math.cos(2 * theta + shape.phase2) + 0.4 * Math.cos(3 * theta + shape.phase3));
          const q = ((u / a) * (u / a) + (v / b) * (v / b)) / (m * m);
          // Lowered by the cut level so the dot fades to nothing instead of stopping at 1/16.
          if (q < cut) sum += (Math.exp(-Math.LN2 * q ** power) - 1 / 16) * (16 / 15);
        }
      }
      data[ky * size + kx] = Math.round((sum / (ss * ss)) * KERNEL_ONE);
    }
  }
  let x0 = size;
  let x1 = 0;
  let y0 = size;
  let y1 = 0;
  for (let ky = 0; ky < size; ky++)
    for (let kx = 0; kx < size; kx++) {
      if (data[ky * size + kx] === 0) continue;
      x0 = Math.min(x0, kx);
      x1 = Math.max(x1, kx + 1);
      y0 = Math.min(y0, ky);
      y1 = Math.max(y1, ky + 1);
    }
  return { size, offset: -half, data, x0, x1, y0, y1 };
}
