import {
  Alert,
  Badge,
  Button,
  Chip,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { IconAlertTriangle, IconRestore } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { MessageTemplate } from "../../../../shared/contracts/messaging.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { ApiError, errorMessage } from "../../../lib/api.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { previewTemplate, useResetTemplate, useSaveTemplate } from "./messages-api.ts";
import { countSms } from "./sms-count.ts";

/** Edit one template: subject and text with placeholder chips, a live preview and an SMS counter. */
export function TemplateEditor({
  template,
  onClose,
}: {
  template: MessageTemplate;
  onClose: () => void;
}) {
  const sms = template.channel === "sms";
  const phone = useMediaQuery("(max-width: 48em)");
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const save = useSaveTemplate(template);
  const reset = useResetTemplate(template);
  const [debounced] = useDebouncedValue({ subject, body }, 400);
  const preview = useQuery({
    queryKey: ["message-template-preview", template.key, template.channel, debounced],
    queryFn: ({ signal }) => previewTemplate(template, debounced, signal),
    enabled: debounced.body.trim() !== "",
    placeholderData: (previous) => previous,
    retry: false,
  });
  const dirty = subject !== template.subject || body !== template.body;
  const counted = countSms(preview.data?.bodyText ?? body);

  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const el = bodyRef.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = () => {
    setProblem(null);
    setErrors({});
    save.mutate(
      { subject: sms ? "" : subject, body },
      {
        onSuccess: () => {
          notifySaved(
            "Template saved",
            `${template.label} (${sms ? "SMS" : "email"}) uses your wording.`,
          );
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.length) {
            const next: { subject?: string; body?: string } = {};
            for (const e of error.fieldErrors) {
              if (e.field === "subject" || e.field === "body") next[e.field] ??= e.message;
            }
            setErrors(next);
          }
          setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={phone}
      title={`${template.label} · ${sms ? "SMS" : "Email"}`}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Sent {template.when.charAt(0).toLowerCase() + template.when.slice(1)}.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm">
            {!sms && (
              <TextInput
                label="Subject"
                value={subject}
                error={errors.subject}
                onChange={(e) => setSubject(e.currentTarget.value)}
              />
            )}
            <Textarea
              ref={bodyRef}
              label="Message"
              autosize
              minRows={sms ? 4 : 10}
              maxRows={18}
              value={body}
              error={errors.body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <Stack gap={4}>
              <Text size="xs" c="dimmed" id="placeholder-help">
                Insert a placeholder at the cursor:
              </Text>
              <Group gap={6} aria-describedby="placeholder-help">
                {template.placeholders.map((p) => (
                  <Chip
                    key={p.name}
                    size="xs"
                    checked={false}
                    onChange={() => insert(p.name)}
                    title={p.description}
                  >
                    {p.name}
                  </Chip>
                ))}
              </Group>
            </Stack>
          </Stack>
          <Stack gap="xs" aria-live="polite">
            <Group justify="space-between">
              <Title order={3} fz="sm">
                Preview with sample details
              </Title>
              {sms && (
                <Badge
                  variant="light"
                  color={counted.segments > 2 ? "orange" : "slate"}
                  data-testid="sms-counter"
                >
                  {counted.units} characters · {counted.segments}{" "}
                  {counted.segments === 1 ? "message" : "messages"} · {counted.encoding}
                </Badge>
              )}
            </Group>
            {preview.isError ? (
              <Text size="sm" c="red.8">
                {errorMessage(preview.error)}
              </Text>
            ) : !preview.data ? (
              <Text size="sm" c="dimmed">
                {body.trim() ? "Rendering…" : "Write the message to see it here."}
              </Text>
            ) : (
              <Stack gap="xs" data-testid="template-preview">
                {!sms && (
                  <Text size="sm">
                    <strong>Subject:</strong> {preview.data.subject}
                  </Text>
                )}
                {sms || !preview.data.bodyHtml ? (
                  <Text
                    size="sm"
                    p="sm"
                    bg="var(--mantine-color-gray-0)"
                    style={{ whiteSpace: "pre-wrap", borderRadius: 8 }}
                  >
                    {preview.data.bodyText}
                  </Text>
                ) : (
                  <iframe
                    title="Email preview"
                    sandbox=""
                    srcDoc={preview.data.bodyHtml}
                    style={{
                      width: "100%",
                      height: 360,
                      border: "1px solid var(--mantine-color-gray-3)",
                      borderRadius: 8,
                    }}
                  />
                )}
                {sms && (
                  <Text size="xs" c="dimmed">
                    {counted.encoding === "GSM-7"
                      ? "Plain characters: 160 fit in one text, 153 each when split."
                      : "A special character (such as an emoji or curly quote) is used: only 70 fit in one text, 67 each when split."}
                  </Text>
                )}
                {preview.data.problems.length > 0 && (
                  <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
                    <Stack gap={2}>
                      {preview.data.problems.map((p) => (
                        <Text size="sm" key={`${p.field}-${p.message}`}>
                          {p.field === "subject" ? "Subject" : "Message"}: {p.message}
                        </Text>
                      ))}
                    </Stack>
                  </Alert>
                )}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
        <FormProblem problem={problem} />
        <Group justify="space-between" gap="sm">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconRestore size={16} />}
            disabled={!template.customised}
            onClick={() => setConfirmReset(true)}
          >
            Reset to default
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={!dirty || !body.trim()}>
              Save template
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirmReset}
        title="Go back to the default wording?"
        confirmLabel="Reset to default"
        destructive
        loading={reset.isPending}
        onClose={() => setConfirmReset(false)}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setConfirmReset(false);
              notifySaved("Template reset", `${template.label} uses Stipple's wording again.`);
              onClose();
            },
            onError: (error) => {
              setConfirmReset(false);
              setProblem(errorMessage(error));
            },
          })
        }
      >
        Your own wording for this {sms ? "text message" : "email"} is removed and Stipple's default
        is used from now on.
      </ConfirmDialog>
    </Modal>
  );
}
