import { Group, Text, TextInput, type TextInputProps } from "@mantine/core";
import { useMe } from "../../lib/use-me.ts";
import { calendarWeekday } from "./consultation-labels.ts";

type DateFieldProps = Omit<TextInputProps, "type" | "value" | "onChange"> & {
  /** YYYY-MM-DD, or "" while empty. */
  value?: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
};

/**
 * The device's own date picker (best on a tablet), with the chosen date repeated in words: the
 * picker shows dates in the device's format, which may not be the clinic's.
 */
export function DateField({ value = "", onChange, ...props }: DateFieldProps) {
  const { clinic } = useMe();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <TextInput
        {...props}
        type="date"
        w={{ base: "100%", xs: 240 }}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {valid && (
        <Text size="sm" fw={500} pb={props.error ? 30 : 10} aria-live="polite">
          {calendarWeekday(value, clinic.locale)}
        </Text>
      )}
    </Group>
  );
}
