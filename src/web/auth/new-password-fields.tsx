import { PasswordInput, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { PASSWORD_MIN, passwordProblem } from "../lib/form-validation.ts";

export interface NewPasswordValues {
  password: string;
  confirm: string;
}

/** Validation rules for a new password and its confirmation. */
export const newPasswordRules = {
  password: (value: string) => passwordProblem(value),
  confirm: (value: string, values: NewPasswordValues) =>
    value === values.password ? null : "The passwords do not match",
};

/** "New password" + "Confirm password", with the length rule spelt out. */
export function NewPasswordFields<T extends NewPasswordValues>({
  form,
  label = "New password",
}: {
  form: UseFormReturnType<T>;
  label?: string;
}) {
  return (
    <Stack gap="md">
      <PasswordInput
        label={label}
        description={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password.`}
        autoComplete="new-password"
        required
        {...form.getInputProps("password")}
      />
      <PasswordInput
        label="Confirm password"
        autoComplete="new-password"
        required
        {...form.getInputProps("confirm")}
      />
    </Stack>
  );
}
