import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { applyFieldErrors } from "../../lib/api.ts";
import {
  type ClientFormValues,
  emptyClientForm,
  toClientInput,
  validateClientForm,
} from "./client-form.ts";
import { ClientFormFields } from "./client-form-fields.tsx";
import { clientName, useCreateClient } from "./clients-api.ts";

/** "New client": a short form; on success the new client's page opens. */
export function NewClientModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ClientFormValues>({
    initialValues: emptyClientForm,
    validate: validateClientForm,
  });

  const close = () => {
    form.reset();
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    create.mutate(toClientInput(values), {
      onSuccess: (client) => {
        notifications.show({
          color: "green",
          title: "Client added",
          message: `${clientName(client)} is now on your list.`,
        });
        close();
        void navigate({ to: "/clients/$clientId", params: { clientId: client.id } });
      },
      onError: (error) => setProblem(applyFieldErrors(form, error)),
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="New client" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          )}
          <ClientFormFields form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add client
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
