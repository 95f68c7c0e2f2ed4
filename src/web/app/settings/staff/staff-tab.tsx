import { Button, Card, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { useMe } from "../../../lib/use-me.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { InvitationsSection } from "./invitations-section.tsx";
import { InviteModal } from "./invite-modal.tsx";
import { MemberDetail } from "./member-detail.tsx";
import { staffQuery } from "./staff-api.ts";
import { StaffTable, StaffTableSkeleton } from "./staff-table.tsx";

interface StaffTabProps {
  /** Open one member's page instead of the list. */
  memberId?: string;
  onOpen: (memberId?: string) => void;
}

export function StaffTab({ memberId, onOpen }: StaffTabProps) {
  const me = useMe();
  const staff = useQuery(staffQuery);
  const [inviting, inviteModal] = useDisclosure(false);

  if (memberId) return <MemberDetail memberId={memberId} onBack={() => onOpen()} />;

  const active = staff.data?.items.filter((m) => m.active).length ?? 0;

  return (
    <Stack gap="lg">
      <SettingsSection
        title="Team"
        description={
          staff.data
            ? `${active} active ${active === 1 ? "member" : "members"}. Choose Manage to change a role, working hours or time off.`
            : "Everyone who can sign in to your clinic."
        }
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={inviteModal.open}>
            Invite staff
          </Button>
        }
      >
        {staff.isPending ? (
          <StaffTableSkeleton />
        ) : staff.isError ? (
          <QueryError
            error={staff.error}
            onRetry={() => void staff.refetch()}
            title="Could not load staff"
          />
        ) : (
          <StaffTable items={staff.data.items} myMemberId={me.member.id} />
        )}
      </SettingsSection>
      {staff.data ? (
        <InvitationsSection invitations={staff.data.invitations} />
      ) : (
        staff.isPending && <Card h={120} aria-hidden="true" />
      )}
      <InviteModal opened={inviting} onClose={inviteModal.close} />
    </Stack>
  );
}
