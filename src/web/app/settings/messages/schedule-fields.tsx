import { Chip, Fieldset, Group, NumberInput, Select, Switch, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { MessagingSettings } from "../../../../domain/messaging/settings.ts";

export type ScheduleForm = UseFormReturnType<MessagingSettings>;

const CHANNELS = [
  { value: "email", label: "Email" },
  { value: "sms", label: "SMS" },
  { value: "both", label: "Email and SMS" },
  { value: "off", label: "Off: not sent" },
];

export function ChannelField({
  form,
  path,
  label,
}: {
  form: ScheduleForm;
  path: string;
  label: string;
}) {
  return (
    <Select
      label={label}
      data={CHANNELS}
      allowDeselect={false}
      {...form.getInputProps(path)}
      key={form.key(path)}
    />
  );
}

export function NumberField(props: {
  form: ScheduleForm;
  path: string;
  label: string;
  min: number;
  max: number;
  suffix?: string;
  description?: string;
  disabled?: boolean;
}) {
  const { form, path, ...rest } = props;
  return (
    <NumberInput
      {...rest}
      suffix={props.suffix ? ` ${props.suffix}` : undefined}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      {...form.getInputProps(path)}
      key={form.key(path)}
    />
  );
}

export function TimeText({
  form,
  path,
  label,
  description,
}: {
  form: ScheduleForm;
  path: string;
  label: string;
  description?: string;
}) {
  return (
    <TextInput
      label={label}
      description={description}
      placeholder="09:30"
      inputMode="numeric"
      maxLength={5}
      {...form.getInputProps(path)}
      key={form.key(path)}
    />
  );
}

/** A step that can be switched off, with the day it falls on. */
export function DayStep({
  form,
  path,
  label,
  min,
  max,
}: {
  form: ScheduleForm;
  path: string;
  label: string;
  min: number;
  max: number;
}) {
  const enabled = form.getInputProps(`${path}.enabled`, { type: "checkbox" });
  return (
    <Group gap="sm" align="flex-end" wrap="nowrap">
      <NumberField
        form={form}
        path={`${path}.day`}
        label={label}
        min={min}
        max={max}
        suffix="days after"
        disabled={!enabled.checked}
      />
      <Switch label="Send" mb={8} {...enabled} key={form.key(`${path}.enabled`)} />
    </Group>
  );
}

/** A short list of whole numbers (days or hours), ticked from `options` as checkbox chips. */
export function NumberListField(props: {
  form: ScheduleForm;
  path: string;
  label: string;
  description: string;
  options: number[];
  unit: (n: number) => string;
  max: number;
}) {
  const { form, path } = props;
  const current = getPath(form, path);
  const error =
    form.errors[path] ?? Object.entries(form.errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  return (
    <Fieldset variant="unstyled" legend={props.label}>
      <Text size="xs" c="dimmed" mb={6}>
        {props.description}
      </Text>
      <Chip.Group
        multiple
        value={current.map(String)}
        onChange={(values) =>
          form.setFieldValue(path as never, values.map(Number).sort((a, b) => a - b) as never)
        }
      >
        <Group gap={6}>
          {props.options.map((n) => (
            <Chip
              key={n}
              value={String(n)}
              size="xs"
              disabled={!current.includes(n) && current.length >= props.max}
            >
              {props.unit(n)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Text size="xs" c="red.8" mt={4}>
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

function getPath(form: ScheduleForm, path: string): number[] {
  let value: unknown = form.getValues();
  for (const part of path.split(".")) value = (value as Record<string, unknown>)?.[part];
  return Array.isArray(value) ? (value as number[]) : [];
}
