import { Group, type SelectProps, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { type StaffRoleName, staffRoleLabels } from "../../../../shared/contracts/staff.ts";

export const ROLES: StaffRoleName[] = ["owner", "admin", "practitioner", "receptionist"];

/** What each role may do, in one line. */
export const roleDescriptions: Record<StaffRoleName, string> = {
  owner: "Everything, including settings, staff, prices and other owners.",
  admin: "Settings, staff, services and all bookings, but not the owner role.",
  practitioner: "Consultations, treatment plans and sessions, with clinical notes and photos.",
  receptionist: "Bookings, client details and payments. No clinical notes or photos.",
};

/** Options for a role select; only an owner may hand out the owner role. */
export function roleOptions(actorIsOwner: boolean) {
  return ROLES.map((role) => ({
    value: role,
    label: staffRoleLabels[role],
    disabled: role === "owner" && !actorIsOwner,
  }));
}

/** A role option with its one-line description under the name. */
export const renderRoleOption: SelectProps["renderOption"] = ({ option, checked }) => (
  <Group gap="sm" wrap="nowrap" align="flex-start" py={2}>
    <Stack gap={0} style={{ flex: 1 }}>
      <Text size="sm" fw={500}>
        {option.label}
      </Text>
      <Text size="xs" c="dimmed">
        {roleDescriptions[option.value as StaffRoleName]}
      </Text>
    </Stack>
    {checked && <IconCheck size={16} aria-hidden="true" />}
  </Group>
);
