import type { UseFormReturnType } from "@mantine/form";
import type { z } from "zod";
import {
  type BookingPolicy,
  bookingPolicySchema,
} from "../../../../domain/settings/booking-policy.ts";
import { ApiError, errorMessage } from "../../../lib/api.ts";

/** The policy as it is being edited: a cleared number field holds "" until it is filled again. */
export type BookingForm = UseFormReturnType<BookingPolicy>;

/** One short sentence per zod issue, written to sit under a field. */
function friendly(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? "Use a whole number" : "Enter a number";
    case "too_small":
      return Number(issue.minimum) === 0
        ? "Must not be negative"
        : `Must be at least ${Number(issue.minimum)}`;
    case "too_big":
      return `Must be at most ${Number(issue.maximum)}`;
    default:
      return issue.message;
  }
}

export type Validated =
  | { ok: true; policy: BookingPolicy }
  | { ok: false; errors: Record<string, string> };

/** Checks the whole form with the shared schema, the same one the API applies. */
export function validatePolicy(values: BookingPolicy): Validated {
  const result = bookingPolicySchema.safeParse(values);
  if (result.success) return { ok: true, policy: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= friendly(issue);
  return { ok: false, errors };
}

/**
 * Puts the API's field errors ("policy.holdMinutes") on the form's fields. Returns what could not
 * be placed on a field, to show above the Save button, or null when all were placed.
 */
export function applyServerErrors(form: BookingForm, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const known = new Set(Object.keys(form.getValues()));
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const key = field.replace(/^policy\./, "");
    const text = message.charAt(0).toUpperCase() + message.slice(1);
    if (key !== field && known.has(key)) placed[key] ??= text;
    else unplaced.push(text);
  }
  form.setErrors(placed);
  return unplaced.length > 0 ? unplaced.join(" ") : null;
}

/** Whether two policies hold the same rules. */
export function samePolicy(a: BookingPolicy, b: BookingPolicy): boolean {
  return (Object.keys(b) as (keyof BookingPolicy)[]).every((k) => a[k] === b[k]);
}
