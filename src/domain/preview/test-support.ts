import type { PreviewDesign, RgbaImage } from "./types.ts";

/** FNV-1a (32-bit) of a byte buffer as 8 hex digits: a platform-independent golden hash. */
export function fnv1a(bytes: Uint8Array | Uint8ClampedArray): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A skin-toned test image from integer arithmetic only (a lit gradient with a dark band). */
export function testSkin(width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const shade = (160 + ((64 * (width - x)) / width + (31 * (height - y)) / height)) | 0;
      const band = y > (height * 3) >> 2 ? 60 : 0;
      data[p] = Math.min(255, (shade * 232) >> 8) - band;
      data[p + 1] = Math.min(255, (shade * 186) >> 8) - band;
      data[p + 2] = Math.min(255, (shade * 160) >> 8) - band;
      data[p + 3] = 255;
    }
  }
  return { width, height, data };
}

/** A design with a hairline across the top and a painted area below it. */
export function testDesign(width: number, height: number, pxPerMm: number): PreviewDesign {
  return {
    imageWidth: width,
    imageHeight: height,
    calibration: null,
    pxPerMm,
    hairline: [
      { x: width * 0.05, y: height * 0.4 },
      { x: width * 0.3, y: height * 0.22 },
      { x: width * 0.5, y: height * 0.18 },
      { x: width * 0.7, y: height * 0.22 },
      { x: width * 0.95, y: height * 0.4 },
    ],
    helpers: {},
    strokes: [
      {
        mode: "paint",
        radiusPx: width * 0.35,
        points: [
          { x: width * 0.5, y: height * 0.35 },
          { x: width * 0.5, y: height * 0.6 },
        ],
      },
      { mode: "erase", radiusPx: width * 0.06, points: [{ x: width * 0.5, y: height * 0.55 }] },
    ],
  };
}
