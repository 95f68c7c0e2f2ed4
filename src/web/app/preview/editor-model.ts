import type {
  Calibration,
  Point,
  PreviewDesign,
  PreviewParams,
} from "../../../domain/preview/types.ts";

/** What the editor changes, and what undo/redo steps through. */
export interface EditorValue {
  design: PreviewDesign;
  params: PreviewParams;
}

export type Tool = "calibrate" | "helpers" | "hairline" | "paint" | "erase";

/**
 * Without a calibration, the photo is taken to be this wide in real life: a front hairline photo
 * framed from temple to temple covers about 20 cm of head. Calibrating replaces the estimate.
 */
export const ESTIMATED_PHOTO_WIDTH_MM = 200;

export const estimatedPxPerMm = (imageWidth: number) => imageWidth / ESTIMATED_PHOTO_WIDTH_MM;

/** The scales the renderer accepts (px per mm). */
export const PX_PER_MM_RANGE = [0.5, 50] as const;

/** Pixels per mm from a calibration; null when the points are too close or the scale absurd. */
export function pxPerMmFrom(c: Calibration): number | null {
  const px = Math.hypot(c.a.x - c.b.x, c.a.y - c.b.y);
  if (!(c.mm > 0) || px < 5) return null;
  const scale = px / c.mm;
  return scale >= PX_PER_MM_RANGE[0] && scale <= PX_PER_MM_RANGE[1] ? scale : null;
}

export function emptyDesign(width: number, height: number): PreviewDesign {
  return {
    imageWidth: width,
    imageHeight: height,
    calibration: null,
    pxPerMm: estimatedPxPerMm(width),
    hairline: [],
    helpers: {},
    strokes: [],
  };
}

/** A design drawn on another photo cannot be moved over: a new photo starts a new drawing. */
export function designFor(
  saved: PreviewDesign | null,
  photo: { width: number; height: number },
): PreviewDesign {
  if (saved && saved.imageWidth === photo.width && saved.imageHeight === photo.height) return saved;
  return emptyDesign(photo.width, photo.height);
}

/** Sets a calibration (or clears it) and the scale that follows from it. */
export function withCalibration(design: PreviewDesign, c: Calibration | null): PreviewDesign {
  const scale = c ? pxPerMmFrom(c) : null;
  return {
    ...design,
    calibration: c && scale ? c : null,
    pxPerMm: scale ?? estimatedPxPerMm(design.imageWidth),
  };
}

/** Adds a point to the last stroke, skipping points closer than a quarter of the brush. */
export function extendStroke(design: PreviewDesign, p: Point): PreviewDesign {
  const strokes = design.strokes.slice();
  const last = strokes[strokes.length - 1];
  if (!last) return design;
  const prev = last.points[last.points.length - 1];
  if (prev && Math.hypot(prev.x - p.x, prev.y - p.y) < last.radiusPx / 4) return design;
  strokes[strokes.length - 1] = { ...last, points: [...last.points, p] };
  return { ...design, strokes };
}

/** Rounds coordinates to 0.1 px so saved designs stay small. */
export function tidyDesign(design: PreviewDesign): PreviewDesign {
  const r = (n: number) => Math.round(n * 10) / 10;
  const p = (q: Point) => ({ x: r(q.x), y: r(q.y) });
  const helpers: PreviewDesign["helpers"] = {};
  for (const [id, q] of Object.entries(design.helpers)) {
    if (q) helpers[id as keyof typeof helpers] = p(q);
  }
  return {
    ...design,
    calibration: design.calibration
      ? { ...design.calibration, a: p(design.calibration.a), b: p(design.calibration.b) }
      : null,
    hairline: design.hairline.map(p),
    helpers,
    strokes: design.strokes.map((s) => ({
      ...s,
      radiusPx: r(s.radiusPx),
      points: s.points.map(p),
    })),
  };
}

export const stageLabels = {
  session_1: "Session 1",
  session_2: "Session 2",
  final: "Final",
} as const;
export const healingLabels = { fresh: "Fresh", healed: "Healed" } as const;
