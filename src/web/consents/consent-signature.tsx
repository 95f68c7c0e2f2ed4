import { SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { type Ref, useEffect, useId, useImperativeHandle, useRef, useState } from "react";
import { SignaturePad, type SignaturePadHandle } from "../components/signature-pad.tsx";
import { drawTypedSignature, typedSignaturePng } from "./typed-signature.ts";

export interface ConsentSignatureHandle {
  isEmpty: () => boolean;
  /** The signature as a PNG data URL. */
  toDataURL: () => string;
}

interface Props {
  ref?: Ref<ConsentSignatureHandle>;
  /** Pre-fills the typed signature. */
  name: string;
  onChange?: (empty: boolean) => void;
  error?: string | null;
  disabled?: boolean;
}

/**
 * A signature drawn with a finger, pen or mouse, or, for keyboard-only users, a typed name drawn
 * in a handwriting style. Either way the result is a PNG.
 */
export function ConsentSignature({ ref, name, onChange, error, disabled }: Props) {
  const [mode, setMode] = useState<"draw" | "type">("draw");
  const [typed, setTyped] = useState(name);
  const [drawnEmpty, setDrawnEmpty] = useState(true);
  const pad = useRef<SignaturePadHandle>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const previewId = useId();

  useEffect(() => {
    if (mode === "type" && preview.current) drawTypedSignature(preview.current, typed);
  }, [mode, typed]);

  const empty = mode === "draw" ? drawnEmpty : typed.trim().length < 2;
  useEffect(() => onChange?.(empty), [empty, onChange]);

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => empty,
      toDataURL: () =>
        mode === "draw" ? (pad.current?.toDataURL() ?? "") : typedSignaturePng(typed),
    }),
    [empty, mode, typed],
  );

  return (
    <Stack gap="xs">
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as "draw" | "type")}
        disabled={disabled}
        aria-label="How to sign"
        data={[
          { value: "draw", label: "Draw my signature" },
          { value: "type", label: "Type my name to sign" },
        ]}
      />
      {mode === "draw" ? (
        <SignaturePad
          ref={pad}
          label="Your signature"
          onChange={setDrawnEmpty}
          error={
            error ? <span style={{ color: "var(--mantine-color-red-9)" }}>{error}</span> : null
          }
          disabled={disabled}
          height={180}
          help="Sign with a finger, a stylus or the mouse. Delete clears it. Can't draw? Choose “Type my name to sign”."
        />
      ) : (
        <Stack gap={6}>
          <TextInput
            label="Type your name to sign"
            description="Your typed name is drawn as your signature below."
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            disabled={disabled}
            error={error}
            styles={{ error: { color: "var(--mantine-color-red-9)" } }}
            autoComplete="name"
            aria-describedby={previewId}
          />
          <canvas
            ref={preview}
            width={1200}
            height={400}
            role="img"
            aria-label={typed.trim() ? `Signature: ${typed.trim()}` : "No signature yet"}
            style={{
              width: "100%",
              aspectRatio: "3 / 1",
              border: "1px dashed var(--mantine-color-slate-4)",
              borderRadius: "var(--mantine-radius-md)",
              background: "#fdfdfb",
            }}
          />
          <Text id={previewId} size="xs" c="dark.4">
            This is how your signature will appear on the signed form.
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
