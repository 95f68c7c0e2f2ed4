import fc from "fast-check";
import { describe, it } from "vitest";
import { placeImpressions } from "./impressions.ts";
import { corePxDensity, STAGE_LOOK } from "./look.ts";
import { buildMask, buildRenderMask, clipToHairline, rasterizeStrokes } from "./mask.ts";
import { MIN_DISTANCE_FACTOR } from "./poisson.ts";
import { type PreviewDesign, type PreviewParams, previewStages } from "./types.ts";

const SIZE = 240;

const point = fc.record({
  x: fc.double({ min: 20, max: SIZE - 20, noNaN: true }),
  y: fc.double({ min: 20, max: SIZE - 20, noNaN: true }),
});

const designArb = fc
  .record({
    pxPerMm: fc.double({ min: 2, max: 6, noNaN: true }),
    paints: fc.array(
      fc.record({
        radiusPx: fc.double({ min: 25, max: 90, noNaN: true }),
        points: fc.array(point, { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    erase: fc.option(
      fc.record({
        radiusPx: fc.double({ min: 5, max: 30, noNaN: true }),
        points: fc.array(point, { minLength: 1, maxLength: 2 }),
      }),
    ),
    hairlineY: fc.option(fc.double({ min: 30, max: 120, noNaN: true })),
  })
  .map(
    ({ pxPerMm, paints, erase, hairlineY }): PreviewDesign => ({
      imageWidth: SIZE,
      imageHeight: SIZE,
      calibration: null,
      pxPerMm,
      hairline:
        hairlineY === null
          ? []
          : [
              { x: 10, y: hairlineY + 30 },
              { x: SIZE / 2, y: hairlineY },
              { x: SIZE - 10, y: hairlineY + 25 },
            ],
      helpers: {},
      strokes: [
        ...paints.map((p) => ({ mode: "paint" as const, ...p })),
        ...(erase ? [{ mode: "erase" as const, ...erase }] : []),
      ],
    }),
  );

const paramsArb = fc.record({
  densityPerCm2: fc.double({ min: 40, max: 200, noNaN: true }),
  dotDiameterMm: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
  shadePct: fc.double({ min: 20, max: 100, noNaN: true }),
  softnessMm: fc.double({ min: 0, max: 8, noNaN: true }),
  randomness: fc.double({ min: 0, max: 1, noNaN: true }),
  stage: fc.constantFrom(...previewStages),
  healing: fc.constantFrom("fresh" as const, "healed" as const),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
});

describe("impression placement (properties)", () => {
  it("never places an impression outside the painted, clipped area plus its softness margin", () => {
    fc.assert(
      fc.property(designArb, paramsArb, (design, params) => {
        const binary = rasterizeStrokes(SIZE, SIZE, design.strokes);
        clipToHairline(binary, SIZE, SIZE, design.hairline);
        // The renderer's own mask (half resolution for a wide feather), as renderPreview uses it.
        const imps = placeImpressions(buildRenderMask(design, params), design, params);
        const margin = params.softnessMm * design.pxPerMm + 1;
        const reach = Math.ceil(margin);
        for (let i = 0; i < imps.count; i++) {
          const x = imps.x[i] as number;
          const y = imps.y[i] as number;
          let near = false;
          for (
            let yy = Math.max(0, Math.floor(y) - reach);
            yy <= Math.min(SIZE - 1, Math.floor(y) + reach) && !near;
            yy++
          )
            for (
              let xx = Math.max(0, Math.floor(x) - reach);
              xx <= Math.min(SIZE - 1, Math.floor(x) + reach);
              xx++
            )
              if (binary[yy * SIZE + xx] && Math.hypot(xx + 0.5 - x, yy + 0.5 - y) <= margin) {
                near = true;
                break;
              }
          if (!near) return false;
        }
        return true;
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 120_000);

  it("keeps every two impressions at least the Poisson-disc radius apart", () => {
    fc.assert(
      fc.property(designArb, paramsArb, (design, params) => {
        // The renderer's own mask (half resolution for a wide feather), as renderPreview uses it.
        const imps = placeImpressions(buildRenderMask(design, params), design, params);
        const rMin = MIN_DISTANCE_FACTOR / Math.sqrt(corePxDensity(params, design.pxPerMm));
        // Bucket by cells of rMin: a pair closer than rMin is in the same or a neighbouring cell.
        const cells = new Map<string, number[]>();
        for (let i = 0; i < imps.count; i++) {
          const key = `${Math.floor((imps.x[i] as number) / rMin)},${Math.floor((imps.y[i] as number) / rMin)}`;
          const list = cells.get(key) ?? [];
          list.push(i);
          cells.set(key, list);
        }
        for (let i = 0; i < imps.count; i++) {
          const x = imps.x[i] as number;
          const y = imps.y[i] as number;
          const cx = Math.floor(x / rMin);
          const cy = Math.floor(y / rMin);
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++)
              for (const o of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
                if (o === i) continue;
                // Float32 positions: allow for their rounding.
                const d = Math.hypot((imps.x[o] as number) - x, (imps.y[o] as number) - y);
                if (d < rMin * (1 - 1e-5)) return false;
              }
        }
        return true;
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 120_000);

  it("places the requested density (±10 %) in the core of the mask, away from its edges", () => {
    fc.assert(
      fc.property(designArb, paramsArb, (design, params: PreviewParams) => {
        const mask = buildMask(design, params);
        const imps = placeImpressions(buildRenderMask(design, params), design, params);
        // Core: full-weight pixels whose whole neighbourhood (2 dot spacings) is full weight too.
        const perPx =
          (params.densityPerCm2 * STAGE_LOOK[params.stage].density) / 100 / design.pxPerMm ** 2;
        const k = Math.ceil(2 / Math.sqrt(perPx));
        const core = erodeFull(mask.data, SIZE, k);
        let area = 0;
        for (const v of core) area += v;
        const expected = area * perPx;
        fc.pre(expected >= 250);
        let inCore = 0;
        for (let i = 0; i < imps.count; i++)
          if (core[Math.floor(imps.y[i] as number) * SIZE + Math.floor(imps.x[i] as number)])
            inCore++;
        return Math.abs(inCore - expected) <= 0.1 * expected;
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});

/** 1 where every pixel within a (2k+1)² window is at full weight. */
function erodeFull(data: Uint8Array, size: number, k: number): Uint8Array {
  const out = new Uint8Array(size * size);
  for (let y = k; y < size - k; y++)
    for (let x = k; x < size - k; x++) {
      let ok = 1;
      for (let yy = y - k; yy <= y + k && ok; yy++)
        for (let xx = x - k; xx <= x + k; xx++)
          if (data[yy * size + xx] !== 255) {
            ok = 0;
            break;
          }
      out[y * size + x] = ok;
    }
  return out;
}
