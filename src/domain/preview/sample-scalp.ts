import { LINEAR_SIZE, LINEAR12_TO_SRGB, SRGB_TO_LINEAR16 } from "./lut.ts";
import { createRng, valueNoise } from "./random.ts";
import type { RgbaImage } from "./types.ts";

/**
 * Synthetic, procedurally drawn scalp photos for the demo clinic (no photos of real people ship):
 * a shaded head with skin-tone variation, pores and faint vellus hair, and closely shaved existing
 * hair (short dark strokes growing from follicular units, flowing from the crown whorl) following a
 * hair-loss pattern. Deterministic: the same kind and size give the same pixels.
 */
export const sampleScalpKinds = ["receding_front", "bald_top", "crown", "diffuse_top"] as const;
export type SampleScalpKind = (typeof sampleScalpKinds)[number];

export interface SampleScalpInfo {
  kind: SampleScalpKind;
  /** Photo view as stored for a scalp photo. */
  view: "front_hairline" | "top" | "crown";
  label: string;
  /** Scale at 1200 px wide (a head ~165 mm across fills ~1000 px). */
  pxPerMmAt1200: number;
}

export const SAMPLE_SCALPS: readonly SampleScalpInfo[] = [
  {
    kind: "receding_front",
    view: "front_hairline",
    label: "Receding hairline (Norwood 3), front",
    pxPerMmAt1200: 6,
  },
  { kind: "bald_top", view: "top", label: "Horseshoe fringe (Norwood 6), top", pxPerMmAt1200: 6 },
  { kind: "crown", view: "crown", label: "Thinning crown (Norwood 4V), crown", pxPerMmAt1200: 6 },
  { kind: "diffuse_top", view: "top", label: "Diffuse thinning, top", pxPerMmAt1200: 6 },
];

interface Geometry {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Whorl (hair flow origin) in head units (u, v). */
  whorl: [number, number];
  skin: [number, number, number];
  /** Hair density 0..1 at head coordinates (u, v in −1..1, v down). */
  hair(u: number, v: number, n: number): number;
}

const smooth = (e0: number, e1: number, x: number) => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

function geometry(kind: SampleScalpKind): Geometry {
  switch (kind) {
    case "receding_front":
      // Head tilted towards the camera: dome above, forehead running off the bottom edge.
      return {
        cx: 0.5,
        cy: 0.64,
        rx: 0.47,
        ry: 0.66,
        whorl: [0.05, -1.4],
        skin: [222, 176, 150],
        hair(u, v, n) {
          // Hairline with deep temple recessions (Norwood 3): higher at |u| ≈ 0.45.
          const recess = 0.33 * Math.exp(-((Math.abs(u) - 0.42) ** 2) / 0.018);
          const line = -0.08 - recess + 0.05 * n - 0.12 * u * u;
          const front = smooth(line + 0.07, line - 0.05, v);
          const sides = smooth(0.7, 0.86, Math.abs(u)) * smooth(0.55, 0.2, v);
          return Math.max(front, sides);
        },
      };
    case "bald_top":
      return {
        cx: 0.5,
        cy: 0.5,
        rx: 0.4,
        ry: 0.46,
        whorl: [0.02, 0.62],
        skin: [226, 184, 158],
        hair(u, v, n) {
          const d = Math.sqrt((u / 0.8) ** 2 + ((v - 0.08) / 0.9) ** 2);
          return (
            smooth(0.84 + 0.06 * n, 0.98 + 0.05 * n, d) * smooth(-1.05, -0.7, v) +
            smooth(0.8, 1, v) * 0.9
          );
        },
      };
    case "crown":
      return {
        cx: 0.5,
        cy: 0.52,
        rx: 0.42,
        ry: 0.46,
        whorl: [0.05, 0.05],
        skin: [214, 168, 140],
        hair(u, v, n) {
          const d = Math.sqrt(((u - 0.03) / 0.42) ** 2 + ((v - 0.04) / 0.46) ** 2);
          return 0.12 + 0.88 * smooth(0.55 + 0.12 * n, 1.05 + 0.1 * n, d);
        },
      };
    case "diffuse_top":
      return {
        cx: 0.5,
        cy: 0.5,
        rx: 0.4,
        ry: 0.46,
        whorl: [-0.04, 0.58],
        skin: [206, 160, 132],
        hair(u, v, n) {
          const d = Math.sqrt((u / 0.85) ** 2 + ((v - 0.1) / 0.95) ** 2);
          return 0.3 + 0.12 * n + 0.6 * smooth(0.75, 1, d);
        },
      };
  }
}

