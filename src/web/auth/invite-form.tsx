import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { AcceptInvitationResult } from "../../shared/contracts/invitations.ts";
import { ApiError, api, applyFieldErrors } from "../lib/api.ts";
import { authClient } from "../lib/auth-client.ts";
import type { Invitation } from "./invitation.ts";
import { NewPasswordFields, newPasswordRules } from "./new-password-fields.tsx";

/** Name and password for a new staff member; accepting signs them straight in. */
export function InviteForm({ invitation }: { invitation: Invitation }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { name: "", password: "", confirm: "" },
    validate: {
      name: (v) =>
        v.trim().length >= 2 ? null : "Enter your name as colleagues and clients should see it",
      ...newPasswordRules,
    },
  });

  const submit = form.onSubmit(async ({ name, password }) => {
    setBusy(true);
    setProblem(null);
    let email = invitation.email;
    try {
      const path = `/invitations/${encodeURIComponent(invitation.id)}/accept`;
      const result = await api<AcceptInvitationResult>("POST", path, {
        name: name.trim(),
        password,
      });
      email = result?.email ?? email;
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && (error.status === 409 || error.status === 410)) {
        await queryClient.invalidateQueries({ queryKey: ["invitation", invitation.id] });
      }
      setProblem(applyFieldErrors(form, error));
      return;
    }
    const { error } = await authClient.signIn
      .email({ email, password })
      .catch(() => ({ error: {} }));
    await queryClient.resetQueries({ queryKey: ["me"] });
    if (error) {
      notifications.show({
        color: "green",
        title: "Account created",
        message: "Sign in with your new password.",
      });
      await navigate({ to: "/sign-in" });
      return;
    }
    notifications.show({
      color: "green",
      title: `Welcome to ${invitation.clinicName}`,
      message: "Your account is ready.",
    });
    await navigate({ to: "/appointments", replace: true });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label="Email"
          value={invitation.email}
          readOnly
          description="You will sign in with this address."
        />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          autoFocus
          {...form.getInputProps("name")}
        />
        <NewPasswordFields form={form} label="Password" />
        <Button type="submit" size="md" fullWidth loading={busy}>
          Accept invitation
        </Button>
      </Stack>
    </form>
  );
}
