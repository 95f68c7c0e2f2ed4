import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { inviteStaffInput, type StaffRoleName } from "../../../../shared/contracts/staff.ts";
import { applyFieldErrors, isApiError } from "../../../lib/api.ts";
import { zodValidate } from "../../../lib/form-validation.ts";
import { useMe } from "../../../lib/use-me.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { renderRoleOption, roleDescriptions, roleOptions } from "./roles.tsx";
import { useInvite } from "./staff-api.ts";

interface InviteValues {
  email: string;
  role: StaffRoleName;
}

/** "Invite staff": an email with a link to join that works for seven days. */
export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const me = useMe();
  const invite = useInvite();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: "", role: "practitioner" },
    validate: zodValidate(inviteStaffInput),
  });

  const close = () => {
    form.reset();
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    invite.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (sent) => {
          notifySaved(
            "Invitation sent",
            `We emailed ${sent.email} a link to join ${me.clinic.name}. It works for seven days.`,
          );
          close();
        },
        onError: (error) => {
          if (isApiError(error, 409) && error.fieldErrors.length === 0) {
            form.setFieldError("email", error.detail ?? error.title);
            return;
          }
          setProblem(applyFieldErrors(form, error));
        },
      },
    );
  });

  const role = form.getValues().role;

  return (
    <Modal opened={opened} onClose={close} title="Invite a team member" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            They will get an email with a link to set their name and password.
          </Text>
          <FormProblem problem={problem} />
          <TextInput
            label="Email"
            type="email"
            placeholder="name@example.com"
            autoComplete="off"
            required
            data-autofocus
            {...form.getInputProps("email")}
          />
          <Select
            comboboxProps={{ keepMounted: false }}
            label="Role"
            data={roleOptions(me.member.role === "owner")}
            renderOption={renderRoleOption}
            allowDeselect={false}
            required
            description={roleDescriptions[role]}
            {...form.getInputProps("role")}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" leftSection={<IconSend size={16} />} loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
