import { corePxDensity, HEALING_LOOK, STAGE_LOOK } from "./look.ts";
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
}

/**
 * Places impressions in the mask: blue-noise positions at the stage's density (thinned by the mask
 * weight across the transition zone), each with jittered size, strength and shape. `randomness`
 * scales all jitter, including a small offset of each dot from its blue-noise position.
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
  const spacing = 1 / Math.sqrt(Math.max(density, 1e-9));
  const out: Impressions = {
    count: n,
    x: points.x.slice(0, n),
    y: points.y.slice(0, n),
    radiusPx: new Float32Array(n),
    opacity: new Float32Array(n),
    shape: new Uint8Array(n),
  };
  const w = mask.width;
  const h = mask.height;
  for (let i = 0; i < n; i++) {
    // Triangular noise in [-1, 1] for size and strength; uniform offset up to 12 % of spacing.
    const size = 1 + 0.32 * jitter * (rng() + rng() - 1);
    const shade = 1 + 0.4 * jitter * (rng() + rng() - 1);
    const dx = (rng() - 0.5) * 0.24 * jitter * spacing;
    const dy = (rng() - 0.5) * 0.24 * jitter * spacing;
    const x = (out.x[i] as number) + dx;
    const y = (out.y[i] as number) + dy;
    // Keep the jittered dot inside the image on a pixel the mask allows.
    if (x >= 0 && y >= 0 && x < w && y < h && (mask.data[(y | 0) * w + (x | 0)] ?? 0) > 0) {
      out.x[i] = x;
      out.y[i] = y;
    }
    // Thinner, lighter dots towards the outside of the transition zone.
    const edge = 0.75 + 0.25 * ((points.weight[i] as number) / 255);
    out.radiusPx[i] = baseRadius * size * (0.9 + 0.1 * edge);
    out.opacity[i] = Math.max(0, strength * shade * edge);
    out.shape[i] = Math.floor(rng() * SHAPE_VARIANTS);
  }
  return out;
}
