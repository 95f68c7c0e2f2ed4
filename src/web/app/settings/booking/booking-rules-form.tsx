import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconRefresh, IconRestore } from "@tabler/icons-react";
import { useBlocker } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  type BookingPolicy,
  DEFAULT_BOOKING_POLICY,
} from "../../../../domain/settings/booking-policy.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { isApiError } from "../../../lib/api.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { type BookingPolicyView, useSaveBookingPolicy } from "./booking-api.ts";
import { valueText } from "./booking-copy.ts";
import { RuleInput } from "./booking-fields.tsx";
import { applyServerErrors, samePolicy, validatePolicy } from "./booking-form.ts";
import { RULE_SECTIONS, type RuleKey } from "./booking-layout.ts";

interface BookingRulesFormProps {
  view: BookingPolicyView;
  /** Fetches the latest saved rules (after someone else saved meanwhile). */
  onReload: () => Promise<BookingPolicyView | undefined>;
}

const NEEDS_ATTENTION = "Some rules need attention. Check the fields marked in red.";

/**
 * Every booking rule in one form with one Save: the API replaces the whole policy, and a save
 * that started from an older version is refused (409) rather than overwriting a colleague.
 */
export function BookingRulesForm({ view, onReload }: BookingRulesFormProps) {
  const save = useSaveBookingPolicy();
  const form = useForm<BookingPolicy>({ initialValues: { ...view.policy } });
  // The saved version these edits started from: what a save must still find on the server.
  const [baseVersion, setBaseVersion] = useState(view.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  // After a refused save, errors follow every edit.
  const [checkLive, setCheckLive] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const dirty = form.isDirty();
  const values = form.getValues();
  const atDefaults = samePolicy(values, DEFAULT_BOOKING_POLICY);

  const resetTo = (next: BookingPolicyView) => {
    form.setInitialValues({ ...next.policy });
    form.setValues({ ...next.policy });
    form.clearErrors();
    setBaseVersion(next.version);
    setProblem(null);
    setStale(false);
    setCheckLive(false);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checks when the values change
  useEffect(() => {
    if (!checkLive) return;
    const checked = validatePolicy(values);
    form.setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) setProblem(null);
  }, [values, checkLive]);

  // Newer rules arrived while nothing is being edited: show them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the saved version only
  useEffect(() => {
    if (view.version !== baseVersion && !form.isDirty()) resetTo(view);
  }, [view.version]);

  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => dirty && current.pathname !== next.pathname,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });

  const focusFirstProblem = () =>
    requestAnimationFrame(() =>
      box.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = validatePolicy(form.getValues());
    if (!checked.ok) {
      form.setErrors(checked.errors);
      setCheckLive(true);
      setProblem(NEEDS_ATTENTION);
      focusFirstProblem();
      return;
    }
    save.mutate(
      { policy: checked.policy, version: baseVersion },
      {
        onSuccess: (saved) => {
          resetTo(saved);
          notifySaved("Booking rules saved", "Saved. New bookings and changes follow these rules.");
        },
        onError: (error) => {
          if (isApiError(error, 409)) return setStale(true);
          setProblem(applyServerErrors(form, error) ?? NEEDS_ATTENTION);
          focusFirstProblem();
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) resetTo(fresh);
    } finally {
      setReloading(false);
    }
  };

  const resetToDefaults = () => {
    form.setValues({ ...DEFAULT_BOOKING_POLICY });
    form.clearErrors();
    setProblem(null);
    setConfirmReset(false);
  };

  return (
    <>
      <form ref={box} onSubmit={submit} noValidate aria-label="Booking rules">
        <Stack gap="lg">
          {RULE_SECTIONS.map((section) => (
            <SettingsSection
              key={section.title}
              title={section.title}
              description={section.description}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
                {section.fields.map((field) => (
                  <RuleInput key={field.key} form={form} field={field} />
                ))}
              </SimpleGrid>
            </SettingsSection>
          ))}

          {stale && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              role="alert"
              title="Someone else changed the booking rules meanwhile"
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
                  loading={reloading}
                  onClick={() => void reload()}
                >
                  Reload
                </Button>
              </Stack>
            </Alert>
          )}
          <FormProblem problem={problem} />

          <Paper
            withBorder
            shadow={dirty ? "md" : undefined}
            p="sm"
            radius="md"
            // Follows the screen while there is something to save; otherwise it ends the form.
            style={dirty ? { position: "sticky", bottom: 16, zIndex: 5 } : undefined}
          >
            <Group justify="space-between" gap="sm">
              <div aria-live="polite">
                {dirty ? (
                  <Badge variant="light" color="accent">
                    Unsaved changes
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    No unsaved changes
                  </Text>
                )}
              </div>
              <Group gap="sm">
                <Button
                  variant="subtle"
                  color="slate"
                  leftSection={<IconRestore size={16} />}
                  disabled={atDefaults || save.isPending}
                  onClick={() => setConfirmReset(true)}
                >
                  Reset to defaults
                </Button>
                {dirty && (
                  <Button
                    variant="default"
                    disabled={save.isPending}
                    onClick={() => {
                      form.reset();
                      form.clearErrors();
                      setCheckLive(false);
                      setProblem(null);
                    }}
                  >
                    Discard changes
                  </Button>
                )}
                <Button type="submit" loading={save.isPending} disabled={!dirty}>
                  Save changes
                </Button>
              </Group>
            </Group>
          </Paper>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirmReset}
        title="Reset the booking rules to the defaults?"
        confirmLabel="Reset to defaults"
        onConfirm={resetToDefaults}
        onClose={() => setConfirmReset(false)}
      >
        <Stack gap="xs">
          <Text size="sm">Every rule on this page goes back to its default:</Text>
          <List size="sm" spacing={2}>
            {RULE_SECTIONS.flatMap((s) => s.fields).map((field) => (
              <List.Item key={field.key}>
                {field.label}: {defaultText(field.key)}
              </List.Item>
            ))}
          </List>
          <Text size="sm">Nothing changes for clients until you save.</Text>
        </Stack>
      </ConfirmDialog>
      <ConfirmDialog
        opened={blocker.status === "blocked"}
        title="Leave without saving?"
        confirmLabel="Leave without saving"
        destructive
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        Your changes to the booking rules have not been saved.
      </ConfirmDialog>
    </>
  );
}

function defaultText(key: RuleKey): string {
  const show = valueText[key] as (v: unknown) => string;
  return show(DEFAULT_BOOKING_POLICY[key]);
}
