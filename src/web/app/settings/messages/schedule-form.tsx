import { Alert, Button, Group, Stack, Switch, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useBlocker } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import {
  type MessagingSettings,
  messagingSettingsSchema,
} from "../../../../domain/messaging/settings.ts";
import type { MessagingSettingsView } from "../../../../shared/contracts/messaging.ts";
import { ApiError, errorMessage, isApiError } from "../../../lib/api.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useSaveMessagingSettings } from "./messages-api.ts";
import { ScheduleSections } from "./schedule-sections.tsx";

const NEEDS_ATTENTION = "Some settings need attention. Check the fields marked in red.";

/** Zod issues or an API problem's field errors as Mantine form errors ("aftercare.shave.day"). */
function fieldErrors(issues: { path: string; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    const key = path.replace(/^settings\./, "");
    errors[key] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  return errors;
}

/**
 * Every schedule in one form with one Save, like the booking rules: the API replaces the whole
 * document, and a save from an older version is refused (409) rather than overwriting a colleague.
 */
export function ScheduleForm({
  view,
  onReload,
}: {
  view: MessagingSettingsView;
  onReload: () => Promise<MessagingSettingsView | undefined>;
}) {
  const save = useSaveMessagingSettings();
  const form = useForm<MessagingSettings>({ initialValues: structuredClone(view.settings) });
  const [baseVersion, setBaseVersion] = useState(view.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const dirty = form.isDirty();

  const resetTo = (next: MessagingSettingsView) => {
    form.setInitialValues(structuredClone(next.settings));
    form.setValues(structuredClone(next.settings));
    form.clearErrors();
    setBaseVersion(next.version);
    setProblem(null);
    setStale(false);
  };

  useBlocker({
    shouldBlockFn: ({ current, next }) =>
      dirty &&
      current.pathname !== next.pathname &&
      !window.confirm("Leave without saving your message settings?"),
    enableBeforeUnload: () => dirty,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = messagingSettingsSchema.safeParse(form.getValues());
    if (!parsed.success) {
      form.setErrors(
        fieldErrors(
          parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        ),
      );
      setProblem(NEEDS_ATTENTION);
      return;
    }
    save.mutate(
      { settings: parsed.data, version: baseVersion },
      {
        onSuccess: (saved) => {
          resetTo(saved);
          notifySaved("Message settings saved", "New and re-planned messages follow them.");
        },
        onError: (error) => {
          if (isApiError(error, 409)) return setStale(true);
          if (error instanceof ApiError && error.fieldErrors.length) {
            form.setErrors(
              fieldErrors(error.fieldErrors.map((e) => ({ path: e.field, message: e.message }))),
            );
            setProblem(NEEDS_ATTENTION);
          } else setProblem(errorMessage(error));
        },
      },
    );
  };

  const values = form.getValues();
  return (
    <form onSubmit={submit} noValidate aria-label="Message schedules">
      <Stack gap="lg">
        <SettingsSection
          title="Discretion"
          description="Many clients prefer that nobody glancing at their phone or inbox learns what they are having done."
        >
          <Switch
            label="Discreet messages"
            description={
              values.discreet
                ? "On: text messages and email subjects never mention hair loss, scalp micropigmentation, pigment or treatment. Email bodies, which only the client opens, can give aftercare details."
                : "Off: text messages and email subjects may name the treatment. Only turn this off if your clients have asked for it."
            }
            {...form.getInputProps("discreet", { type: "checkbox" })}
          />
        </SettingsSection>
        <ScheduleSections form={form} clinical={view.clinical} />
        {stale && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            icon={<IconAlertCircle size={18} />}
            title="Someone else changed the message settings meanwhile"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Reload to see their changes, then make yours again. Your unsaved changes here will
                be lost.
              </Text>
              <Button
                size="xs"
                variant="white"
                color="yellow"
                leftSection={<IconRefresh size={14} />}
                onClick={async () => {
                  const fresh = await onReload();
                  if (fresh) resetTo(fresh);
                }}
              >
                Reload the saved settings
              </Button>
            </Stack>
          </Alert>
        )}
        <FormProblem problem={problem} />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            disabled={!dirty || save.isPending}
            onClick={() => form.reset()}
          >
            Discard changes
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            Save message settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
