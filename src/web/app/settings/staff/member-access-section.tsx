import { Button, Group, Text } from "@mantine/core";
import { IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { useState } from "react";
import type { StaffMember } from "../../../../shared/contracts/staff.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { useMe } from "../../../lib/use-me.ts";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useSetMemberActive } from "./staff-api.ts";

interface Props {
  member: StaffMember;
  isSelf: boolean;
  actorIsOwner: boolean;
}

/** Deactivate (signs them out, keeps their records) or reactivate a staff member. */
export function MemberAccessSection({ member, isSelf, actorIsOwner }: Props) {
  const { clinic } = useMe();
  const setActive = useSetMemberActive(member.memberId);
  const [confirming, setConfirming] = useState(false);
  const ownerOnly = member.role === "owner" && !actorIsOwner;

  const run = (active: boolean) =>
    setActive.mutate(active, {
      onSuccess: () =>
        active
          ? notifySaved(
              "Staff member reactivated",
              `${member.name} can sign in to ${clinic.name} again.`,
            )
          : notifySaved(
              "Staff member deactivated",
              `${member.name} has been signed out and can no longer sign in.`,
            ),
      onError: (error) => notifyFailed(active ? "Not reactivated" : "Not deactivated", error),
      onSettled: () => setConfirming(false),
    });

  const reason = isSelf
    ? "You cannot deactivate yourself. Ask another owner or admin."
    : ownerOnly
      ? "Only an owner can deactivate an owner."
      : null;

  return (
    <SettingsSection
      title="Access"
      description={
        member.active
          ? "Deactivating signs them out straight away and stops them signing in. Their appointments, notes and history stay."
          : `${member.name} is deactivated and cannot sign in. Reactivate them to restore their access.`
      }
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {reason ?? (member.active ? "They can sign in now." : "Their records are kept.")}
        </Text>
        {member.active ? (
          <Button
            color="red"
            variant="light"
            leftSection={<IconUserOff size={16} />}
            disabled={reason !== null}
            onClick={() => setConfirming(true)}
          >
            Deactivate {member.name.split(" ")[0]}
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconUserCheck size={16} />}
            loading={setActive.isPending}
            disabled={ownerOnly}
            onClick={() => run(true)}
          >
            Reactivate {member.name.split(" ")[0]}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Deactivate ${member.name}?`}
        confirmLabel="Deactivate"
        destructive
        loading={setActive.isPending}
        onConfirm={() => run(false)}
        onClose={() => setConfirming(false)}
      >
        {member.name} will be signed out of {clinic.name} straight away and will not be able to sign
        in again. Their appointments, notes and history are kept, and you can reactivate them at any
        time.
      </ConfirmDialog>
    </SettingsSection>
  );
}
