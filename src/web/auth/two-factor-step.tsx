import { Alert, Anchor, Button, Checkbox, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { authClient, authErrorMessage } from "../lib/auth-client.ts";
import { AuthLayout } from "./auth-layout.tsx";

interface TwoFactorStepProps {
  onVerified: () => Promise<void>;
  onRestart: () => void;
}

/** Second sign-in step: a code from the authenticator app, or one of the backup codes. */
export function TwoFactorStep({ onVerified, onRestart }: TwoFactorStepProps) {
  const [mode, setMode] = useState<"totp" | "backup">("totp");
  const [code, setCode] = useState("");
  const [trustDevice, setTrustDevice] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async (value: string) => {
    const clean = mode === "totp" ? value.replace(/\s/g, "") : value.trim();
    if (mode === "totp" && !/^\d{6}$/.test(clean)) {
      setProblem("Enter the 6-digit code from your authenticator app.");
      return;
    }
    if (mode === "backup" && clean.length < 6) {
      setProblem("Enter one of your backup codes.");
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { error } =
        mode === "totp"
          ? await authClient.twoFactor.verifyTotp({ code: clean, trustDevice })
          : await authClient.twoFactor.verifyBackupCode({ code: clean, trustDevice });
      if (error) {
        setProblem(authErrorMessage(error, "That code did not work. Try again."));
        setCode("");
        return;
      }
      await onVerified();
    } catch {
      setProblem("Stipple could not reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify(code);
  };

  const switchMode = () => {
    setMode(mode === "totp" ? "backup" : "totp");
    setCode("");
    setProblem(null);
  };

  return (
    <AuthLayout
      title="Two-step verification"
      description={
        mode === "totp"
          ? "Open your authenticator app and enter the 6-digit code for Stipple."
          : "Enter one of the backup codes you saved when you turned on two-step verification. Each code works once."
      }
      footer={
        <Anchor component="button" type="button" size="sm" onClick={onRestart}>
          Sign in with a different account
        </Anchor>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          {mode === "totp" ? (
            <TextInput
              key="totp"
              label="Authentication code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              placeholder="123456"
              autoFocus
              value={code}
              onChange={(e) => {
                const next = e.currentTarget.value.replace(/[^\d]/g, "").slice(0, 6);
                setCode(next);
                if (next.length === 6 && !busy) void verify(next);
              }}
              styles={{ input: { fontSize: 22, letterSpacing: "0.3em", textAlign: "center" } }}
            />
          ) : (
            <TextInput
              key="backup"
              label="Backup code"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              autoFocus
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            />
          )}
          <Checkbox
            label="Trust this device for 30 days"
            checked={trustDevice}
            onChange={(e) => setTrustDevice(e.currentTarget.checked)}
          />
          <Button type="submit" size="md" fullWidth loading={busy}>
            Verify
          </Button>
          <Text size="sm" ta="center">
            <Anchor component="button" type="button" onClick={switchMode}>
              {mode === "totp" ? "Use a backup code" : "Use your authenticator app"}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