/** Draws one sample scalp (default 1200 × 1200). */
export function generateSampleScalp(kind: SampleScalpKind, width = 1200, height = 1200): RgbaImage {
  const g = geometry(kind);
  const scale = width / 1200;
  const pxPerMm = 6 * scale;
  const cx = g.cx * width;
  const cy = g.cy * height;
  const rx = g.rx * width;
  const ry = g.ry * height;
  const n = width * height;
  const lin = new Float32Array(n * 3);
  const inHead = new Float32Array(n);
  const lum = new Float32Array(n);
  const skin = g.skin.map((c) => (SRGB_TO_LINEAR16[c] ?? 0) / 65535);
  // Light from the upper left, in front; a broad soft highlight.
  const lx = -0.38;
  const ly = -0.5;
  const lz = Math.sqrt(1 - lx * lx - ly * ly);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const u = (x + 0.5 - cx) / rx;
      const v = (y + 0.5 - cy) / ry;
      const d2 = u * u + v * v;
      const edge = Math.max(0, Math.min(1, (1 - Math.sqrt(d2)) * Math.min(rx, ry) * 0.7));
      // Backdrop: dark slate, lighter towards the top left.
      const bg = 0.018 + 0.03 * (1 - (0.6 * y) / height - (0.4 * x) / width);
      let r = bg * 0.95;
      let gr = bg;
      let b = bg * 1.15;
      if (edge > 0) {
        const nz = Math.sqrt(Math.max(0, 1 - d2));
        const diffuse = Math.max(0, u * 0.9 * lx + v * 0.9 * ly + nz * lz);
        const blotch =
          1 + 0.06 * valueNoise(x, y, 60 * scale, 11) + 0.035 * valueNoise(x, y, 14 * scale, 12);
        const shade = (0.16 + 0.84 * diffuse) * blotch;
        const hz = nz * 0.5 + (lz * 0.5 + 0.5) * 0.5;
        const spec = 0.05 * Math.max(0, diffuse - 0.1) ** 8 + 0 * hz;
        // Warmer, redder skin in shadow (light scattered under the skin).
        const warm = 1 - shade;
        const sr = (skin[0] as number) * shade * (1 + 0.12 * warm) + spec;
        const sg = (skin[1] as number) * shade * (1 - 0.05 * warm) + spec;
        const sb = (skin[2] as number) * shade * (1 - 0.1 * warm) + spec;
        r = r * (1 - edge) + sr * edge;
        gr = gr * (1 - edge) + sg * edge;
        b = b * (1 - edge) + sb * edge;
        inHead[i] = edge;
        lum[i] = shade;
      }
      lin[i * 3] = r;
      lin[i * 3 + 1] = gr;
      lin[i * 3 + 2] = b;
    }
  }
  const rng = createRng(0x5ca1 + sampleScalpKinds.indexOf(kind) * 7919);
  drawPores(lin, inHead, width, height, pxPerMm, rng);
  drawHair(lin, inHead, lum, width, height, pxPerMm, g, { cx, cy, rx, ry }, rng);
  const data = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) {
      const value = lin[i * 3 + c] as number;
      const q = Math.max(0, Math.min(LINEAR_SIZE - 1, Math.floor(value * LINEAR_SIZE)));
      data[i * 4 + c] = LINEAR12_TO_SRGB[q] as number;
    }
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

/** Follicle openings and pores: tiny, slightly darker, soft spots (~1 per 2 mm²). */
function drawPores(
  lin: Float32Array,
  inHead: Float32Array,
  width: number,
  height: number,
  pxPerMm: number,
  rng: () => number,
): void {
  const count = Math.round((width * height) / (pxPerMm * pxPerMm * 2));
  for (let k = 0; k < count; k++) {
    const x = Math.floor(rng() * width);
    const y = Math.floor(rng() * height);
    const i = y * width + x;
    if ((inHead[i] as number) < 1) continue;
    const depth = 0.06 + 0.1 * rng();
    dab(lin, width, height, x, y, 1 - depth, pxPerMm * 0.08);
  }
}

function dab(lin: Float32Array, w: number, h: number, x: number, y: number, f: number, r: number) {
  const reach = Math.ceil(r + 1);
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      const px = x + dx;
      const py = y + dy;
      if (px < 0 || py < 0 || px >= w || py >= h) continue;
      const t = Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / (r + 1));
      const m = 1 - (1 - f) * t;
      const i = (py * w + px) * 3;
      lin[i] = (lin[i] as number) * m;
      lin[i + 1] = (lin[i + 1] as number) * m;
      lin[i + 2] = (lin[i + 2] as number) * m;
    }
  }
}

