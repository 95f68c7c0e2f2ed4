import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { applyFieldErrors, isApiError } from "../../lib/api.ts";

export interface FormProblem {
  title: string;
  detail: string;
}

interface FormWithErrors {
  setErrors: (errors: Record<string, React.ReactNode>) => void;
  getValues: () => object;
}

/**
 * What to show above a booking form after the server refused it: a clash (409) or a rule such as
 * opening hours (422) shows the server's own sentence; field errors go on their fields.
 */
export function formProblem(
  form: FormWithErrors,
  error: unknown,
  title: string,
): FormProblem | null {
  if (isApiError(error, 409)) return { title: error.title, detail: error.detail ?? error.title };
  if (isApiError(error, 422)) return { title, detail: error.detail ?? error.title };
  // The API names the start "startsAt"; the form asks for it as "time".
  const mapped: FormWithErrors = {
    getValues: () => ({ ...form.getValues(), startsAt: null }),
    setErrors: ({ startsAt, ...errors }) =>
      form.setErrors(startsAt ? { ...errors, time: startsAt } : errors),
  };
  const rest = applyFieldErrors(mapped, error);
  return rest ? { title, detail: rest } : null;
}

export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={problem.title}
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
    >
      {problem.detail}
    </Alert>
  );
}
