import { ActionIcon, Group, Input, Text } from "@mantine/core";
import { IconMinus, IconPlus } from "@tabler/icons-react";
import type { KeyboardEvent, ReactNode } from "react";
import { DURATION_STEP_MIN, stepDuration } from "./plan-edits.ts";
import { durationText } from "./plan-words.ts";

interface DurationInputProps {
  id: string;
  label: string;
  value: number;
  onChange: (minutes: number) => void;
  error?: ReactNode;
  description?: ReactNode;
  inputWrapperOrder?: ("label" | "input" | "description" | "error")[];
}

const MIN = DURATION_STEP_MIN;
const MAX = 720;

/** A duration in 15-minute steps, read as "3 h 15 min": − and + buttons, or arrow keys. */
export function DurationInput(props: DurationInputProps) {
  const { id, label, value, onChange, ...wrapper } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowUp: 1,
      ArrowRight: 1,
      ArrowDown: -1,
      ArrowLeft: -1,
      PageUp: 4,
      PageDown: -4,
    };
    if (e.key === "Home") onChange(MIN);
    else if (e.key === "End") onChange(MAX);
    else if (step[e.key] !== undefined) {
      let next = value;
      const n = step[e.key] as number;
      for (let i = 0; i < Math.abs(n); i++) next = stepDuration(next, n > 0 ? 1 : -1);
      onChange(next);
    } else return;
    e.preventDefault();
  };

  return (
    <Input.Wrapper label={label} labelElement="div" id={`${id}-wrapper`} {...wrapper}>
      <Group
        gap={0}
        wrap="nowrap"
        mt={4}
        style={{
          border: `1px solid ${wrapper.error ? "var(--mantine-color-error)" : "var(--mantine-color-default-border)"}`,
          borderRadius: "var(--mantine-radius-md)",
          height: 36,
        }}
      >
        <ActionIcon
          variant="subtle"
          color="slate"
          h={34}
          w={36}
          aria-label={`15 minutes shorter (${label})`}
          disabled={value <= MIN}
          onClick={() => onChange(stepDuration(value, -1))}
          tabIndex={-1}
        >
          <IconMinus size={16} aria-hidden="true" />
        </ActionIcon>
        <Text
          id={id}
          role="spinbutton"
          tabIndex={0}
          aria-label={label}
          aria-valuenow={value}
          aria-valuemin={MIN}
          aria-valuemax={MAX}
          aria-valuetext={durationText(value)}
          aria-invalid={wrapper.error ? true : undefined}
          onKeyDown={onKeyDown}
          fw={600}
          size="sm"
          ta="center"
          style={{ flex: 1, whiteSpace: "nowrap", outlineOffset: 2, borderRadius: 4 }}
        >
          {durationText(value)}
        </Text>
        <ActionIcon
          variant="subtle"
          color="slate"
          h={34}
          w={36}
          aria-label={`15 minutes longer (${label})`}
          disabled={value >= MAX}
          onClick={() => onChange(stepDuration(value, 1))}
          tabIndex={-1}
        >
          <IconPlus size={16} aria-hidden="true" />
        </ActionIcon>
      </Group>
    </Input.Wrapper>
  );
}
