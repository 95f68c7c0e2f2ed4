import type { UseFormReturnType } from "@mantine/form";
import type { z } from "zod";
import {
  type ClinicalSettings,
  clinicalSettingsSchema,
} from "../../../../domain/settings/clinical-settings.ts";
import { ApiError, errorMessage } from "../../../lib/api.ts";

/**
 * The form holds a ClinicalSettings object as it is being edited: a number field someone has
 * cleared holds "" until it is filled again, which validation reports before anything is sent.
 */
export type ClinicalForm = UseFormReturnType<ClinicalSettings>;

/** The value at a dotted form path such as "sessions.durationBands.0.minutes". */
export function valueAt(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Deep equality that ignores key order (stored settings and the defaults list keys differently). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const pounds = (pence: number) =>
  new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(pence / 100);

/** One short sentence per zod issue, written to sit under a field. */
function friendly(issue: z.core.$ZodIssue): string {
  const money = String(issue.path.at(-1) ?? "").endsWith("Pence");
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return "Use a whole number";
      return issue.expected === "string" ? "Enter some text" : "Enter a number";
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return "Enter some text";
      if (issue.origin === "array") return `Add at least ${min}`;
      if (min === 0) return "Must not be negative";
      return `Must be ${issue.inclusive === false ? "more than" : "at least"} ${money ? pounds(min) : min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Use at most ${max} characters`;
      if (issue.origin === "array") return `At most ${max}`;
      return `Must be at most ${money ? pounds(max) : max}`;
    }
    default:
      return issue.message;
  }
}

export type Validated =
  | { ok: true; settings: ClinicalSettings }
  | { ok: false; errors: Record<string, string> };

/** Checks the whole form with the shared schema, the same one the API applies. */
export function validateSettings(values: ClinicalSettings): Validated {
  const result = clinicalSettingsSchema.safeParse(values);
  if (result.success) return { ok: true, settings: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    errors[path] ??= friendly(issue);
  }
  return { ok: false, errors };
}

/**
 * Puts the API's field errors ("settings.sessions.maxMinutes") on the form's fields. Returns what
 * could not be placed on a field, to show above the Save button, or null when all were placed.
 */
export function applyServerErrors(form: ClinicalForm, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const values = form.getValues();
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const path = field.replace(/^settings\./, "");
    const text = message.charAt(0).toUpperCase() + message.slice(1);
    if (field !== path && valueAt(values, path) !== undefined) placed[path] ??= text;
    else unplaced.push(text);
  }
  form.setErrors(placed);
  return unplaced.length > 0 ? unplaced.join(" ") : null;
}

/** An error on a field or anywhere inside it (a row's error shows on the row). */
export function errorWithin(form: ClinicalForm, path: string): string | undefined {
  const errors = form.errors;
  const own = errors[path];
  if (own) return String(own);
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? String(errors[nested]) : undefined;
}

/** Whole pence from pounds as typed (12.3 → 1230); "" stays "" so validation can ask for it. */
export function toPence(value: number | string): number | string {
  if (value === "") return "";
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : "";
}

export function toPounds(pence: number | string): number | string {
  return typeof pence === "number" ? pence / 100 : "";
}

/** "£" for GBP in en-GB: the sign shown beside money fields. */
export function currencySymbol(locale: string, currency: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(0);
    return parts.find((p) => p.type === "currency")?.value ?? currency;
  } catch {
    return currency;
  }
}

/** "£3,000" rather than "£3,000.00" for round sums in help text. */
export const whole = (money: string) => money.replace(/[.,]00(?=\D*$)/, "");
