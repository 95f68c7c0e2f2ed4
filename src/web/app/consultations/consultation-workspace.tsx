import { Button, Card, Drawer, Grid, Indicator, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconNotes } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useCallback, useEffect, useState } from "react";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { PreviewButton } from "../preview/preview-button.tsx";
import { ClinicalNotes } from "./clinical-notes.tsx";
import { ClosedNotice } from "./closed-notice.tsx";
import { ConsultationHeader } from "./consultation-header.tsx";
import { ConsultationStepper } from "./consultation-stepper.tsx";
import { consultationQuery } from "./consultations-api.ts";
import { ConflictAlert, SaveFeedbackProvider } from "./save-feedback.tsx";
import { StepContent } from "./step-content.tsx";
import { firstIncomplete, initialStep, type StepId, stepReachable } from "./steps.ts";

const route = getRouteApi("/_app/consultations/$consultationId");
/** Steps with room for the notes beside them on a wide screen; the plan steps use the full width. */
const NARROW_STEPS: readonly StepId[] = ["intake", "screening", "assessment", "expectations"];

/** The consultation screen: header, stepper, the open step and the clinical notes. */
export function ConsultationWorkspace({ consultation }: { consultation: ConsultationDetail }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<StepId>(() => initialStep(consultation, search.step));
  // A step that can no longer be opened (e.g. screening now declines) gives way to the first to do.
  const active = stepReachable(consultation, chosen) ? chosen : firstIncomplete(consultation);
  const [dirty, setDirty] = useState(false);
  const [leavingTo, setLeavingTo] = useState<StepId | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [notesOpen, notesDrawer] = useDisclosure(false);
  const wide = useMediaQuery("(min-width: 75em)") ?? false;
  const notesBeside = wide && NARROW_STEPS.includes(active);
  const readOnly = consultation.status === "closed";

  useEffect(() => {
    if (search.step !== active) void navigate({ search: { step: active }, replace: true });
  }, [active, search.step, navigate]);

  const go = (step: StepId) => {
    setDirty(false);
    setChosen(step);
    window.scrollTo({ top: 0, behavior: "smooth" });
  };
  const select = (step: StepId) => {
    if (step === active) return;
    if (dirty) setLeavingTo(step);
    else go(step);
  };
  const reload = async () => {
    setReloading(true);
    await queryClient.refetchQueries({ queryKey: consultationQuery(consultation.id).queryKey });
    setReloading(false);
    setConflict(null);
    setDirty(false);
    setReloads((n) => n + 1);
  };
  const onConflict = useCallback((detail: string) => setConflict(detail), []);
  const notes = <ClinicalNotes consultation={consultation} readOnly={readOnly} />;

  return (
    <SaveFeedbackProvider onConflict={onConflict}>
      <ConsultationHeader
        consultation={consultation}
        actions={
          <>
            <PreviewButton consultationId={consultation.id} />
            {!notesBeside && (
              <Indicator disabled={consultation.notes === ""} size={10} offset={4} color="accent">
                <Button
                  variant="default"
                  leftSection={<IconNotes size={16} aria-hidden="true" />}
                  onClick={notesDrawer.open}
                >
                  Clinical notes
                </Button>
              </Indicator>
            )}
          </>
        }
      />
      {readOnly && <ClosedNotice consultation={consultation} />}
      <Card mb="lg" px={{ base: "sm", sm: "lg" }} py="md">
        <ConsultationStepper consultation={consultation} active={active} onSelect={select} />
      </Card>
      {conflict && (
        <ConflictAlert detail={conflict} reloading={reloading} onReload={() => void reload()} />
      )}
      <Grid gap="lg">
        <Grid.Col span={notesBeside ? 8 : 12}>
          <StepContent
            key={`${active}-${reloads}`}
            step={active}
            consultation={consultation}
            readOnly={readOnly}
            dirty={dirty}
            onGo={go}
            onDirtyChange={setDirty}
          />
        </Grid.Col>
        {notesBeside && (
          <Grid.Col span={4}>
            <Card pos="sticky" top={80} component="aside" aria-labelledby="notes-title">
              <Title order={2} fz="lg" id="notes-title" mb="sm">
                Clinical notes
              </Title>
              {notes}
            </Card>
          </Grid.Col>
        )}
      </Grid>
      <Drawer
        opened={notesOpen && !notesBeside}
        onClose={notesDrawer.close}
        position="right"
        size="md"
        title="Clinical notes"
        styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      >
        {notes}
      </Drawer>
      <ConfirmDialog
        opened={leavingTo !== null}
        title="Leave this step without saving?"
        confirmLabel="Leave without saving"
        destructive
        onConfirm={() => {
          if (leavingTo) go(leavingTo);
          setLeavingTo(null);
        }}
        onClose={() => setLeavingTo(null)}
      >
        The changes on this step have not been saved. They will be lost if you leave now.
      </ConfirmDialog>
    </SaveFeedbackProvider>
  );
}