/**
 * Closely shaved hair: follicular units (1–3 hairs) on a jittered grid at ~90 units/cm² where the
 * pattern has hair, each hair a short dark stroke (0.6–2 mm visible) leaning along the flow from
 * the whorl; at the pattern's edge hairs get sparser, finer and lighter (miniaturisation).
 */
function drawHair(
  lin: Float32Array,
  inHead: Float32Array,
  lum: Float32Array,
  width: number,
  height: number,
  pxPerMm: number,
  g: Geometry,
  head: { cx: number; cy: number; rx: number; ry: number },
  rng: () => number,
): void {
  const cover = new Float32Array(width * height);
  const step = pxPerMm * Math.sqrt(100 / 90);
  const strokeStep = 0.5;
  for (let gy = 0; gy < height; gy += step) {
    for (let gx = 0; gx < width; gx += step) {
      const x = gx + rng() * step;
      const y = gy + rng() * step;
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      if (xi >= width || yi >= height || (inHead[yi * width + xi] as number) < 1) continue;
      const u = (x - head.cx) / head.rx;
      const v = (y - head.cy) / head.ry;
      const density = g.hair(u, v, valueNoise(x, y, 40 * pxPerMm, 21));
      const vellus = rng() >= density;
      if (vellus && rng() > 0.35) continue;
      // Flow: away from the whorl, with a slow swirl and per-hair jitter; foreshortened at the rim.
      let fx = u - g.whorl[0];
      let fy = v - g.whorl[1];
      const fl = Math.hypot(fx, fy) || 1;
      fx /= fl;
      fy /= fl;
      const swirl = 0.35;
      const hairs = vellus ? 1 : 1 + Math.floor(rng() * 2.6);
      for (let k = 0; k < hairs; k++) {
        const jitter = (rng() - 0.5) * 0.7;
        const a = Math.atan2(fy, fx) + swirl + jitter;
        const rim = Math.max(0.35, Math.sqrt(Math.max(0, 1 - u * u - v * v)));
        const len = (vellus ? 0.35 : 0.6 + 1.3 * rng()) * pxPerMm * (0.5 + 0.5 * rim);
        const strength = vellus ? 0.12 + 0.1 * rng() : (0.55 + 0.4 * rng()) * (0.5 + 0.5 * density);
        const ox = x + (rng() - 0.5) * 0.25 * pxPerMm;
        const oy = y + (rng() - 0.5) * 0.25 * pxPerMm;
        const dx = Math.cos(a);
        const dy = Math.sin(a);
        const steps = Math.max(2, Math.ceil(len / strokeStep));
        for (let s = 0; s <= steps; s++) {
          const t = s / steps;
          const taper = strength * (1 - 0.65 * t) * (s === 0 ? 1.6 : 1);
          splat(cover, width, height, ox + dx * len * t, oy + dy * len * t, taper * 0.5);
        }
      }
    }
  }
  // Hair colour: dark brown-black, lit like the skin beneath it.
  for (let i = 0; i < cover.length; i++) {
    const c = cover[i] as number;
    if (c <= 0) continue;
    const a = Math.min(0.92, c);
    const l = 0.25 + 0.75 * (lum[i] as number);
    lin[i * 3] = (lin[i * 3] as number) * (1 - a) + 0.018 * l * a;
    lin[i * 3 + 1] = (lin[i * 3 + 1] as number) * (1 - a) + 0.013 * l * a;
    lin[i * 3 + 2] = (lin[i * 3 + 2] as number) * (1 - a) + 0.011 * l * a;
  }
}

/** Bilinear deposit of coverage at a sub-pixel point. */
function splat(cover: Float32Array, w: number, h: number, x: number, y: number, amount: number) {
  const fx = x - 0.5;
  const fy = y - 0.5;
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const tx = fx - x0;
  const ty = fy - y0;
  const add = (px: number, py: number, wt: number) => {
    if (px < 0 || py < 0 || px >= w || py >= h) return;
    cover[py * w + px] = (cover[py * w + px] as number) + amount * wt;
  };
  add(x0, y0, (1 - tx) * (1 - ty));
  add(x0 + 1, y0, tx * (1 - ty));
  add(x0, y0 + 1, (1 - tx) * ty);
  add(x0 + 1, y0 + 1, tx * ty);
}
