import { Badge, Button, Card, DataList, Group, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { authClient, authErrorMessage } from "../../lib/auth-client.ts";
import { meQuery, roleLabels, useMe } from "../../lib/use-me.ts";
import { roleColours } from "../shell/user-menu.tsx";

/** Name (editable), sign-in email, role and clinic. */
export function ProfileCard() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = name.trim() !== me.user.name;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim().length < 2) {
      setProblem("Enter your name as colleagues and clients should see it");
      return;
    }
    setBusy(true);
    setProblem(null);
    const { error } = await authClient
      .updateUser({ name: name.trim() })
      .catch(() => ({ error: { message: "offline" } }));
    setBusy(false);
    if (error) {
      setProblem(authErrorMessage(error, "Your name could not be saved."));
      return;
    }
    await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    notifications.show({
      color: "green",
      title: "Name saved",
      message: "Colleagues now see your new name.",
    });
  };

  return (
    <Card component="section" aria-labelledby="profile-title">
      <Title order={2} fz="lg" id="profile-title" mb="md">
        Profile
      </Title>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Group align="flex-end" gap="sm" mb="lg">
          <TextInput
            label="Name"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem}
            style={{ flex: "1 1 260px", maxWidth: 420 }}
          />
          <Button type="submit" variant="default" loading={busy} disabled={!dirty}>
            Save name
          </Button>
        </Group>
      </form>
      <DataList orientation="horizontal" labelWidth={130} gap="sm" size="sm">
        <DataList.Item>
          <DataList.ItemLabel>Email</DataList.ItemLabel>
          <DataList.ItemValue>{me.user.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Clinic</DataList.ItemLabel>
          <DataList.ItemValue>{me.clinic.name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Role</DataList.ItemLabel>
          <DataList.ItemValue>
            <Badge variant="light" color={roleColours[me.member.role]}>
              {roleLabels[me.member.role]}
            </Badge>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}
