import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { AnchorLink } from "../components/links.tsx";
import { authClient, authErrorMessage } from "../lib/auth-client.ts";
import { AuthLayout } from "./auth-layout.tsx";
import { TwoFactorStep } from "./two-factor-step.tsx";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<"password" | "two-factor">("password");
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter your email address"),
      password: (v) => (v ? null : "Enter your password"),
    },
  });

  const finish = async () => {
    await queryClient.resetQueries({ queryKey: ["me"] });
    await navigate({ href: redirect ?? "/appointments", replace: true });
  };

  const submit = form.onSubmit(async ({ email, password }) => {
    setProblem(null);
    setSubmitting(true);
    try {
      const { data, error } = await authClient.signIn.email({ email: email.trim(), password });
      if (error) {
        setProblem(signInError(error));
        return;
      }
      if (data && "twoFactorRedirect" in data && data.twoFactorRedirect) {
        setStep("two-factor");
        return;
      }
      await finish();
    } catch {
      setProblem("Stipple could not reach the server. Check your connection and try again.");
    } finally {
      setSubmitting(false);
    }
  });

  if (step === "two-factor") {
    return (
      <TwoFactorStep
        onVerified={finish}
        onRestart={() => {
          form.setFieldValue("password", "");
          setStep("password");
        }}
      />
    );
  }

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back. Sign in with your clinic email address."
      footer="Staff accounts are created by invitation from your clinic."
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
            autoComplete="username"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps("email")}
          />
          <Stack gap={4}>
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              {...form.getInputProps("password")}
            />
            <AnchorLink to="/forgot-password" size="sm" ta="right">
              Forgot password?
            </AnchorLink>
          </Stack>
          <Button type="submit" size="md" fullWidth loading={submitting}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function signInError(error: { status?: number; code?: string; message?: string }): string {
  if (error.status === 401 || error.code === "INVALID_EMAIL_OR_PASSWORD")
    return "Email or password is not right.";
  if (error.status === 429) return "Too many attempts, wait a minute and try again.";
  return authErrorMessage(error, "Signing in did not work. Please try again.");
}
