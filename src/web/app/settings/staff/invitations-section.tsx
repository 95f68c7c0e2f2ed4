import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconMailForward } from "@tabler/icons-react";
import { useState } from "react";
import type { PendingInvitation } from "../../../../shared/contracts/staff.ts";
import { staffRoleLabels } from "../../../../shared/contracts/staff.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { roleColours } from "../../shell/user-menu.tsx";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useCancelInvitation, useResendInvitation } from "./staff-api.ts";

/** Invitations not yet accepted, with resend (another seven days) and cancel. */
export function InvitationsSection({ invitations }: { invitations: PendingInvitation[] }) {
  const formatter = useFormatter();
  const resend = useResendInvitation();
  const cancel = useCancelInvitation();
  const [cancelling, setCancelling] = useState<PendingInvitation | null>(null);
  const now = Date.now();

  const doResend = (inv: PendingInvitation) =>
    resend.mutate(inv.id, {
      onSuccess: () =>
        notifySaved("Invitation sent again", `${inv.email} has a new link, valid for seven days.`),
      onError: (error) => notifyFailed("Invitation not sent", error),
    });

  const doCancel = () => {
    if (!cancelling) return;
    const inv = cancelling;
    cancel.mutate(inv.id, {
      onSuccess: () =>
        notifySaved("Invitation cancelled", `The link sent to ${inv.email} no longer works.`),
      onError: (error) => notifyFailed("Invitation not cancelled", error),
      onSettled: () => setCancelling(null),
    });
  };

  return (
    <SettingsSection
      title="Pending invitations"
      description="People who have been invited but have not joined yet. Links work for seven days."
    >
      {invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          No invitations waiting.
        </Text>
      ) : (
        <Stack
          gap={0}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label="Pending invitations"
        >
          {invitations.map((inv) => {
            const expired = Date.parse(inv.expiresAt) <= now;
            return (
              <Group
                component="li"
                key={inv.id}
                justify="space-between"
                gap="sm"
                py="sm"
                style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
              >
                <Stack gap={2} miw={0} style={{ flex: "1 1 260px" }}>
                  <Group gap="xs">
                    <Text size="sm" fw={600} truncate>
                      {inv.email}
                    </Text>
                    <Badge variant="light" color={roleColours[inv.role]} size="sm">
                      {staffRoleLabels[inv.role]}
                    </Badge>
                    {expired && (
                      <Badge variant="light" color="red" size="sm">
                        Expired
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    Invited by {inv.inviterName} · {expired ? "expired" : "expires"}{" "}
                    {formatter.date(Date.parse(inv.expiresAt))}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconMailForward size={14} />}
                    onClick={() => doResend(inv)}
                    loading={resend.isPending && resend.variables === inv.id}
                    aria-label={`Resend invitation to ${inv.email}`}
                  >
                    Resend
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => setCancelling(inv)}
                    aria-label={`Cancel invitation to ${inv.email}`}
                  >
                    Cancel
                  </Button>
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        title="Cancel this invitation?"
        confirmLabel="Cancel invitation"
        destructive
        loading={cancel.isPending}
        onConfirm={doCancel}
        onClose={() => setCancelling(null)}
      >
        The link sent to {cancelling?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </SettingsSection>
  );
}
