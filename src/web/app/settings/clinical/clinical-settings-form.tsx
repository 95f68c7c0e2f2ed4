import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useBlocker } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { ClinicalSettings } from "../../../../domain/settings/clinical-settings.ts";
import type { ClinicalSettingsView } from "../../../../shared/contracts/clinical-settings.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { isApiError } from "../../../lib/api.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { AftercareSection } from "./aftercare-section.tsx";
import { useSaveClinicalSettings } from "./clinical-api.ts";
import { DefaultsContext } from "./clinical-fields.tsx";
import { applyServerErrors, validateSettings } from "./clinical-form.ts";
import { DensitySection } from "./density-section.tsx";
import { PatchTestSection } from "./patch-test-section.tsx";
import { PricingSection } from "./pricing-section.tsx";
import { ScreeningSection } from "./screening-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";
import { SpacingSection } from "./spacing-section.tsx";

interface ClinicalSettingsFormProps {
  view: ClinicalSettingsView;
  /** Fetches the latest saved settings (after someone else saved meanwhile). */
  onReload: () => Promise<ClinicalSettingsView | undefined>;
}

/**
 * Every clinical setting in one form with one Save: the API replaces the whole object, and a
 * save that started from an older version is refused (409) rather than overwriting a colleague.
 */
export function ClinicalSettingsForm({ view, onReload }: ClinicalSettingsFormProps) {
  const save = useSaveClinicalSettings();
  const form = useForm<ClinicalSettings>({ initialValues: structuredClone(view.settings) });
  // The saved version these edits started from: what a save must still find on the server.
  const [baseVersion, setBaseVersion] = useState(view.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  // After a refused save, errors follow every edit (a fix in one field can clear another's).
  const [checkLive, setCheckLive] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const dirty = form.isDirty();
  const values = form.getValues();

  const resetTo = (next: ClinicalSettingsView) => {
    form.setInitialValues(structuredClone(next.settings));
    form.setValues(structuredClone(next.settings));
    form.clearErrors();
    setBaseVersion(next.version);
    setProblem(null);
    setStale(false);
    setCheckLive(false);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checks when the values change
  useEffect(() => {
    if (!checkLive) return;
    const checked = validateSettings(values);
    form.setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) setProblem(null);
  }, [values, checkLive]);

  // A stored copy a later release no longer accepts: mark what needs changing straight away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the copy first shown
  useEffect(() => {
    if (!view.needsAttention) return;
    const checked = validateSettings(form.getValues());
    if (!checked.ok) form.setErrors(checked.errors);
  }, []);

  // Newer settings arrived while nothing is being edited: show them.
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
    const checked = validateSettings(form.getValues());
    if (!checked.ok) {
      form.setErrors(checked.errors);
      setCheckLive(true);
      setProblem("Some settings need attention. Check the fields marked in red.");
      focusFirstProblem();
      return;
    }
    save.mutate(
      { settings: checked.settings, version: baseVersion },
      {
        onSuccess: (saved) => {
          resetTo(saved);
          notifySaved("Clinical settings saved", "Saved. New plans use these settings.");
        },
        onError: (error) => {
          if (isApiError(error, 409)) return setStale(true);
          const unplaced = applyServerErrors(form, error);
          setProblem(unplaced ?? "Some settings need attention. Check the fields marked in red.");
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

  return (
    <DefaultsContext.Provider value={view.defaults}>
      <form ref={box} onSubmit={submit} noValidate aria-label="Clinical settings">
        <Stack gap="lg">
          <ScreeningSection form={form} />
          <SessionsSection form={form} />
          <SpacingSection form={form} />
          <DensitySection form={form} />
          <PatchTestSection form={form} />
          <AftercareSection form={form} />
          <PricingSection form={form} />

          {stale && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              role="alert"
              title="Someone else saved these settings meanwhile"
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

          <SaveBar
            dirty={dirty}
            needsSaving={view.needsAttention}
            saving={save.isPending}
            onDiscard={() => {
              form.reset();
              form.clearErrors();
              setCheckLive(false);
              setProblem(null);
            }}
          />
        </Stack>
      </form>
      <ConfirmDialog
        opened={blocker.status === "blocked"}
        title="Leave without saving?"
        confirmLabel="Leave without saving"
        destructive
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        Your changes to the clinical settings have not been saved.
      </ConfirmDialog>
    </DefaultsContext.Provider>
  );
}

interface SaveBarProps {
  dirty: boolean;
  /** The stored copy must be saved again even without edits. */
  needsSaving: boolean;
  saving: boolean;
  onDiscard: () => void;
}

function SaveBar({ dirty, needsSaving, saving, onDiscard }: SaveBarProps) {
  return (
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
          ) : needsSaving ? (
            <Badge variant="light" color="red">
              Needs saving
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              No unsaved changes
            </Text>
          )}
        </div>
        <Group gap="sm">
          {dirty && (
            <Button variant="default" onClick={onDiscard} disabled={saving}>
              Discard changes
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={!dirty && !needsSaving}>
            Save changes
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
