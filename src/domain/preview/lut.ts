/**
 * sRGB ↔ linear-light lookup tables. Compositing darkens skin in linear light, so the tables are
 * integers (16-bit linear, 12-bit inverse) and the render never calls Math.pow per pixel; rounding
 * to integers also keeps results identical across platforms.
 */

/** 8-bit sRGB → linear light scaled to 0..65535. */
export const SRGB_TO_LINEAR16: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    const c = i / 255;
    const lin = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    t[i] = Math.round(lin * 65535);
  }
  return t;
})();

/** Bits of the linear index into LINEAR12_TO_SRGB. */
export const LINEAR_BITS = 12;
export const LINEAR_SIZE = 1 << LINEAR_BITS;

/** Linear light quantised to 0..4095 → 8-bit sRGB (rounded at the centre of each step). */
export const LINEAR12_TO_SRGB: Uint8Array = (() => {
  const t = new Uint8Array(LINEAR_SIZE);
  for (let i = 0; i < LINEAR_SIZE; i++) {
    const lin = (i + 0.5) / LINEAR_SIZE;
    const c = lin <= 0.0031308 ? lin * 12.92 : 1.055 * lin ** (1 / 2.4) - 0.055;
    t[i] = Math.max(0, Math.min(255, Math.round(c * 255)));
  }
  t[0] = 0;
  return t;
})();

/** Linear light in 0..1 → 8-bit sRGB through the table. */
export function linearToSrgb8(lin: number): number {
  const i = Math.floor(lin * LINEAR_SIZE);
  return LINEAR12_TO_SRGB[i < 0 ? 0 : i >= LINEAR_SIZE ? LINEAR_SIZE - 1 : i] ?? 0;
}

/** 8-bit sRGB → linear light in 0..1 through the table. */
export function srgb8ToLinear(v: number): number {
  return (SRGB_TO_LINEAR16[v & 255] ?? 0) / 65535;
}
