import { NumberInput, type NumberInputProps, Switch, Text } from "@mantine/core";
import { createContext, type ReactNode, useContext } from "react";
import type { ClinicalSettings } from "../../../../domain/settings/clinical-settings.ts";
import { useFormatter } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import {
  type ClinicalForm,
  currencySymbol,
  sameValue,
  toPence,
  toPounds,
  valueAt,
  whole,
} from "./clinical-form.ts";

/** The reference defaults from the API, for "Default: …" hints and "Restore defaults". */
export const DefaultsContext = createContext<ClinicalSettings | null>(null);

export function useDefaults(): ClinicalSettings {
  const defaults = useContext(DefaultsContext);
  if (!defaults) throw new Error("Clinical fields need DefaultsContext.");
  return defaults;
}

/** The reference default at `path`, and whether the form's value differs from it. */
export function useDefaultAt(form: ClinicalForm, path: string) {
  const value = valueAt(useDefaults(), path);
  return { value, changed: !sameValue(valueAt(form.getValues(), path), value) };
}

/** Help text naming the source; once the value is changed, also what the default was. */
export function FieldHelp({ help, changedFrom }: { help: ReactNode; changedFrom?: string | null }) {
  return (
    <>
      {help}
      {changedFrom && (
        <Text span inherit c="accent.8" fw={500}>
          {" "}
          Default: {changedFrom}.
        </Text>
      )}
    </>
  );
}

function Unit({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" aria-hidden="true" pr={4}>
      {children}
    </Text>
  );
}

interface NumFieldProps extends Omit<NumberInputProps, "form" | "description"> {
  form: ClinicalForm;
  path: string;
  label: string;
  help: ReactNode;
  /** Shown inside the field on the right: "days", "min", "%". */
  unit?: string;
  /** The default as a person reads it ("14 days"); the number itself when not given. */
  describe?: (value: number) => string;
}

/** A whole-number setting with its unit, help text and default. */
export function NumField({ form, path, help, unit, describe, ...props }: NumFieldProps) {
  const fallback = useDefaultAt(form, path);
  const show = (v: unknown) =>
    typeof v === "number" ? (describe ? describe(v) : `${v}${unit ? ` ${unit}` : ""}`) : "none";
  return (
    <NumberInput
      allowDecimal={false}
      allowNegative={false}
      hideControls
      rightSection={unit ? <Unit>{unit}</Unit> : undefined}
      rightSectionWidth={unit ? Math.max(36, unit.length * 8 + 16) : undefined}
      description={
        <FieldHelp help={help} changedFrom={fallback.changed ? show(fallback.value) : null} />
      }
      {...form.getInputProps(path)}
      {...props}
    />
  );
}

interface MoneyFieldProps extends Omit<NumberInputProps, "form" | "description"> {
  form: ClinicalForm;
  /** A path to whole pence; the field edits pounds. */
  path: string;
  /** Leave out in table-like rows, and give an aria-label instead. */
  label?: string;
  help?: ReactNode;
}

/** Money is typed in pounds and pence and stored as whole pence. */
export function MoneyField({ form, path, help, ...props }: MoneyFieldProps) {
  const { clinic } = useMe();
  const formatter = useFormatter();
  const fallback = useDefaultAt(form, path);
  const input = form.getInputProps(path);
  return (
    <NumberInput
      leftSection={currencySymbol(clinic.locale, clinic.currency)}
      decimalScale={2}
      thousandSeparator=","
      allowNegative={false}
      hideControls
      description={
        help === undefined && !fallback.changed ? undefined : (
          <FieldHelp
            help={help}
            changedFrom={
              fallback.changed && typeof fallback.value === "number"
                ? whole(formatter.money(fallback.value))
                : null
            }
          />
        )
      }
      {...input}
      value={toPounds(input.value)}
      onChange={(v) => form.setFieldValue(path, toPence(v) as never)}
      {...props}
    />
  );
}

interface SwitchFieldProps {
  form: ClinicalForm;
  path: string;
  label: string;
  help: ReactNode;
}

export function SwitchField({ form, path, label, help }: SwitchFieldProps) {
  const fallback = useDefaultAt(form, path);
  return (
    <Switch
      label={label}
      description={
        <FieldHelp
          help={help}
          changedFrom={fallback.changed ? (fallback.value ? "on" : "off") : null}
        />
      }
      {...form.getInputProps(path, { type: "checkbox" })}
    />
  );
}
