import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Modal,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import {
  type ConsentValues,
  renderConsentText,
  unknownPlaceholders,
} from "../../../../domain/consents/render.ts";
import type { ConsentTemplateView } from "../../../../shared/contracts/consents.ts";
import { errorMessage } from "../../../lib/api.ts";
import { useSaveConsentVersion } from "./consents-api.ts";

interface Props {
  template: ConsentTemplateView;
  placeholders: { name: string; value: string }[];
}

/** The current version's text with a live preview; saving adds version N+1 after a confirm. */
export function TemplateEditor({ template, placeholders }: Props) {
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [confirming, setConfirming] = useState(false);
  const save = useSaveConsentVersion();
  const values = useMemo(
    () =>
      Object.fromEntries(placeholders.map((p) => [p.name, p.value])) as unknown as ConsentValues,
    [placeholders],
  );
  const unknown = unknownPlaceholders(`${title}\n${body}`);
  const changed = title !== template.title || body !== template.body;
  const next = template.version + 1;
  const titleError = title.trim().length < 3 ? "Give the form a title" : null;
  const bodyError =
    body.trim().length < 20
      ? "The text is too short to be a consent form"
      : unknown.length > 0
        ? `Unknown placeholder${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => `{{${u}}}`).join(", ")}`
        : null;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Edit (version {template.version}
            {template.builtIn ? ", the built-in text" : ""})
          </Title>
          <TextInput
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
          />
          <Textarea
            label="Text"
            description="Blank lines separate paragraphs; lines starting with “- ” are shown as written."
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={12}
            maxRows={28}
            error={bodyError}
          />
          <Text size="xs" c="dark.4">
            Placeholders filled from your settings:{" "}
            {placeholders.map((p, i) => (
              <span key={p.name}>
                {i > 0 && ", "}
                <Code>{`{{${p.name}}}`}</Code> = {p.value}
              </span>
            ))}
          </Text>
        </Stack>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={3} size="h5">
              Preview: what clients read
            </Title>
            <Text fw={600}>{renderConsentText(title, values)}</Text>
            <ScrollArea.Autosize mah={520} type="auto">
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {renderConsentText(body, values)}
              </Text>
            </ScrollArea.Autosize>
          </Stack>
        </Card>
      </SimpleGrid>
      <Group>
        <Button
          disabled={!changed || Boolean(titleError || bodyError)}
          onClick={() => setConfirming(true)}
        >
          Save as version {next}
        </Button>
        {changed && (
          <Button
            variant="subtle"
            color="slate"
            onClick={() => {
              setTitle(template.title);
              setBody(template.body);
            }}
          >
            Discard changes
          </Button>
        )}
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Save as version ${next}?`}
      >
        <Stack gap="sm">
          <Text size="sm">
            From now on clients will read and sign version {next}. Everyone who already signed keeps
            the exact text of the version they signed; their forms are not changed. Clients who
            signed an older version will be asked to sign the new one.
          </Text>
          {save.isError && (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep editing
            </Button>
            <Button
              loading={save.isPending}
              onClick={() =>
                // mutateAsync, not mutate's callbacks: the saved version re-keys this editor, and
                // callbacks of an unmounted component's mutate never run (the notice would be lost).
                save
                  .mutateAsync({ kind: template.kind, title, body, basedOn: template.version })
                  .then(
                    (saved) => {
                      setConfirming(false);
                      notifications.show({
                        color: "teal",
                        message: `Saved as version ${saved.version}.`,
                      });
                    },
                    // Shown in the dialog from save.error.
                    () => undefined,
                  )
              }
            >
              Save version {next}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
