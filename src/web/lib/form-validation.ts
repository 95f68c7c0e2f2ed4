import type { z } from "zod";

/**
 * Validates Mantine form values with a shared zod contract, giving one readable message per field
 * (the contracts' messages are written to follow a field label, so they are capitalised here).
 */
export function zodValidate<S extends z.ZodType>(schema: S) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join(".");
      if (field && !errors[field]) errors[field] = sentence(issue.message);
    }
    return errors;
  };
}

export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** The staff password rule the server enforces (Better Auth: 10–128 characters). */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters`;
  return null;
}
