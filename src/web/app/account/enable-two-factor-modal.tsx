import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Image,
  Modal,
  Stack,
  Stepper,
  Text,
  TextInput,
} from "@mantine/core";
import { IconAlertCircle, IconCheck, IconCopy } from "@tabler/icons-react";
import QRCode from "qrcode";
import { type FormEvent, useEffect, useState } from "react";
import { authClient, authErrorMessage } from "../../lib/auth-client.ts";
import { BackupCodes } from "./backup-codes.tsx";
import { PasswordPromptModal } from "./password-prompt-modal.tsx";

interface Setup {
  totpURI: string;
  backupCodes: string[];
}

interface EnableTwoFactorProps {
  opened: boolean;
  clinicName: string;
  onClose: () => void;
  /** Called once the first code is verified (two-step verification is then on). */
  onEnabled: () => void;
}

/** Password → scan the QR code and enter a code → save the backup codes. */
export function EnableTwoFactorModal({
  opened,
  clinicName,
  onClose,
  onEnabled,
}: EnableTwoFactorProps) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [verified, setVerified] = useState(false);

  const close = () => {
    setSetup(null);
    setVerified(false);
    onClose();
  };

  if (!setup) {
    return (
      <PasswordPromptModal
        opened={opened}
        title="Turn on two-step verification"
        description="Enter your password to start. You will need an authenticator app such as Google Authenticator, Microsoft Authenticator or 1Password."
        confirmLabel="Continue"
        onClose={close}
        onConfirm={async (password) => {
          const { data, error } = await authClient.twoFactor.enable({ password });
          if (error || !data || !("totpURI" in data)) {
            return authErrorMessage(error, "Two-step verification could not be started.");
          }
          setSetup({ totpURI: data.totpURI, backupCodes: data.backupCodes });
          return null;
        }}
      />
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Turn on two-step verification"
      size="lg"
      closeOnClickOutside={false}
    >
      <Stepper active={verified ? 1 : 0} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Scan and confirm" description="Link your authenticator app">
          <ScanStep
            totpURI={setup.totpURI}
            onVerified={() => {
              setVerified(true);
              onEnabled();
            }}
          />
        </Stepper.Step>
        <Stepper.Step label="Save backup codes" description="For when you lose your phone">
          <CodesStep codes={setup.backupCodes} clinicName={clinicName} onDone={close} />
        </Stepper.Step>
      </Stepper>
    </Modal>
  );
}

function secretFrom(uri: string): string {
  try {
    return new URL(uri).searchParams.get("secret") ?? "";
  } catch {
    return "";
  }
}

function ScanStep({ totpURI, onVerified }: { totpURI: string; onVerified: () => void }) {
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const secret = secretFrom(totpURI);

  useEffect(() => {
    let live = true;
    QRCode.toDataURL(totpURI, { margin: 1, width: 208, errorCorrectionLevel: "M" })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [totpURI]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setProblem("Enter the 6-digit code your app shows for Stipple.");
      return;
    }
    setBusy(true);
    setProblem(null);
    const { error } = await authClient.twoFactor
      .verifyTotp({ code })
      .catch(() => ({ error: { message: "offline" } }));
    setBusy(false);
    if (error) setProblem(authErrorMessage(error, "That code did not work. Try the newest code."));
    else onVerified();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md" mt="md">
        <Text size="sm">
          Scan this QR code with your authenticator app, then enter the 6-digit code it shows.
        </Text>
        <Group align="flex-start" gap="lg" wrap="wrap">
          {qr ? (
            <Image src={qr} alt="QR code for your authenticator app" w={208} h={208} radius="sm" />
          ) : (
            <div style={{ width: 208, height: 208 }} />
          )}
          <Stack gap={6} style={{ flex: "1 1 220px" }}>
            <Text size="sm" fw={600}>
              Cannot scan?
            </Text>
            <Text size="sm" c="dimmed">
              Choose “enter a setup key” in your app and type this key:
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code fz="sm" style={{ wordBreak: "break-all" }} data-testid="totp-secret">
                {secret.replace(/(.{4})/g, "$1 ").trim()}
              </Code>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={copy}
                    aria-label="Copy setup key"
                  >
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Group>
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label="6-digit code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, "").slice(0, 6))}
          maw={220}
          styles={{ input: { letterSpacing: "0.25em", fontSize: 18 } }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Verify and turn on
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CodesStep({
  codes,
  clinicName,
  onDone,
}: {
  codes: string[];
  clinicName: string;
  onDone: () => void;
}) {
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md" mt="md">
      <Alert color="green" variant="light" icon={<IconCheck size={18} />}>
        Two-step verification is on. From now on, signing in asks for a code from your app.
      </Alert>
      <Text size="sm">
        Save these backup codes somewhere safe. If you lose your phone, each code lets you sign in
        once.
      </Text>
      <BackupCodes codes={codes} clinicName={clinicName} />
      <Checkbox
        label="I have saved my backup codes"
        checked={saved}
        onChange={(e) => setSaved(e.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button onClick={onDone} disabled={!saved}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
