import { useEffect, useRef, useState } from "react";
import type { PreviewDesign, PreviewParams } from "../../../domain/preview/types.ts";
import { type Frame, RenderClient } from "./render-client.ts";
import type { WorkImage } from "./use-photo-pixels.ts";

/** Marks a control change; the next frame on screen is measured from it (see below). */
export const CHANGE_MARK = "preview-change";
export const FRAME_MEASURE = "preview-change-to-frame";
const THROTTLE_MS = 30;

export function markChange() {
  performance.mark(CHANGE_MARK);
}

/**
 * Keeps a rendered frame of the design on the working image, re-rendering (throttled, latest
 * wins) as the design or parameters change. After each new frame is painted, the time since the
 * last control change is recorded as the performance measure "preview-change-to-frame".
 */
export function useLiveRender(
  work: WorkImage | null,
  design: PreviewDesign,
  params: PreviewParams,
) {
  const [frame, setFrame] = useState<Frame | null>(null);
  const [failed, setFailed] = useState(false);
  const client = useRef<RenderClient | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ design, params });

  useEffect(() => {
    if (!work) return;
    const c = new RenderClient(work.image);
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, [work]);

  useEffect(() => {
    latest.current = { design, params };
    if (!work || !client.current || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const c = client.current;
      if (!c) return;
      const { design: d, params: p } = latest.current;
      // The design is in the stored photo's pixels; the renderer scales it to the working image.
      c.render(d, p).then(
        (next) => {
          if (!next || client.current !== c) return;
          setFailed(false);
          setFrame(next);
          requestAnimationFrame(() => {
            if (performance.getEntriesByName(CHANGE_MARK, "mark").length === 0) return;
            // Read by the browser test (and visible in the browser's performance panel).
            performance.measure(FRAME_MEASURE, {
              start: CHANGE_MARK,
              detail: {
                renderMs: next.ms,
                where: next.where,
                width: next.width,
                height: next.height,
              },
            });
            performance.clearMarks(CHANGE_MARK);
          });
        },
        () => setFailed(true),
      );
    }, THROTTLE_MS);
  }, [work, design, params]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { frame, failed, mode: client.current?.mode ?? null };
}
