import { Alert, Button, Card, Group, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { NewPasswordFields, newPasswordRules } from "../../auth/new-password-fields.tsx";
import { authClient, authErrorMessage } from "../../lib/auth-client.ts";

/** Change the password; other devices are signed out so a leaked password stops working everywhere. */
export function ChangePasswordCard() {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { current: "", password: "", confirm: "" },
    validate: { current: (v) => (v ? null : "Enter your current password"), ...newPasswordRules },
  });

  const submit = form.onSubmit(async ({ current, password }) => {
    setBusy(true);
    setProblem(null);
    const { error } = await authClient
      .changePassword({
        currentPassword: current,
        newPassword: password,
        revokeOtherSessions: true,
      })
      .catch(() => ({ error: { message: "Stipple could not reach the server." } }));
    setBusy(false);
    if (error) {
      const message = authErrorMessage(error, "Your password could not be changed.");
      if (error && "code" in error && error.code === "INVALID_PASSWORD")
        form.setFieldError("current", message);
      else setProblem(message);
      return;
    }
    form.reset();
    notifications.show({
      color: "green",
      title: "Password changed",
      message: "Other devices have been signed out.",
    });
  });

  return (
    <Card component="section" aria-labelledby="password-title">
      <Title order={2} fz="lg" id="password-title">
        Password
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Changing your password signs you out on every other device.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps("current")}
          />
          <NewPasswordFields form={form} />
          <Group>
            <Button type="submit" variant="default" loading={busy}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
