import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconChevronLeft, IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { staffRoleLabels } from "../../../../shared/contracts/staff.ts";
import { QueryError } from "../../../components/route-states.tsx";
import { useMe } from "../../../lib/use-me.ts";
import { roleColours } from "../../shell/user-menu.tsx";
import { settingsLink } from "../common/settings-link.tsx";
import { MemberAccessSection } from "./member-access-section.tsx";
import { MemberHoursSection } from "./member-hours-section.tsx";
import { MemberRoleSection } from "./member-role-section.tsx";
import { staffQuery } from "./staff-api.ts";
import { TimeOffSection } from "./time-off-section.tsx";

/** One staff member: role and colour, working hours and time off (practitioners), access. */
export function MemberDetail({ memberId, onBack }: { memberId: string; onBack: () => void }) {
  const me = useMe();
  const staff = useQuery(staffQuery);
  const member = staff.data?.items.find((m) => m.memberId === memberId);

  const back = (
    <Anchor renderRoot={settingsLink("staff")} size="sm" c="dimmed" w="fit-content">
      <Group gap={2} wrap="nowrap">
        <IconChevronLeft size={16} aria-hidden="true" />
        All staff
      </Group>
    </Anchor>
  );

  if (staff.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading staff member">
        {back}
        <Group gap="md">
          <Skeleton circle h={48} />
          <Skeleton h={24} w={220} />
        </Group>
        <Card h={180} />
      </Stack>
    );
  }
  if (staff.isError) {
    return (
      <Stack gap="lg">
        {back}
        <QueryError
          error={staff.error}
          onRetry={() => void staff.refetch()}
          title="Could not load this staff member"
        />
      </Stack>
    );
  }
  if (!member) {
    return (
      <Card padding="xl">
        <EmptyState
          icon={<IconUserQuestion size={28} aria-hidden="true" />}
          withIndicatorBackground
          title="Staff member not found"
          description="They may have been removed from the clinic, or the link is out of date."
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={onBack}>
              Back to all staff
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  const isSelf = member.memberId === me.member.id;
  const actorIsOwner = me.member.role === "owner";

  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap">
        <Avatar
          name={member.name}
          color={member.calendarColour}
          size={52}
          radius="xl"
          variant="filled"
        />
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            <Title order={2} fz={22}>
              {member.name}
            </Title>
            <Badge variant="light" color={roleColours[member.role]}>
              {staffRoleLabels[member.role]}
            </Badge>
            {!member.active && (
              <Badge variant="light" color="slate">
                Deactivated
              </Badge>
            )}
            {isSelf && (
              <Badge variant="outline" color="slate">
                You
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" truncate>
            {member.email} · two-step verification {member.twoFactorEnabled ? "on" : "off"}
          </Text>
        </Stack>
      </Group>
      <MemberRoleSection member={member} isSelf={isSelf} actorIsOwner={actorIsOwner} />
      {member.role === "practitioner" && (
        <>
          <MemberHoursSection member={member} />
          <TimeOffSection member={member} />
        </>
      )}
      <MemberAccessSection member={member} isSelf={isSelf} actorIsOwner={actorIsOwner} />
    </Stack>
  );
}
