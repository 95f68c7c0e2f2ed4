import { TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { normaliseTime } from "./hours-model.ts";

interface TimeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

/**
 * A 24-hour "HH:MM" field. A text field rather than the browser's time input, whose clock
 * follows the browser's language (a UK clinic on an American laptop would see AM/PM).
 */
export function TimeField({
  label,
  value,
  onChange,
  invalid,
  describedBy,
  disabled,
}: TimeFieldProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  const commit = (raw: string) => {
    const next = normaliseTime(raw);
    setText(next);
    if (next !== value) onChange(next);
  };

  return (
    <TextInput
      aria-label={label}
      value={text}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        setText(raw);
        // Complete times take effect at once, so Save never misses the last edit.
        if (/^\d{2}:\d{2}$/.test(raw)) onChange(raw);
      }}
      onBlur={(e) => commit(e.currentTarget.value)}
      placeholder="hh:mm"
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      error={invalid}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      w={84}
      styles={{ input: { textAlign: "center", fontVariantNumeric: "tabular-nums" } }}
    />
  );
}
