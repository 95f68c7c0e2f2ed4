import type { PreviewHealing, PreviewParams, PreviewStage } from "./types.ts";

/**
 * How stage and healing change the look, as factors on the requested parameters.
 * smp-reference §3.4: session 1 lays out a base coverage with the lightest shade, session 2 is the
 * major density increase, later sessions refine; pigment looks darker at first and settles
 * lighter over the following weeks. §2.3: ~100 impressions/cm² at completion. §4.1: dots < 1 mm;
 * too-deep work spreads (bigger dots), so fresh dots are drawn slightly larger, healed finer.
 * §4.4–4.5: carbon black pigment; seen through skin it reads slightly blue-grey once healed.
 */
export const STAGE_LOOK: Record<PreviewStage, { density: number; strength: number }> = {
  session_1: { density: 0.4, strength: 0.7 },
  session_2: { density: 0.75, strength: 0.86 },
  final: { density: 1, strength: 1 },
};

export const HEALING_LOOK: Record<
  PreviewHealing,
  { size: number; strength: number; softness: number; absorb: readonly [number, number, number] }
> = {
  // Fresh: darker, slightly larger and crisper; near-neutral cool black.
  fresh: { size: 1.12, strength: 1.18, softness: 0.8, absorb: [1, 0.985, 0.95] },
  // Healed: lighter, finer, softer edge, a slight blue-grey cast (red absorbed most).
  healed: { size: 0.92, strength: 0.82, softness: 1, absorb: [1, 0.93, 0.8] },
};

/** Peak optical density of one undiluted, final, fresh-neutral impression (≈ 9 % transmittance). */
export const PEAK_OPTICAL_DENSITY = 2.4;

/**
 * Share of the dots' mean optical density added as an even shadow between them: pigment scatters
 * a little around each impression, and skin over it diffuses light, so treated skin reads as a
 * grey "shaved hair" shadow from a distance rather than as dots on bare skin.
 */
export const SCATTER_SHARE = 0.45;

/** Impressions per px² in the core of the mask for these parameters. */
export function corePxDensity(params: PreviewParams, pxPerMm: number): number {
  const perMm2 = (params.densityPerCm2 * STAGE_LOOK[params.stage].density) / 100;
  return perMm2 / (pxPerMm * pxPerMm);
}
