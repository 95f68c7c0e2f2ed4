/**
 * Types shared by the SMP preview renderer, the server that stores designs and renders them for
 * PDFs, and the editor in the browser. All coordinates are pixels of the source image, origin at
 * its top-left corner.
 */

export interface Point {
  x: number;
  y: number;
}

/** The five hairline helpers practitioners draw from (smp-reference.md §3). */
export const hairlineHelperIds = [
  "mid_frontal",
  "left_frontotemporal",
  "right_frontotemporal",
  "left_temple",
  "right_temple",
] as const;
export type HairlineHelperId = (typeof hairlineHelperIds)[number];

/** Two points on the photo and the real distance between them, from which pixels per mm follow. */
export interface Calibration {
  a: Point;
  b: Point;
  mm: number;
}

/** One brush or eraser stroke over the treatment area, as a polyline with a round brush. */
export interface MaskStroke {
  mode: "paint" | "erase";
  radiusPx: number;
  points: Point[];
}

/** The drawn design: vectors only, so it can be re-rendered at any size and stored small. */
export interface PreviewDesign {
  imageWidth: number;
  imageHeight: number;
  /** null when the clinic default scale was used. */
  calibration: Calibration | null;
  pxPerMm: number;
  /**
   * Hairline control points, from the client's left temple to the right; drawn as a smooth
   * Catmull-Rom curve through them. Empty when no hairline is drawn (crown or scar work).
   */
  hairline: Point[];
  helpers: Partial<Record<HairlineHelperId, Point>>;
  /** Painted treatment area, applied in order (paint adds, erase removes). */
  strokes: MaskStroke[];
}

export const previewStages = ["session_1", "session_2", "final"] as const;
export type PreviewStage = (typeof previewStages)[number];
export const previewHealings = ["fresh", "healed"] as const;
export type PreviewHealing = (typeof previewHealings)[number];

export interface PreviewParams {
  /** Impressions per cm² at course completion (reference §2.3: about 100). */
  densityPerCm2: number;
  /** Mean impression diameter in mm (0.25 mm needles give roughly 0.3–0.6 mm dots). */
  dotDiameterMm: number;
  /** Pigment strength in % (100 = undiluted), as in the plan's pigment suggestion. */
  shadePct: number;
  /** Width of the feathered transition at the hairline and mask edges, in mm. */
  softnessMm: number;
  /** 0 = regular, 1 = most irregular (size, opacity and spacing jitter). */
  randomness: number;
  stage: PreviewStage;
  healing: PreviewHealing;
  seed: number;
}

/** An RGBA image as the browser's ImageData holds it (and as sharp's raw output gives it). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A per-pixel treatment weight, 0 (untouched) to 255 (full density). */
export interface AlphaMask {
  width: number;
  height: number;
  data: Uint8Array;
  /**
   * A box holding every non-zero weight (columns [x0, x1), rows [y0, y1), in image pixels), when
   * known: work over the mask can skip the rest of the image.
   */
  bounds?: { x0: number; y0: number; x1: number; y1: number };
  /**
   * 1 when the mask is at half the image's resolution (each weight covers 2×2 image pixels, and
   * `width`/`height` are the mask's own); 0 or absent at full resolution.
   */
  shift?: 0 | 1;
}
