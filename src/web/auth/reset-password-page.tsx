import { Alert, Button, Stack, ThemeIcon } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconCircleCheck, IconClockX } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AnchorLink, ButtonLink } from "../components/links.tsx";
import { authClient, authErrorMessage } from "../lib/auth-client.ts";
import { AuthLayout } from "./auth-layout.tsx";
import {
  NewPasswordFields,
  type NewPasswordValues,
  newPasswordRules,
} from "./new-password-fields.tsx";

const route = getRouteApi("/reset-password");

export function ResetPasswordPage() {
  const { token, error } = route.useSearch();
  const [state, setState] = useState<"form" | "done" | "expired">(
    !token || error ? "expired" : "form",
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<NewPasswordValues>({
    initialValues: { password: "", confirm: "" },
    validate: newPasswordRules,
  });

  if (state === "expired") {
    return (
      <AuthLayout title="This link has expired" footer={<SignInLink />}>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden="true">
            <IconClockX size={26} />
          </ThemeIcon>
          <div>
            Password reset links work once, for one hour. Ask for a new link and use the newest
            email we send you.
          </div>
          <ButtonLink to="/forgot-password">Send a new link</ButtonLink>
        </Stack>
      </AuthLayout>
    );
  }

  if (state === "done") {
    return (
      <AuthLayout title="Password changed">
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" color="green" aria-hidden="true">
            <IconCircleCheck size={26} />
          </ThemeIcon>
          <div role="status">
            Your new password is set. For your security, you have been signed out everywhere.
          </div>
          <ButtonLink to="/sign-in">Sign in</ButtonLink>
        </Stack>
      </AuthLayout>
    );
  }

  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    setBusy(true);
    setProblem(null);
    try {
      const { error: failure } = await authClient.resetPassword({ newPassword: password, token });
      if (failure?.code === "INVALID_TOKEN") setState("expired");
      else if (failure)
        setProblem(
          authErrorMessage(failure, "The password could not be changed. Please try again."),
        );
      else setState("done");
    } catch {
      setProblem("Stipple could not reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  });

  return (
    <AuthLayout title="Choose a new password" footer={<SignInLink />}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <NewPasswordFields form={form} />
          <Button type="submit" size="md" fullWidth loading={busy}>
            Save new password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function SignInLink() {
  return (
    <AnchorLink to="/sign-in" size="sm">
      Back to sign in
    </AnchorLink>
  );
}
