import { Button, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconRefresh } from "@tabler/icons-react";
import { useEffect } from "react";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { AftercareEditor } from "./aftercare-editor.tsx";
import { IssuesSummary } from "./issues-summary.tsx";
import { PigmentAndCaveats, PlanStats } from "./plan-summary.tsx";
import { useDraftPlan, useReloadConsultation } from "./plans-api.ts";
import { SaveBar } from "./save-bar.tsx";
import { SaveProblem } from "./save-problem.tsx";
import { SessionsEditor } from "./sessions-editor.tsx";
import { usePlanDraft } from "./use-plan-draft.ts";
import { ZonesEditor } from "./zones-editor.tsx";

interface PlanEditorProps {
  consultation: ConsultationDetail;
  view: PlanView;
  onChange: (next: ConsultationDetail) => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** The draft plan, edited with the client: zones, sessions, aftercare; saved on demand. */
export function PlanEditor({ consultation, view, onChange, onDirtyChange }: PlanEditorProps) {
  const draft = usePlanDraft(consultation, view, onChange);
  const redraft = useDraftPlan(consultation.id);
  const reload = useReloadConsultation(consultation.id, onChange);
  const [confirming, confirm] = useDisclosure(false);

  useEffect(() => onDirtyChange?.(draft.dirty), [draft.dirty, onDirtyChange]);

  const redraftNow = () =>
    redraft.mutate(undefined, {
      onSuccess: (next) => {
        confirm.close();
        onChange(next);
      },
      onError: () => confirm.close(),
    });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="h3">
            Treatment plan
          </Title>
          <Text size="sm" c="dimmed">
            Drafted from the assessment and the clinic's settings. Go through it with the client and
            adjust it to what you see.
          </Text>
        </div>
        <Button
          variant="default"
          style={{ flex: "none" }}
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={confirm.open}
        >
          Re-draft from assessment
        </Button>
      </Group>

      <SaveProblem error={redraft.error} title="The plan could not be re-drafted" />
      <PlanStats plan={draft.plan} />
      <IssuesSummary issues={draft.issues} preview={draft.preview} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <PigmentAndCaveats plan={draft.plan} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ZonesEditor plan={draft.plan} issues={draft.issues} onChange={draft.setPlan} />
        </Grid.Col>
      </Grid>
      <SessionsEditor
        plan={draft.plan}
        issues={draft.issues}
        defaultGapDays={draft.defaultGapDays}
        onChange={draft.setPlan}
      />
      <AftercareEditor plan={draft.plan} issues={draft.issues} onChange={draft.setPlan} />

      <SaveProblem
        error={draft.saving.error}
        title="The plan could not be saved"
        onReload={() => reload.mutate()}
        reloading={reload.isPending}
      />
      {/* A direct child of the page-long stack, so it sticks to the bottom while scrolling. */}
      <SaveBar
        dirty={draft.dirty}
        blocked={draft.blocked}
        saving={draft.saving.isPending}
        totalPence={draft.totalPence}
        onSave={draft.save}
        onDiscard={draft.discard}
      />

      <ConfirmDialog
        opened={confirming}
        title="Re-draft the plan?"
        confirmLabel="Re-draft plan"
        destructive
        loading={redraft.isPending}
        onConfirm={redraftNow}
        onClose={confirm.close}
      >
        A new draft is made from the assessment and the clinic's current settings. It replaces this
        draft, including {draft.dirty ? "your unsaved changes and " : ""}every edit made to it.
      </ConfirmDialog>
    </Stack>
  );
}
