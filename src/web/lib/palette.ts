/**
 * Builds a Mantine 10-shade palette from one brand colour. Shades are spread over OKLCH lightness
 * so they look evenly spaced; the clinic's exact colour takes the slot nearest its own lightness,
 * and `index` says which slot that is (use it as the theme's primary shade).
 */
export type Palette = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const LIGHTNESS = [0.97, 0.93, 0.86, 0.78, 0.7, 0.62, 0.55, 0.48, 0.41, 0.34] as const;

type Rgb = [number, number, number];

export function isHexColour(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}

export function generatePalette(hex: string): { shades: Palette; index: number } {
  const base = isHexColour(hex) ? hex.toLowerCase() : "#1f6f78";
  const [l, c, h] = rgbToOklch(hexToRgb(base));
  let index = 0;
  for (let i = 1; i < LIGHTNESS.length; i++) {
    if (Math.abs((LIGHTNESS[i] ?? 0) - l) < Math.abs((LIGHTNESS[index] ?? 0) - l)) index = i;
  }
  const shades = LIGHTNESS.map((target, i) => {
    if (i === index) return base;
    // Very light and very dark shades carry less colour, as hand-made palettes do.
    const chroma = c * (target > 0.9 ? 0.35 : target > 0.8 ? 0.7 : 1);
    return rgbToHex(oklchToRgbInGamut(target, chroma, h));
  }) as Palette;
  return { shades, index };
}

/** Whether white text reads well on the colour (WCAG contrast ≥ 4.5 against white). */
export function prefersWhiteText(hex: string): boolean {
  const [r, g, b] = hexToRgb(hex).map((v) =>
    v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (luminance + 0.05) >= 4.5;
}

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

function rgbToHex(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const fromLinear = (v: number) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

function rgbToOklch(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), Math.atan2(B, A)];
}

function oklchToLinearRgb(L: number, C: number, h: number): Rgb {
  const A = C * Math.cos(h);
  const B = C * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** Lowers chroma until the colour fits in sRGB, keeping lightness and hue. */
function oklchToRgbInGamut(L: number, C: number, h: number): Rgb {
  let chroma = C;
  for (let i = 0; i < 24; i++) {
    const rgb = oklchToLinearRgb(L, chroma, h);
    if (rgb.every((v) => v >= -0.0005 && v <= 1.0005)) return rgb.map(fromLinear) as Rgb;
    chroma *= 0.9;
  }
  return oklchToLinearRgb(L, 0, h).map(fromLinear) as Rgb;
}
