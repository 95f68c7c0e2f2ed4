import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconChevronDown, IconLogout, IconShieldLock } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { authClient } from "../../lib/auth-client.ts";
import { type Me, roleLabels } from "../../lib/use-me.ts";

export const roleColours: Record<Me["member"]["role"], string> = {
  owner: "brand",
  admin: "accent",
  practitioner: "teal",
  receptionist: "slate",
};

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (
      (parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")
    ).toUpperCase() || "?"
  );
}

/** Who is signed in, their role, and the way to their account page or out. */
export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    const { error } = await authClient.signOut().catch(() => ({ error: { message: "offline" } }));
    if (error) {
      notifications.show({
        color: "red",
        title: "Could not sign out",
        message: "Check your connection and try again.",
      });
      return;
    }
    await navigate({ to: "/sign-in", replace: true });
    queryClient.clear();
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${me.user.name}`}
          p={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap="sm" wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34}>
              {initials(me.user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" miw={0}>
              <Text size="sm" fw={600} lh={1.25} truncate="end" maw={180}>
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25}>
                {roleLabels[me.member.role]}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={4} px="sm" py="xs">
          <Text size="sm" fw={600} truncate="end">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {me.user.email}
          </Text>
          <Badge variant="light" color={roleColours[me.member.role]} w="fit-content" mt={4}>
            {roleLabels[me.member.role]}
          </Badge>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconShieldLock size={16} />}>
          Account & security
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
