import {
  corePxDensity,
  HEALING_LOOK,
  PEAK_OPTICAL_DENSITY,
  SCATTER_SHARE,
  STAGE_LOOK,
} from "./look.ts";
import { poissonInMask } from "./poisson.ts";
import { createRng } from "./random.ts";
import type { AlphaMask, PreviewDesign, PreviewParams } from "./types.ts";

/** Number of dot shape variants (elongation, orientation, edge irregularity) in the kernel tables. */
export const SHAPE_VARIANTS = 16;

/** The placed impressions, as typed arrays (one entry per dot). */
export interface Impressions {
  count: number;
  /** Centre in image pixels. */
  x: Float32Array;
  y: Float32Array;
  /** Mean radius in pixels (the dot's shape may be slightly elongated around it). */
  radiusPx: Float32Array;
  /** Pigment strength 0..1 (1 = undiluted, final, fresh). */
  opacity: Float32Array;
  /** Shape variant, 0..SHAPE_VARIANTS−1. */
  shape: Uint8Array;
  /**
   * Optical density of the faint shadow between the dots at full mask weight: ink scattered
   * around each impression and seen through the skin, spread evenly (the dots' own OD averaged
   * over the area, times SCATTER_SHARE).
   */
  hazeOd: number;
}

/**
 * Places impressions in the mask: Poisson-disc positions at the stage's density (thinned by the
 * mask weight across the transition zone), each with jittered size, strength and shape.
 * `randomness` scales the size and strength jitter (positions are always irregular).
 */
export function placeImpressions(
  mask: AlphaMask,
  design: PreviewDesign,
  params: PreviewParams,
): Impressions {
  const density = corePxDensity(params, design.pxPerMm);
  const points = poissonInMask(mask, density, params.seed);
  const n = points.count;
  const rng = createRng((params.seed ^ 0x2545f491) >>> 0);
  const healing = HEALING_LOOK[params.healing];
  const stage = STAGE_LOOK[params.stage];
  const baseRadius = (params.dotDiameterMm / 2) * design.pxPerMm * healing.size;
  const strength = Math.min(1.5, (params.shadePct / 100) * stage.strength * healing.strength);
  const jitter = Math.max(0, Math.min(1, params.randomness));
  // A healed dot's coverage integrates to π·r²/ln2 px² (kernels.ts; a fresh, crisper dot's a
  // little less): the mean optical density per px² in the core.
  const meanOd =
    density * ((Math.PI * baseRadius * baseRadius) / Math.LN2) * PEAK_OPTICAL_DENSITY * strength;
  const out: Impressions = {
    hazeOd: SCATTER_SHARE * meanOd,
    count: n,
    x: points.x.subarray(0, n),
    y: points.y.subarray(0, n),
    radiusPx: new Float32Array(n),
    opacity: new Float32Array(n),
    shape: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    // Triangular noise in [-1, 1] for size and strength (two 16-bit uniforms from each draw).
    const a = (rng() * 4294967296) >>> 0;
    const b = (rng() * 4294967296) >>> 0;
    const size = 1 + 0.45 * jitter * (((a & 0xffff) + (a >>> 16)) / 65536 - 1);
    const shade = 1 + 0.7 * jitter * (((b & 0xffff) + (b >>> 16)) / 65536 - 1);
    // Thinner, lighter dots towards the outside of the transition zone.
    const edge = 0.75 + 0.25 * ((points.weight[i] as number) / 255);
    out.radiusPx[i] = baseRadius * size * (0.9 + 0.1 * edge);
    out.opacity[i] = Math.max(0, strength * shade * edge);
    out.shape[i] = Math.floor(rng() * SHAPE_VARIANTS);
  }
  return out;
}
