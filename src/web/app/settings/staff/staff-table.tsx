import {
  Anchor,
  Badge,
  Box,
  Button,
  ColorSwatch,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import type { StaffMember } from "../../../../shared/contracts/staff.ts";
import { staffRoleLabels } from "../../../../shared/contracts/staff.ts";
import { roleColours } from "../../shell/user-menu.tsx";
import { summariseHours } from "../common/hours-model.ts";
import { settingsLink } from "../common/settings-link.tsx";

const COLUMNS = ["Name", "Role", "Status", "Working hours", ""];

export function StaffTable({ items, myMemberId }: { items: StaffMember[]; myMemberId: string }) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label="Staff">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c || "actions"} scope="col">
                {c || <VisuallyHidden>Actions</VisuallyHidden>}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.memberId} style={{ opacity: m.active ? 1 : 0.72 }}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <ColorSwatch
                    color={m.calendarColour}
                    size={14}
                    withShadow={false}
                    aria-hidden="true"
                  />
                  <Stack gap={0} miw={0}>
                    <Group gap={6} wrap="nowrap">
                      <Anchor
                        renderRoot={settingsLink(`staff/${m.memberId}`)}
                        fw={600}
                        c="inherit"
                        size="sm"
                      >
                        {m.name}
                      </Anchor>
                      {m.memberId === myMemberId && (
                        <Badge size="xs" variant="outline" color="slate">
                          You
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" truncate>
                      {m.email}
                    </Text>
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={roleColours[m.role]}
                  styles={{ label: { overflow: "visible" } }}
                >
                  {staffRoleLabels[m.role]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Box
                    w={8}
                    h={8}
                    bg={m.active ? "green.6" : "slate.4"}
                    style={{ borderRadius: "50%", flexShrink: 0 }}
                    aria-hidden="true"
                  />
                  <Text size="sm" c={m.active ? undefined : "dimmed"}>
                    {m.active ? "Active" : "Deactivated"}
                  </Text>
                  {m.twoFactorEnabled && (
                    <IconShieldCheck
                      size={16}
                      color="var(--mantine-color-green-7)"
                      aria-label="Two-step verification on"
                    />
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  c={m.role === "practitioner" && m.hours.length > 0 ? undefined : "dimmed"}
                  lineClamp={2}
                >
                  {m.role !== "practitioner"
                    ? "—"
                    : m.hours.length > 0
                      ? summariseHours(m.hours)
                      : "Opening hours"}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  renderRoot={settingsLink(`staff/${m.memberId}`)}
                  variant="default"
                  size="xs"
                  aria-label={`Manage ${m.name}`}
                >
                  Manage
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StaffTableSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading staff">
      {Array.from({ length: 5 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
        <Group key={i} gap="md" wrap="nowrap">
          <Skeleton circle h={14} />
          <Skeleton h={14} w="25%" />
          <Skeleton h={14} w="12%" />
          <Skeleton h={14} w="12%" />
          <Skeleton h={14} w="30%" />
        </Group>
      ))}
    </Stack>
  );
}
