/** @jsxImportSource preact */
import { useEffect, useRef, useState } from "preact/hooks";
import type { BookingRequestView } from "../../shared/contracts/public-booking.ts";
import { mmss } from "../format.ts";
import { Alert, BackButton, StepHeading } from "../ui.tsx";

export function CodeStep(props: {
  request: BookingRequestView;
  focus: boolean;
  count: string;
  codeMinutes: number;
  error: string | null;
  /** Set when the time was taken or released: offers the way back to the times. */
  timeGone: boolean;
  busy: boolean;
  hold: preact.ComponentChildren;
  onBack: () => void;
  onChooseAnotherTime: () => void;
  onConfirm: (code: string) => void;
  onResend: () => Promise<void>;
}) {
  const [code, setCode] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const [resent, setResent] = useState(false);
  const [resendAt, setResendAt] = useState(
    () => Date.now() + (props.request.resendAfterSeconds ?? 0) * 1000,
  );
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setResendAt(Date.now() + (props.request.resendAfterSeconds ?? 0) * 1000);
  }, [props.request]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (props.error) input.current?.focus();
  }, [props.error]);

  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000));
  const submit = (event: Event) => {
    event.preventDefault();
    const digits = code.replace(/\s+/g, "");
    if (!/^\d{6}$/.test(digits)) {
      setLocal("Enter the 6-digit code from the email.");
      input.current?.focus();
      return;
    }
    setLocal(null);
    props.onConfirm(digits);
  };
  const error = local ?? props.error;

  return (
    <section aria-labelledby="step-title">
      <BackButton onClick={props.onBack} label="Change my details" />
      <StepHeading focus={props.focus} count={props.count}>
        <span id="step-title">Check your email</span>
      </StepHeading>
      <p class="lead">
        {"We sent a 6-digit code to "}
        <strong>{props.request.codeSentTo}</strong>
        {`. It works for ${props.codeMinutes} minutes.`}
      </p>
      {props.hold}
      {error && (
        <Alert>
          {error}
          {props.timeGone && (
            <div style="margin-top: 8px">
              <button type="button" class="button secondary" onClick={props.onChooseAnotherTime}>
                Choose another time
              </button>
            </div>
          )}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="code">6-digit code</label>
          <input
            ref={input}
            id="code"
            class="code-input"
            value={code}
            onInput={(e) =>
              setCode((e.currentTarget as HTMLInputElement).value.replace(/\D/g, "").slice(0, 6))
            }
            autocomplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            aria-invalid={error ? "true" : undefined}
            aria-describedby="code-hint"
            required
          />
          <p class="muted" id="code-hint" style="margin-top: 6px">
            Can't find it? Check your spam or junk folder.
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" disabled={props.busy}>
            {props.busy ? "Confirming…" : "Confirm booking"}
          </button>
          <button
            type="button"
            class="link"
            disabled={wait > 0 || props.busy}
            onClick={async () => {
              await props.onResend();
              setResent(true);
            }}
          >
            {wait > 0 ? `Send a new code in ${mmss(wait)}` : "Send a new code"}
          </button>
        </div>
        <p class="sr-only" aria-live="polite">
          {resent && wait > 0 ? "A new code is on its way." : ""}
        </p>
      </form>
    </section>
  );
}
