import { Badge, Button, Card, Group, Modal, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconShieldCheck, IconShieldOff } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { authClient, authErrorMessage } from "../../lib/auth-client.ts";
import { meQuery, useMe } from "../../lib/use-me.ts";
import { BackupCodes } from "./backup-codes.tsx";
import { EnableTwoFactorModal } from "./enable-two-factor-modal.tsx";
import { PasswordPromptModal } from "./password-prompt-modal.tsx";

/** Two-step verification status, with turning it on or off and fresh backup codes. */
export function TwoFactorCard() {
  const me = useMe();
  const queryClient = useQueryClient();
  const enabled = me.user.twoFactorEnabled;
  const [enableOpen, enableModal] = useDisclosure(false);
  const [disableOpen, disableModal] = useDisclosure(false);
  const [regenOpen, regenModal] = useDisclosure(false);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const refreshMe = () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey });

  return (
    <Card component="section" aria-labelledby="two-factor-title">
      <Group justify="space-between" align="flex-start" gap="md">
        <Group align="flex-start" gap="md" wrap="nowrap" style={{ flex: "1 1 360px" }}>
          <ThemeIcon
            size={42}
            radius="md"
            variant="light"
            color={enabled ? "green" : "slate"}
            aria-hidden="true"
          >
            {enabled ? <IconShieldCheck size={24} /> : <IconShieldOff size={24} />}
          </ThemeIcon>
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} fz="lg" id="two-factor-title">
                Two-step verification
              </Title>
              <Badge color={enabled ? "green" : "gray"} variant="light">
                {enabled ? "On" : "Off"}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" maw={560}>
              {enabled
                ? "Signing in asks for a code from your authenticator app as well as your password."
                : "Protect client records with a code from an authenticator app as well as your password. Recommended for everyone, required by many clinics."}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm">
          {enabled ? (
            <>
              <Button variant="default" onClick={regenModal.open}>
                New backup codes
              </Button>
              <Button variant="light" color="red" onClick={disableModal.open}>
                Turn off
              </Button>
            </>
          ) : (
            <Button onClick={enableModal.open}>Turn on</Button>
          )}
        </Group>
      </Group>

      <EnableTwoFactorModal
        opened={enableOpen}
        clinicName={me.clinic.name}
        onClose={enableModal.close}
        onEnabled={() => {
          void refreshMe();
          notifications.show({
            color: "green",
            title: "Two-step verification is on",
            message: "Save your backup codes.",
          });
        }}
      />
      <PasswordPromptModal
        opened={disableOpen}
        title="Turn off two-step verification?"
        description="Your account will be protected by your password alone. Your backup codes stop working."
        confirmLabel="Turn off"
        destructive
        onClose={disableModal.close}
        onConfirm={async (password) => {
          const { error } = await authClient.twoFactor.disable({ password });
          if (error)
            return authErrorMessage(error, "Two-step verification could not be turned off.");
          disableModal.close();
          await refreshMe();
          notifications.show({
            color: "green",
            title: "Two-step verification is off",
            message: "You can turn it on again at any time.",
          });
          return null;
        }}
      />
      <PasswordPromptModal
        opened={regenOpen}
        title="Create new backup codes"
        description="Your old backup codes will stop working."
        confirmLabel="Create codes"
        onClose={regenModal.close}
        onConfirm={async (password) => {
          const { data, error } = await authClient.twoFactor.generateBackupCodes({ password });
          if (error || !data)
            return authErrorMessage(error, "New backup codes could not be created.");
          regenModal.close();
          setNewCodes(data.backupCodes);
          return null;
        }}
      />
      <Modal
        opened={newCodes !== null}
        onClose={() => setNewCodes(null)}
        title="Your new backup codes"
        size="md"
      >
        <Stack gap="md">
          <Text size="sm">
            Save these now: they will not be shown again. Each one lets you sign in once.
          </Text>
          {newCodes && <BackupCodes codes={newCodes} clinicName={me.clinic.name} />}
          <Group justify="flex-end">
            <Button onClick={() => setNewCodes(null)}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
