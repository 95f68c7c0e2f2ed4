import { Alert, Anchor, Button, Stack, TextInput, ThemeIcon } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { AnchorLink } from "../components/links.tsx";
import { authClient, authErrorMessage } from "../lib/auth-client.ts";
import { AuthLayout } from "./auth-layout.tsx";

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: "" },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter a valid email address"),
    },
  });

  const backToSignIn = (
    <AnchorLink to="/sign-in" size="sm">
      Back to sign in
    </AnchorLink>
  );

  if (sentTo) {
    return (
      <AuthLayout title="Check your email" footer={backToSignIn}>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
            <IconMailCheck size={26} />
          </ThemeIcon>
          <div role="status">
            If there is a Stipple account for <strong>{sentTo}</strong>, we have sent it a link to
            choose a new password. The link works for one hour.
          </div>
          <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
            Use a different email address
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }

  const submit = form.onSubmit(async ({ email }) => {
    setBusy(true);
    setProblem(null);
    try {
      const { error } = await authClient.requestPasswordReset({
        email: email.trim(),
        redirectTo: "/reset-password",
      });
      if (error)
        setProblem(authErrorMessage(error, "The reset email could not be sent. Please try again."));
      else setSentTo(email.trim());
    } catch {
      setProblem("Stipple could not reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  });

  return (
    <AuthLayout
      title="Reset your password"
      description="Enter the email address you sign in with and we will send you a link to choose a new password."
      footer={backToSignIn}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            autoFocus
            {...form.getInputProps("email")}
          />
          <Button type="submit" size="md" fullWidth loading={busy}>
            Send reset link
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
