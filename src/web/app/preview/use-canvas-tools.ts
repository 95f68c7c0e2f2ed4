import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import type { HairlineHelperId, Point, PreviewDesign } from "../../../domain/preview/types.ts";
import { extendStroke, type Tool, withCalibration } from "./editor-model.ts";
import { hitHelper, hitPoint, insertPoint, nextHelper, snapToHelper } from "./hairline.ts";

/** Handles are hit within this many CSS pixels: big enough for a fingertip. */
export const HIT_CSS_PX = 24;

type Drag =
  | { kind: "hairline"; index: number }
  | { kind: "helper"; id: HairlineHelperId }
  | { kind: "calibration"; end: "a" | "b"; a: Point; b: Point }
  | { kind: "stroke" };

export interface ToolOptions {
  tool: Tool;
  design: PreviewDesign;
  readOnly: boolean;
  /** Brush radius in photo pixels. */
  brushRadiusPx: number;
  /** Which helper a tap places; null places the next one not yet placed. */
  helperToPlace: HairlineHelperId | null;
  calibrationMm: number;
  change: (design: PreviewDesign, transient?: boolean) => void;
  commit: () => void;
}

/**
 * Pointer (mouse, pen, finger) and keyboard handling for the drawing canvas. Coordinates are
 * converted to the photo's own pixels, which is what the design stores.
 */
export function useCanvasTools(o: ToolOptions) {
  const drag = useRef<Drag | null>(null);
  const [selectedPoint, setSelectedPoint] = useState<number | null>(null);
  const [selectedHelper, setSelectedHelper] = useState<HairlineHelperId | null>(null);
  const [hover, setHover] = useState<Point | null>(null);

  const toPhoto = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const scale = o.design.imageWidth / rect.width;
    return {
      p: {
        x: Math.min(o.design.imageWidth, Math.max(0, (e.clientX - rect.left) * scale)),
        y: Math.min(o.design.imageHeight, Math.max(0, (e.clientY - rect.top) * scale)),
      },
      hit: HIT_CSS_PX * scale,
    };
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (o.readOnly || (e.pointerType === "mouse" && e.button !== 0)) return;
    const { p, hit } = toPhoto(e);
    const d = o.design;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    if (o.tool === "hairline") {
      const i = hitPoint(d.hairline, p, hit);
      if (i >= 0) {
        drag.current = { kind: "hairline", index: i };
        setSelectedPoint(i);
        return;
      }
      const inserted = insertPoint(d.hairline, snapToHelper(p, d.helpers, hit));
      o.change({ ...d, hairline: inserted.points }, true);
      drag.current = { kind: "hairline", index: inserted.index };
      setSelectedPoint(inserted.index);
    } else if (o.tool === "helpers") {
      const id = hitHelper(d.helpers, p, hit) ?? o.helperToPlace ?? nextHelper(d.helpers);
      if (!id) return;
      o.change({ ...d, helpers: { ...d.helpers, [id]: p } }, true);
      drag.current = { kind: "helper", id };
      setSelectedHelper(id);
    } else if (o.tool === "calibrate") {
      const c = d.calibration;
      if (c && hitPoint([c.a, c.b], p, hit) >= 0) {
        const end = hitPoint([c.a, c.b], p, hit) === 0 ? "a" : "b";
        drag.current = { kind: "calibration", end, a: c.a, b: c.b };
        return;
      }
      // The line is kept here while dragging: too short a line is not a calibration yet.
      drag.current = { kind: "calibration", end: "b", a: p, b: p };
    } else {
      const stroke = {
        mode: o.tool === "erase" ? "erase" : "paint",
        radiusPx: o.brushRadiusPx,
        points: [p],
      } as const;
      o.change({ ...d, strokes: [...d.strokes, { ...stroke, points: [p] }] }, true);
      drag.current = { kind: "stroke" };
    }
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const { p, hit } = toPhoto(e);
    if (o.tool === "paint" || o.tool === "erase") setHover(p);
    const g = drag.current;
    if (!g) return;
    const d = o.design;
    if (g.kind === "hairline") {
      const hairline = d.hairline.slice();
      hairline[g.index] = snapToHelper(p, d.helpers, hit / 2);
      o.change({ ...d, hairline }, true);
    } else if (g.kind === "helper") {
      o.change({ ...d, helpers: { ...d.helpers, [g.id]: p } }, true);
    } else if (g.kind === "calibration") {
      g[g.end] = p;
      o.change(withCalibration(d, { a: g.a, b: g.b, mm: o.calibrationMm }), true);
    } else if (g.kind === "stroke") {
      o.change(extendStroke(d, p), true);
    }
  };

  const onPointerUp = () => {
    const g = drag.current;
    drag.current = null;
    if (!g) return;
    o.commit();
  };

  /** Arrow keys nudge the selected point or helper (Shift: 10×); Delete removes it; [ ] pick. */
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (o.readOnly) return;
    const d = o.design;
    const step = (e.shiftKey ? 10 : 1) * Math.max(1, d.imageWidth / 1000);
    const moves: Record<string, Point> = {
      ArrowLeft: { x: -step, y: 0 },
      ArrowRight: { x: step, y: 0 },
      ArrowUp: { x: 0, y: -step },
      ArrowDown: { x: 0, y: step },
    };
    const move = moves[e.key];
    if (o.tool === "hairline" && d.hairline.length > 0) {
      if (e.key === "[" || e.key === "]") {
        const n = d.hairline.length;
        const cur = selectedPoint ?? (e.key === "]" ? -1 : 0);
        setSelectedPoint((cur + (e.key === "]" ? 1 : -1) + n) % n);
        e.preventDefault();
        return;
      }
      if (selectedPoint === null || selectedPoint >= d.hairline.length) return;
      if (move) {
        const hairline = d.hairline.slice();
        const q = hairline[selectedPoint] as Point;
        hairline[selectedPoint] = { x: q.x + move.x, y: q.y + move.y };
        o.change({ ...d, hairline });
        e.preventDefault();
      } else if (e.key === "Delete" || e.key === "Backspace") {
        o.change({ ...d, hairline: d.hairline.filter((_, i) => i !== selectedPoint) });
        setSelectedPoint(null);
        e.preventDefault();
      }
    } else if (o.tool === "helpers" && selectedHelper && d.helpers[selectedHelper]) {
      const q = d.helpers[selectedHelper] as Point;
      if (move) {
        o.change({
          ...d,
          helpers: { ...d.helpers, [selectedHelper]: { x: q.x + move.x, y: q.y + move.y } },
        });
        e.preventDefault();
      } else if (e.key === "Delete" || e.key === "Backspace") {
        const helpers = { ...d.helpers };
        delete helpers[selectedHelper];
        o.change({ ...d, helpers });
        setSelectedHelper(null);
        e.preventDefault();
      }
    }
  };

  return {
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      onPointerLeave: () => setHover(null),
      onKeyDown,
    },
    selectedPoint,
    setSelectedPoint,
    selectedHelper,
    hover,
  };
}
