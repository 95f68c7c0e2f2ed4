import { Button, Card, Group, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import type { Client } from "../../../shared/contracts/clients.ts";
import { errorMessage } from "../../lib/api.ts";
import { useUpdateClient } from "./clients-api.ts";

const MAX = 10_000;

/** Free-text notes about the client (preferences, practicalities), saved on demand. */
export function ClientNotesCard({ client }: { client: Client }) {
  const update = useUpdateClient(client.id);
  const [saved, setSaved] = useState(client.notes);
  const [text, setText] = useState(client.notes);
  const dirty = text !== saved;

  // Someone else saved newer notes: show them unless this person is mid-edit.
  useEffect(() => {
    if (client.notes !== saved) {
      if (!dirty) setText(client.notes);
      setSaved(client.notes);
    }
  }, [client.notes, saved, dirty]);

  const save = () =>
    update.mutate(
      { notes: text },
      {
        onSuccess: (updated) => {
          setSaved(updated.notes);
          setText(updated.notes);
          notifications.show({
            color: "green",
            title: "Notes saved",
            message: "The client's notes are up to date.",
          });
        },
        onError: (error) =>
          notifications.show({
            color: "red",
            title: "Notes not saved",
            message: errorMessage(error),
          }),
      },
    );

  return (
    <Card component="section" aria-labelledby="client-notes-title">
      <Title order={2} fz="lg" id="client-notes-title" mb="md">
        Notes
      </Title>
      <Textarea
        aria-label="Client notes"
        placeholder="Preferences, access needs, how they heard about the clinic…"
        autosize
        minRows={5}
        maxRows={16}
        maxLength={MAX}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={update.isError ? errorMessage(update.error) : undefined}
      />
      <Group justify="space-between" mt="sm" gap="sm">
        <Text size="xs" c="dimmed" aria-live="polite">
          {dirty ? "Unsaved changes" : text.length > 0 ? "Saved" : ""}
        </Text>
        <Group gap="sm">
          {dirty && (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => setText(saved)}
              disabled={update.isPending}
            >
              Discard
            </Button>
          )}
          <Button onClick={save} loading={update.isPending} disabled={!dirty}>
            Save notes
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
