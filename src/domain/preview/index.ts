/**
 * The SMP result preview renderer: pure TypeScript over typed arrays, deterministic for a seed,
 * the same code in the browser (Web Worker) and in Node (PDFs, thumbnails).
 */
import { compositeImpressions } from "./composite.ts";
import { type Impressions, placeImpressions } from "./impressions.ts";
import { buildMask, buildRenderMask } from "./mask.ts";
import type { PreviewDesign, PreviewParams, RgbaImage } from "./types.ts";

export { previewDesignSchema, previewParamsSchema } from "./schema.ts";
export * from "./types.ts";
export type { Impressions };
export { buildMask, placeImpressions };

/**
 * Starting parameters for a new design (smp-reference §2.3: ~100 impressions/cm² at completion;
 * §4.1–4.2: 0.20–0.25 mm needles leave dots well under 1 mm, ~0.3–0.6 mm; §4.3: a soft transition
 * of a few mm). A clinic may keep its own defaults in its settings; these are only the first values.
 */
export const DEFAULT_PREVIEW_PARAMS: PreviewParams = {
  densityPerCm2: 100,
  dotDiameterMm: 0.45,
  shadePct: 80,
  softnessMm: 6,
  randomness: 0.5,
  stage: "final",
  healing: "healed",
  seed: 1,
};

/**
 * Renders the design over the photo and returns a new image (`image` is not modified). If the
 * image is not the size the design was drawn at, the design is scaled to it.
 */
export function renderPreview(
  image: RgbaImage,
  design: PreviewDesign,
  params: PreviewParams,
): RgbaImage {
  const scaled = scaleDesign(design, image.width, image.height);
  const mask = buildRenderMask(scaled, params, image);
  const imps = placeImpressions(mask, scaled, params);
  return compositeImpressions(image, imps, params.healing, mask);
}

/** The design scaled to another image size (vectors, brush radii and pixels per mm). */
export function scaleDesign(design: PreviewDesign, width: number, height: number): PreviewDesign {
  if (design.imageWidth === width && design.imageHeight === height) return design;
  const sx = width / design.imageWidth;
  const sy = height / design.imageHeight;
  const s = Math.sqrt(sx * sy);
  const pt = (p: { x: number; y: number }) => ({ x: p.x * sx, y: p.y * sy });
  const helpers: PreviewDesign["helpers"] = {};
  for (const [id, p] of Object.entries(design.helpers)) {
    if (p) helpers[id as keyof PreviewDesign["helpers"]] = pt(p);
  }
  return {
    imageWidth: width,
    imageHeight: height,
    calibration: design.calibration
      ? { a: pt(design.calibration.a), b: pt(design.calibration.b), mm: design.calibration.mm }
      : null,
    pxPerMm: design.pxPerMm * s,
    hairline: design.hairline.map(pt),
    helpers,
    strokes: design.strokes.map((st) => ({
      mode: st.mode,
      radiusPx: st.radiusPx * s,
      points: st.points.map(pt),
    })),
  };
}
