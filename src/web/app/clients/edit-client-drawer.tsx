import { Alert, Button, Drawer, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { Client } from "../../../shared/contracts/clients.ts";
import { applyFieldErrors } from "../../lib/api.ts";
import {
  type ClientFormValues,
  clientFormValues,
  toClientInput,
  validateClientForm,
} from "./client-form.ts";
import { ClientFormFields } from "./client-form-fields.tsx";
import { useUpdateClient } from "./clients-api.ts";

/** Edit the client's details in a side drawer; the page stays visible behind it. */
export function EditClientDrawer({
  client,
  opened,
  onClose,
}: {
  client: Client;
  opened: boolean;
  onClose: () => void;
}) {
  const update = useUpdateClient(client.id);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ClientFormValues>({
    initialValues: clientFormValues(client),
    validate: validateClientForm,
  });

  // Start from the latest saved details each time the drawer opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only on open
  useEffect(() => {
    if (opened) {
      form.setValues(clientFormValues(client));
      form.resetDirty(clientFormValues(client));
      form.clearErrors();
      setProblem(null);
    }
  }, [opened]);

  const submit = form.onSubmit((values) => {
    setProblem(null);
    update.mutate(toClientInput(values), {
      onSuccess: () => {
        notifications.show({
          color: "green",
          title: "Details saved",
          message: "The client's details are up to date.",
        });
        onClose();
      },
      onError: (error) => setProblem(applyFieldErrors(form, error)),
    });
  });

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title="Edit details"
      position="right"
      size="lg"
      padding="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <ClientFormFields form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
