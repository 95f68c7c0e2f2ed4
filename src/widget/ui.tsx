/** @jsxImportSource preact */
import type { ComponentChildren, InputHTMLAttributes, Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { mmss } from "./format.ts";

/** A step's heading; takes focus when the step opens after the person moved on or back. */
export function StepHeading(props: {
  children: ComponentChildren;
  focus: boolean;
  count?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.focus]);
  return (
    <>
      {props.count && <p class="step-count">{props.count}</p>}
      <h2 ref={ref} tabIndex={-1}>
        {props.children}
      </h2>
    </>
  );
}

/** An error or notice region that screen readers announce when its text changes. */
export function Alert(props: { children?: ComponentChildren; tone?: "error" | "info" }) {
  return (
    <div class={props.tone === "info" ? "alert info" : "alert"} role="alert">
      {props.children}
    </div>
  );
}

export function BackButton(props: { onClick: () => void; label?: string }) {
  return (
    <button type="button" class="link back" onClick={props.onClick}>
      ← {props.label ?? "Back"}
    </button>
  );
}

function secondsUntil(iso: string, now: number) {
  return (Date.parse(iso) - now) / 1000;
}

/** What a screen reader hears about the hold: at the start, at 5, 2 and 1 minutes, and at 0. */
export function holdAnnouncement(seconds: number): string {
  if (seconds <= 0) return "The time is no longer held.";
  if (seconds <= 60) return "Less than a minute left to finish booking this time.";
  const minutes = Math.ceil(seconds / 60);
  return `We're holding this time for ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

const MILESTONES = [300, 120, 60, 0];
const milestonesPassed = (seconds: number) => MILESTONES.filter((m) => seconds <= m).length;

/**
 * "We're holding this time for mm:ss": the visible clock ticks every second; the polite live
 * region speaks only at a few milestones, never every second.
 */
export function HoldCountdown(props: { expiresAt: string; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsUntil(props.expiresAt, now);
  const [spoken, setSpoken] = useState("");
  const reached = useRef(0);
  const expired = useRef(false);
  const { onExpire } = props;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    const start = secondsUntil(props.expiresAt, Date.now());
    expired.current = false;
    reached.current = milestonesPassed(start);
    setSpoken(holdAnnouncement(start));
  }, [props.expiresAt]);
  useEffect(() => {
    const passed = milestonesPassed(left);
    if (passed > reached.current) {
      reached.current = passed;
      setSpoken(holdAnnouncement(left));
    }
    if (left <= 0 && !expired.current) {
      expired.current = true;
      onExpire();
    }
  }, [left, onExpire]);

  return (
    <div class="hold">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" stroke-width="2" />
        <path
          d="M12 9v4l2.5 2.5M9 2h6"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        />
      </svg>
      {left > 0 ? (
        <span>
          We're holding this time for <strong>{mmss(left)}</strong>
        </span>
      ) : (
        <span>This time is no longer held.</span>
      )}
      <span class="sr-only" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
}

/** A labelled text input with its inline error (announced through aria-describedby). */
export function Field(props: {
  id: string;
  label: string;
  optional?: boolean;
  error?: string | undefined;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
  input: InputHTMLAttributes<HTMLInputElement>;
}) {
  const describedBy = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.optional && <span class="opt"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        {...props.input}
        id={props.id}
        ref={props.inputRef}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.error && (
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
