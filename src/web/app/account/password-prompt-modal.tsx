import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, type ReactNode, useState } from "react";

interface PasswordPromptModalProps {
  opened: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onClose: () => void;
  /** Resolves to an error sentence to show, or null on success. */
  onConfirm: (password: string) => Promise<string | null>;
}

/** Confirms a security change by asking for the current password again. */
export function PasswordPromptModal(props: PasswordPromptModalProps) {
  const { opened, title, description, confirmLabel, destructive, onClose, onConfirm } = props;
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassword("");
    setProblem(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setProblem("Enter your password.");
      return;
    }
    setBusy(true);
    const error = await onConfirm(password).finally(() => setBusy(false));
    if (error) setProblem(error);
    else {
      setPassword("");
      setProblem(null);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" component="div">
            {description}
          </Text>
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color={destructive ? "red" : undefined} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
