import { Button, ColorInput, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { StaffMember, StaffRoleName } from "../../../../shared/contracts/staff.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { isHexColour } from "../../../lib/palette.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { renderRoleOption, roleDescriptions, roleOptions } from "./roles.tsx";
import { useUpdateMember } from "./staff-api.ts";

const CALENDAR_SWATCHES = [
  "#1971c2",
  "#2f9e44",
  "#9c36b5",
  "#e8590c",
  "#c2255c",
  "#0c8599",
  "#f08c00",
  "#495057",
];

interface Props {
  member: StaffMember;
  isSelf: boolean;
  actorIsOwner: boolean;
}

export function MemberRoleSection({ member, isSelf, actorIsOwner }: Props) {
  const update = useUpdateMember(member.memberId);
  const [problem, setProblem] = useState<string | null>(null);
  const initial = { role: member.role as StaffRoleName, calendarColour: member.calendarColour };
  const form = useForm({
    initialValues: initial,
    validate: { calendarColour: (v) => (isHexColour(v) ? null : "Enter a colour like #1971c2") },
  });
  const roleLocked = isSelf || (member.role === "owner" && !actorIsOwner);
  const values = form.getValues();

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const patch = {
      ...(v.role !== member.role ? { role: v.role } : {}),
      ...(v.calendarColour.toLowerCase() !== member.calendarColour.toLowerCase()
        ? { calendarColour: v.calendarColour.toLowerCase() }
        : {}),
    };
    if (Object.keys(patch).length === 0) {
      notifySaved("Already up to date", "The role and calendar colour were already saved.");
      return;
    }
    update.mutate(patch, {
      onSuccess: (saved) => {
        const next = { role: saved.role, calendarColour: saved.calendarColour };
        form.setInitialValues(next);
        form.setValues(next);
        notifySaved("Staff member saved", `Changes to ${saved.name} are saved.`);
      },
      onError: (error) => setProblem(applyFieldErrors(form, error)),
    });
  });

  return (
    <SettingsSection
      title="Role and calendar"
      description="What they can see and do, and their colour in the diary."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              comboboxProps={{ keepMounted: false }}
              label="Role"
              data={roleOptions(actorIsOwner)}
              renderOption={renderRoleOption}
              allowDeselect={false}
              disabled={roleLocked}
              description={
                isSelf
                  ? "You cannot change your own role."
                  : member.role === "owner" && !actorIsOwner
                    ? "Only an owner can change an owner's role."
                    : roleDescriptions[values.role]
              }
              {...form.getInputProps("role")}
            />
            <ColorInput
              label="Calendar colour"
              description="Their appointments show in this colour"
              format="hex"
              eyeDropperButtonProps={{ "aria-label": "Pick a colour from the screen" }}
              swatches={CALENDAR_SWATCHES}
              swatchesPerRow={8}
              {...form.getInputProps("calendarColour")}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={update.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  );
}
