import { Button, Group, Input, Text } from "@mantine/core";
import { IconArrowBackUp, IconEraser } from "@tabler/icons-react";
import {
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import classes from "./signature-pad.module.css";

export interface SignaturePadHandle {
  isEmpty: () => boolean;
  /** The drawing as a PNG data URL (transparent background, dark ink). */
  toDataURL: () => string;
  clear: () => void;
}

interface SignaturePadProps {
  ref?: Ref<SignaturePadHandle>;
  label: string;
  /** Called whenever the pad goes from empty to signed or back. */
  onChange?: (empty: boolean) => void;
  disabled?: boolean;
  error?: ReactNode;
  /** CSS height; the width always follows the container. */
  height?: number;
  size?: "sm" | "md" | "lg";
  /** Replaces the default instructions under the pad. */
  help?: ReactNode;
}

/** Points are stored as fractions of the pad's size, so a resize redraws the same signature. */
interface Point {
  x: number;
  y: number;
  /** Pen pressure 0–1; 0.5 for mouse and touch. */
  p: number;
}
type Stroke = Point[];

const INK = "#1b2431";
const BASE_WIDTH = 2.8;
/** The exported PNG stays within what the server accepts (2400 × 1200). */
const EXPORT_MAX = { width: 2400, height: 1200, scale: 2 };

function drawStrokes(ctx: CanvasRenderingContext2D, strokes: Stroke[], w: number, h: number) {
  ctx.clearRect(0, 0, w, h);
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  for (const stroke of strokes) drawStroke(ctx, stroke, w, h, 0);
}

/** Draws a stroke from point `from` on, as quadratic curves through the midpoints (smooth ink). */
function drawStroke(ctx: CanvasRenderingContext2D, s: Stroke, w: number, h: number, from: number) {
  const at = (i: number) => {
    const p = s[Math.max(0, Math.min(s.length - 1, i))] as Point;
    return { x: p.x * w, y: p.y * h, p: p.p };
  };
  const first = at(0);
  if (s.length === 1) {
    ctx.beginPath();
    ctx.arc(first.x, first.y, widthFor(first.p) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  for (let i = Math.max(1, from); i < s.length; i++) {
    const prev = at(i - 1);
    const cur = at(i);
    const before = at(i - 2);
    const startX = i === 1 ? prev.x : (before.x + prev.x) / 2;
    const startY = i === 1 ? prev.y : (before.y + prev.y) / 2;
    ctx.beginPath();
    ctx.lineWidth = widthFor((prev.p + cur.p) / 2);
    ctx.moveTo(startX, startY);
    ctx.quadraticCurveTo(prev.x, prev.y, (prev.x + cur.x) / 2, (prev.y + cur.y) / 2);
    ctx.stroke();
  }
}

const widthFor = (pressure: number) => BASE_WIDTH * (0.6 + pressure * 0.8);

/**
 * A signature pad: draw with a finger, pen or mouse (Pointer Events, no page scrolling while
 * signing), sharp on high-density screens, and as wide as its container.
 */
export function SignaturePad({
  ref,
  label,
  onChange,
  disabled,
  error,
  height = 220,
  size,
  help,
}: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const drawing = useRef<number | null>(null);
  const [empty, setEmpty] = useState(true);
  const helpId = useId();
  const statusId = useId();

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawStrokes(ctx, strokes.current, w, h);
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    redraw();
    const observer = new ResizeObserver(() => redraw());
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [redraw]);

  const changed = useCallback(() => {
    const now = strokes.current.length === 0;
    setEmpty((was) => {
      if (was !== now) onChange?.(now);
      return now;
    });
  }, [onChange]);

  const clear = useCallback(() => {
    strokes.current = [];
    redraw();
    changed();
  }, [redraw, changed]);

  const undo = () => {
    strokes.current = strokes.current.slice(0, -1);
    redraw();
    changed();
  };

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => strokes.current.length === 0,
      clear,
      toDataURL: () => {
        const canvas = canvasRef.current;
        const w = canvas?.clientWidth ?? 600;
        const h = canvas?.clientHeight ?? height;
        const scale = Math.min(EXPORT_MAX.scale, EXPORT_MAX.width / w, EXPORT_MAX.height / h);
        const out = document.createElement("canvas");
        out.width = Math.round(w * scale);
        out.height = Math.round(h * scale);
        const ctx = out.getContext("2d");
        if (!ctx) return "";
        ctx.scale(scale, scale);
        drawStrokes(ctx, strokes.current, w, h);
        return out.toDataURL("image/png");
      },
    }),
    [clear, height],
  );

  const pointAt = (e: {
    clientX: number;
    clientY: number;
    pressure: number;
    pointerType: string;
  }) => {
    const rect = (canvasRef.current as HTMLCanvasElement).getBoundingClientRect();
    const pressure = e.pointerType === "pen" && e.pressure > 0 ? e.pressure : 0.5;
    return {
      x: Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width)),
      y: Math.min(1, Math.max(0, (e.clientY - rect.top) / rect.height)),
      p: pressure,
    };
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (disabled || (e.pointerType === "mouse" && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    drawing.current = e.pointerId;
    strokes.current = [...strokes.current, [pointAt(e)]];
    redraw();
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current !== e.pointerId) return;
    const stroke = strokes.current[strokes.current.length - 1];
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!stroke || !canvas || !ctx) return;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [e.nativeEvent];
    const from = stroke.length;
    for (const ev of events.length > 0 ? events : [e.nativeEvent]) stroke.push(pointAt(ev));
    drawStroke(ctx, stroke, canvas.clientWidth, canvas.clientHeight, from);
  };

  const onPointerEnd = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current !== e.pointerId) return;
    drawing.current = null;
    changed();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if ((e.key === "Delete" || e.key === "Backspace") && !disabled) {
      e.preventDefault();
      clear();
    }
  };

  return (
    <Input.Wrapper label={label} labelElement="div" error={error} size={size}>
      <div
        className={`${classes.pad} ${error ? classes.padError : ""}`}
        style={{ height, marginTop: 6 }}
      >
        <span className={classes.cross} aria-hidden="true">
          ×
        </span>
        <span className={classes.baseline} aria-hidden="true" />
        {empty && (
          <span className={classes.hint} aria-hidden="true">
            Sign above the line
          </span>
        )}
        <canvas
          ref={canvasRef}
          className={classes.canvas}
          role="img"
          aria-label={`${label}: ${empty ? "not signed yet" : "signed"}`}
          aria-describedby={`${helpId} ${statusId}`}
          tabIndex={disabled ? -1 : 0}
          data-disabled={disabled || undefined}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onLostPointerCapture={onPointerEnd}
          onKeyDown={onKeyDown}
        />
      </div>
      <Group justify="space-between" align="center" mt={6} gap="xs">
        <Text id={helpId} size="xs" c="dark.4" style={{ flex: "1 1 240px" }}>
          {help ??
            "Sign with a finger, a stylus or the mouse: a signature can't be typed. Delete clears it."}
        </Text>
        <Group gap={4} wrap="nowrap" style={{ flex: "none" }}>
          <Text id={statusId} size="xs" c={empty ? "dark.4" : "teal.9"} aria-live="polite" mr={6}>
            {empty ? "Not signed yet" : "Signed"}
          </Text>
          <Button
            size="xs"
            variant="subtle"
            color="slate"
            leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
            onClick={undo}
            disabled={disabled || empty}
          >
            Undo
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="slate"
            leftSection={<IconEraser size={14} aria-hidden="true" />}
            onClick={clear}
            disabled={disabled || empty}
          >
            Clear
          </Button>
        </Group>
      </Group>
    </Input.Wrapper>
  );
}
