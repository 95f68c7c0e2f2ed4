import { NumberInput, Select, Switch, Text } from "@mantine/core";
import {
  type BookingPolicy,
  DEFAULT_BOOKING_POLICY,
} from "../../../../domain/settings/booking-policy.ts";
import { formatterFor } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { consequences, valueText } from "./booking-copy.ts";
import type { BookingForm } from "./booking-form.ts";
import type { RuleField } from "./booking-layout.ts";

/** The consequence of the value as it stands, a hint, and the default once it is changed. */
interface RuleHelpProps {
  field: RuleField;
  values: BookingPolicy;
  /** A second sentence after the consequence, such as example times. */
  extra?: string | null;
}

function RuleHelp({ field, values, extra }: RuleHelpProps) {
  const fallback = DEFAULT_BOOKING_POLICY[field.key];
  const changed = values[field.key] !== fallback;
  const show = valueText[field.key] as (v: unknown) => string;
  return (
    <>
      {consequences[field.key](values)}
      {extra && ` ${extra}`}
      {field.kind === "number" && field.hint && ` ${field.hint}`}
      {changed && (
        <Text span inherit c="accent.8" fw={500}>
          {" "}
          Default: {show(fallback)}.
        </Text>
      )}
    </>
  );
}

/** "09:00, 09:15, 09:30 …" in the clinic's locale: what a step looks like on a booking page. */
function useExampleTimes(step: unknown): string | null {
  const { clinic } = useMe();
  if (typeof step !== "number" || step <= 0) return null;
  // A wall-clock illustration, not an instant: formatted in UTC so no zone shifts it.
  const formatter = formatterFor({ locale: clinic.locale, timeZone: "UTC", currency: "GBP" });
  const nine = Date.UTC(2026, 0, 5, 9, 0);
  const times = [0, 1, 2].map((i) => formatter.time(nine + i * step * 60_000));
  return `For example ${times.join(", ")}.`;
}

function Unit({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" aria-hidden="true" pr={4}>
      {children}
    </Text>
  );
}

/** One booking rule as an input, with its plain-English consequence underneath. */
export function RuleInput({ form, field }: { form: BookingForm; field: RuleField }) {
  const values = form.getValues();
  const examples = useExampleTimes(field.key === "slotStepMinutes" ? values.slotStepMinutes : null);
  const help = <RuleHelp field={field} values={values} extra={examples} />;
  // Help sits under the input, so inputs side by side line up whatever the help's length.
  const order = ["label", "input", "description", "error"] as const;

  if (field.kind === "switch") {
    return (
      <Switch
        label={field.label}
        description={help}
        {...form.getInputProps(field.key, { type: "checkbox" })}
      />
    );
  }
  if (field.kind === "select") {
    const current = values[field.key] as number;
    const options = field.options.includes(current)
      ? field.options
      : [...field.options, current].sort((a, b) => a - b);
    const input = form.getInputProps(field.key);
    return (
      <Select
        label={field.label}
        description={help}
        inputWrapperOrder={[...order]}
        data={options.map((n) => ({ value: String(n), label: valueText.slotStepMinutes(n) }))}
        allowDeselect={false}
        comboboxProps={{ keepMounted: false }}
        {...input}
        value={String(input.value)}
        onChange={(v) => v !== null && form.setFieldValue(field.key, Number(v))}
      />
    );
  }
  return (
    <NumberInput
      label={field.label}
      description={help}
      inputWrapperOrder={[...order]}
      min={field.min}
      max={field.max}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      rightSection={<Unit>{field.unit}</Unit>}
      rightSectionWidth={field.unit.length * 8 + 16}
      {...form.getInputProps(field.key)}
    />
  );
}
