import { useCallback, useEffect, useRef, useState } from "react";

interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The value before a run of transient changes (a drag), so the run undoes as one step. */
  anchor: T | null;
}

const LIMIT = 100;

/**
 * Undo/redo over a value. `set(next)` records a step; `set(next, { transient: true })` changes the
 * value during a drag without recording, and `commit()` records the whole drag as one step.
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, unless a text field has focus.
 */
export function useUndo<T>(initial: T, enabled = true) {
  const [h, setH] = useState<History<T>>({ past: [], present: initial, future: [], anchor: null });
  const ref = useRef(h);
  ref.current = h;

  const set = useCallback((next: T, options: { transient?: boolean } = {}) => {
    setH((cur) => {
      if (options.transient) {
        return { ...cur, present: next, anchor: cur.anchor ?? cur.present };
      }
      const base = cur.anchor ?? cur.present;
      return { past: [...cur.past, base].slice(-LIMIT), present: next, future: [], anchor: null };
    });
  }, []);

  const commit = useCallback(() => {
    setH((cur) =>
      cur.anchor === null
        ? cur
        : {
            past: [...cur.past, cur.anchor].slice(-LIMIT),
            present: cur.present,
            future: [],
            anchor: null,
          },
    );
  }, []);

  const undo = useCallback(() => {
    setH((cur) => {
      const previous = cur.past[cur.past.length - 1];
      if (previous === undefined) return cur;
      return {
        past: cur.past.slice(0, -1),
        present: previous,
        future: [cur.present, ...cur.future],
        anchor: null,
      };
    });
  }, []);

  const redo = useCallback(() => {
    setH((cur) => {
      const [next, ...rest] = cur.future;
      if (next === undefined) return cur;
      return { past: [...cur.past, cur.present], present: next, future: rest, anchor: null };
    });
  }, []);

  /** Starts over from a value (after loading or saving): no history. */
  const reset = useCallback((value: T) => {
    setH({ past: [], present: value, future: [], anchor: null });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input[type=text], input[type=number], textarea, [contenteditable=true]"))
        return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, undo, redo]);

  return {
    value: h.present,
    set,
    commit,
    undo,
    redo,
    reset,
    canUndo: h.past.length > 0 || h.anchor !== null,
    canRedo: h.future.length > 0,
  };
}
