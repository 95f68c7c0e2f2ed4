import {
  type HairlineHelperId,
  hairlineHelperIds,
  type Point,
  type PreviewDesign,
} from "../../../domain/preview/types.ts";
import { helperShort, sampleCurve } from "./hairline.ts";

export interface OverlayOptions {
  /** Canvas pixels per photo pixel. */
  factor: number;
  /** Canvas pixels per CSS pixel, so handles keep their on-screen size. */
  dpr: number;
  showHairline: boolean;
  showHelpers: boolean;
  showCalibration: boolean;
  showMask: boolean;
  selectedPoint: number | null;
  selectedHelper: HairlineHelperId | null;
  /** Where the brush would paint, with its radius in photo pixels. */
  brush: { at: Point; radiusPx: number; erase: boolean } | null;
}

const ACCENT = "#1f8a94";
const HELPER = "#e0a030";

let maskCanvas: HTMLCanvasElement | null = null;

/** The painted treatment area as a tint, strokes applied in order (paint adds, erase removes). */
function drawMask(ctx: CanvasRenderingContext2D, design: PreviewDesign, f: number) {
  const { width, height } = ctx.canvas;
  maskCanvas ??= document.createElement("canvas");
  if (maskCanvas.width !== width || maskCanvas.height !== height) {
    maskCanvas.width = width;
    maskCanvas.height = height;
  }
  const m = maskCanvas.getContext("2d");
  if (!m) return;
  m.clearRect(0, 0, width, height);
  m.lineCap = "round";
  m.lineJoin = "round";
  for (const s of design.strokes) {
    m.globalCompositeOperation = s.mode === "erase" ? "destination-out" : "source-over";
    m.strokeStyle = "#3aa0ff";
    m.fillStyle = "#3aa0ff";
    m.lineWidth = s.radiusPx * 2 * f;
    const [first, ...rest] = s.points;
    if (!first) continue;
    m.beginPath();
    m.arc(first.x * f, first.y * f, s.radiusPx * f, 0, Math.PI * 2);
    m.fill();
    if (rest.length) {
      m.beginPath();
      m.moveTo(first.x * f, first.y * f);
      for (const p of rest) m.lineTo(p.x * f, p.y * f);
      m.stroke();
    }
  }
  m.globalCompositeOperation = "source-over";
  ctx.save();
  ctx.globalAlpha = 0.3;
  ctx.drawImage(maskCanvas, 0, 0);
  ctx.restore();
}

function handle(
  ctx: CanvasRenderingContext2D,
  p: Point,
  r: number,
  fill: string,
  selected: boolean,
) {
  ctx.beginPath();
  ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
  ctx.fillStyle = selected ? fill : "rgba(255,255,255,0.9)";
  ctx.fill();
  ctx.lineWidth = r / 3;
  ctx.strokeStyle = selected ? "#ffffff" : fill;
  ctx.stroke();
}

/** Hairline, helpers, calibration line, treatment area and brush outline over the photo. */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  design: PreviewDesign,
  o: OverlayOptions,
) {
  const f = o.factor;
  const s = (p: Point) => ({ x: p.x * f, y: p.y * f });
  const px = (css: number) => css * o.dpr;
  if (o.showMask) drawMask(ctx, design, f);

  if (o.showCalibration && design.calibration) {
    const a = s(design.calibration.a);
    const b = s(design.calibration.b);
    ctx.save();
    ctx.setLineDash([px(6), px(4)]);
    ctx.lineWidth = px(2);
    ctx.strokeStyle = "#ffffff";
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    ctx.restore();
    handle(ctx, a, px(9), "#d6336c", true);
    handle(ctx, b, px(9), "#d6336c", true);
    label(
      ctx,
      `${design.calibration.mm} mm`,
      { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - px(14) },
      px,
    );
  }

  if (o.showHairline && design.hairline.length > 0) {
    const curve = sampleCurve(design.hairline.map(s));
    ctx.save();
    ctx.lineJoin = "round";
    ctx.lineCap = "round";
    for (const [w, c] of [
      [px(5), "rgba(255,255,255,0.85)"],
      [px(2.5), ACCENT],
    ] as const) {
      ctx.lineWidth = w;
      ctx.strokeStyle = c;
      ctx.beginPath();
      for (const [i, p] of curve.entries()) {
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
      ctx.stroke();
    }
    ctx.restore();
    for (const [i, p] of design.hairline.entries()) {
      handle(ctx, s(p), px(10), ACCENT, i === o.selectedPoint);
    }
  }

  if (o.showHelpers) {
    for (const id of hairlineHelperIds) {
      const p = design.helpers[id];
      if (!p) continue;
      const q = s(p);
      const r = px(o.selectedHelper === id ? 12 : 10);
      ctx.save();
      ctx.translate(q.x, q.y);
      ctx.rotate(Math.PI / 4);
      ctx.fillStyle = o.selectedHelper === id ? HELPER : "rgba(255,255,255,0.9)";
      ctx.strokeStyle = HELPER;
      ctx.lineWidth = px(3);
      ctx.fillRect(-r * 0.7, -r * 0.7, r * 1.4, r * 1.4);
      ctx.strokeRect(-r * 0.7, -r * 0.7, r * 1.4, r * 1.4);
      ctx.restore();
      label(ctx, helperShort[id], { x: q.x, y: q.y - px(20) }, px);
    }
  }

  if (o.brush) {
    const c = s(o.brush.at);
    ctx.save();
    ctx.lineWidth = px(2);
    ctx.setLineDash(o.brush.erase ? [px(4), px(4)] : []);
    ctx.strokeStyle = o.brush.erase ? "#ffffff" : "#3aa0ff";
    ctx.beginPath();
    ctx.arc(c.x, c.y, o.brush.radiusPx * f, 0, Math.PI * 2);
    ctx.stroke();
    ctx.restore();
  }
}

function label(ctx: CanvasRenderingContext2D, text: string, at: Point, px: (n: number) => number) {
  ctx.save();
  ctx.font = `600 ${px(12)}px system-ui, sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const w = ctx.measureText(text).width + px(10);
  ctx.fillStyle = "rgba(20,24,28,0.75)";
  ctx.fillRect(at.x - w / 2, at.y - px(9), w, px(18));
  ctx.fillStyle = "#ffffff";
  ctx.fillText(text, at.x, at.y);
  ctx.restore();
}
