import { ActionIcon, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import type { TimeRange } from "./hours-model.ts";
import { TimeField } from "./time-field.tsx";

interface TimeRangesInputProps {
  /** "Monday", or "Special day": starts every field's accessible label. */
  label: string;
  ranges: TimeRange[];
  onChange: (ranges: TimeRange[]) => void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

/**
 * Labels read as a person says a day: "Monday opens", "Monday break starts", "Monday break
 * ends", "Monday closes" (then "Monday break 2 starts" …), so each is unique on the page.
 */
function labels(day: string, index: number, count: number) {
  const breakName = (n: number) => `${day} break${n > 1 ? ` ${n}` : ""}`;
  return {
    opens: index === 0 ? `${day} opens` : `${breakName(index)} ends`,
    closes: index === count - 1 ? `${day} closes` : `${breakName(index + 1)} starts`,
  };
}

/** One or more opens–closes pairs; removing a later pair removes the break before it. */
export function TimeRangesInput(props: TimeRangesInputProps) {
  const { label, ranges, onChange, invalid, describedBy, disabled } = props;

  const set = (index: number, key: keyof TimeRange, value: string) =>
    onChange(ranges.map((r, i) => (i === index ? { ...r, [key]: value } : r)));

  const removeBreak = (index: number) => {
    const merged = ranges.flatMap((r, i) => {
      if (i === index) return [];
      if (i === index - 1) return [{ opens: r.opens, closes: ranges[index]?.closes ?? r.closes }];
      return [r];
    });
    onChange(merged);
  };

  return (
    <Stack gap={6}>
      {ranges.map((range, i) => {
        const name = labels(label, i, ranges.length);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond position
          <Group key={i} gap={8} wrap="nowrap">
            <TimeField
              label={name.opens}
              value={range.opens}
              onChange={(v) => set(i, "opens", v)}
              invalid={invalid}
              describedBy={describedBy}
              disabled={disabled}
            />
            <Text c="dimmed" aria-hidden="true">
              –
            </Text>
            <TimeField
              label={name.closes}
              value={range.closes}
              onChange={(v) => set(i, "closes", v)}
              invalid={invalid}
              describedBy={describedBy}
              disabled={disabled}
            />
            {i > 0 && (
              <Tooltip label="Remove this break">
                <ActionIcon
                  variant="subtle"
                  color="slate"
                  aria-label={`Remove ${labels(label, i - 1, ranges.length).closes.replace(/ starts$/, "")}`}
                  onClick={() => removeBreak(i)}
                  disabled={disabled}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
