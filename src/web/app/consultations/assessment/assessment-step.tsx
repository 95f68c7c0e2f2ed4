import { Alert, Button, Card, Stack, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconArrowRight } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { isApiError } from "../../../lib/api.ts";
import { useSaveAssessment } from "../consultations-api.ts";
import { useSaveFeedback } from "../save-feedback.tsx";
import { StepActions } from "../step-actions.tsx";
import type { StepProps } from "../step-props.ts";
import { useClinicToday } from "../use-clinic-today.ts";
import {
  type AssessmentValues,
  assessmentProblems,
  fromAssessment,
  serverFieldErrors,
  toAssessment,
} from "./assessment-values.ts";
import { HairLossCard } from "./hair-loss-card.tsx";
import { ScarsCard } from "./scars-card.tsx";
import { SkinHairCard } from "./skin-hair-card.tsx";
import { StyleCard } from "./style-card.tsx";

/** The practitioner's assessment of the scalp, in cards; saving re-runs the screening. */
export function AssessmentStep(props: StepProps) {
  const { consultation, readOnly, onDone, onBack, backLabel, onDirtyChange } = props;
  const today = useClinicToday();
  const save = useSaveAssessment(consultation.id);
  const feedback = useSaveFeedback();
  // Shown after a failed save, until the marked fields are put right.
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AssessmentValues>({
    initialValues: fromAssessment(consultation.assessment),
    validate: assessmentProblems,
  });
  const dirty = form.isDirty();
  const hasErrors = Object.keys(form.errors).length > 0;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const submit = form.onSubmit(
    (values) => {
      setProblem(null);
      save.mutate(
        { assessment: toAssessment(values), version: consultation.version },
        {
          onSuccess: () => {
            form.resetDirty();
            feedback.saved("Assessment saved", "Next: go through the expectations together.");
            onDone();
          },
          onError: (error) => {
            if (isApiError(error, 400) && error.fieldErrors.length > 0) {
              form.setErrors(serverFieldErrors(error.fieldErrors));
              setProblem(error.detail ?? "Some fields need attention.");
            } else {
              feedback.failed(error, "Assessment not saved");
            }
          },
        },
      );
    },
    (errors) => {
      setProblem("Some fields need attention: they are marked below.");
      const first = Object.keys(errors)[0];
      if (first) requestAnimationFrame(() => focusField(first));
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Assessment">
      <Stack gap="lg">
        {problem && hasErrors && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertCircle size={18} aria-hidden="true" />}
            title="The assessment is not saved yet"
          >
            {problem}
          </Alert>
        )}
        <HairLossCard form={form} today={today} />
        <ScarsCard form={form} />
        <SkinHairCard form={form} />
        <StyleCard form={form} />
        <Card component="section" aria-labelledby="goals-title">
          <Title order={2} fz="lg" id="goals-title" mb="md">
            Goals and observations
          </Title>
          <Stack gap="md">
            <Textarea
              size="md"
              label="The client’s goals"
              placeholder="In their words: the look they want, what matters most to them…"
              autosize
              minRows={2}
              maxRows={8}
              maxLength={2000}
              {...form.getInputProps("goals")}
            />
            <Textarea
              size="md"
              label="Assessment notes"
              placeholder="Scalp condition, density, anything that shapes the plan…"
              autosize
              minRows={2}
              maxRows={8}
              maxLength={4000}
              {...form.getInputProps("notes")}
            />
          </Stack>
        </Card>
        {!readOnly && (
          <StepActions onBack={onBack} backLabel={backLabel}>
            <Button
              type="submit"
              size="md"
              loading={save.isPending}
              rightSection={<IconArrowRight size={18} aria-hidden="true" />}
            >
              Save and continue
            </Button>
          </StepActions>
        )}
      </Stack>
    </form>
  );
}

/** Scrolls to the field a form error is on ("norwood", "scars.0.lengthCm"). */
function focusField(path: string) {
  const id = path.split(".")[0] ?? path;
  const target =
    document.getElementById(id) ??
    document.querySelector<HTMLElement>(`[aria-labelledby="${id}-label"]`) ??
    document.querySelector<HTMLElement>(`[aria-invalid="true"]`);
  target?.scrollIntoView({ block: "center", behavior: "smooth" });
}
