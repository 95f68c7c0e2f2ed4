import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { useMe } from "../../../lib/use-me.ts";
import { dayAfter } from "../consultation-labels.ts";
import { useAddClearance } from "../consultations-api.ts";
import { DateField } from "../date-field.tsx";
import { useSaveFeedback } from "../save-feedback.tsx";
import { useClinicToday } from "../use-clinic-today.ts";
import type { ClearanceRequest } from "./reason-list.tsx";
import { ruleLabel, verdictHeadline } from "./screening-labels.ts";

export type ClearanceTarget = ClearanceRequest & { message: string };

/** Records a GP letter, or an agreed deferral date, against one screening reason. */
export function ClearanceModal({
  consultationId,
  target,
  onClose,
}: {
  consultationId: string;
  target: ClearanceTarget | null;
  onClose: () => void;
}) {
  const title = target?.kind === "deferral" ? "Record agreed deferral date" : "Record GP letter";
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target && (
        <ClearanceForm consultationId={consultationId} target={target} onClose={onClose} />
      )}
    </Modal>
  );
}

function ClearanceForm({
  consultationId,
  target,
  onClose,
}: {
  consultationId: string;
  target: ClearanceTarget;
  onClose: () => void;
}) {
  const add = useAddClearance(consultationId);
  const feedback = useSaveFeedback();
  const { clinic } = useMe();
  const tomorrow = dayAfter(useClinicToday());
  const deferral = target.kind === "deferral";
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { until: "", note: "" },
    validate: {
      until: (v) =>
        !deferral
          ? null
          : !v
            ? "Choose the agreed date"
            : v < tomorrow
              ? "Choose a date after today"
              : null,
    },
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    add.mutate(
      {
        ruleId: target.ruleId,
        kind: target.kind,
        until: deferral ? values.until : null,
        note: values.note.trim(),
      },
      {
        onSuccess: (next: ConsultationDetail) => {
          feedback.saved(
            deferral ? "Deferral recorded" : "GP letter recorded",
            next.screening ? `Screening: ${verdictHeadline(next.screening, clinic.locale)}.` : "",
          );
          onClose();
        },
        onError: (error) => {
          const rest = applyFieldErrors(form, error);
          if (rest) setProblem(rest);
          feedback.failed(error, "Not recorded");
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={600}>{ruleLabel(target.ruleId)}</Text>
          <Text size="sm" c="dimmed">
            {target.message}
          </Text>
        </Stack>
        {problem && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} />}>
            {problem}
          </Alert>
        )}
        {deferral && (
          <DateField
            size="md"
            label="Treatment can start from"
            description="The date agreed with the client or their doctor."
            withAsterisk
            min={tomorrow}
            data-autofocus
            {...form.getInputProps("until")}
          />
        )}
        <Textarea
          size="md"
          label="Note"
          description={
            deferral
              ? "Why this date, and who agreed it."
              : "Who wrote the letter, its date and what it says (the letter itself stays on file)."
          }
          placeholder={deferral ? "" : "Letter from Dr Patel, 20/11/2026: safe to proceed."}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={1000}
          data-autofocus={deferral ? undefined : true}
          {...form.getInputProps("note")}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" size="md" loading={add.isPending}>
            {deferral ? "Record deferral" : "Record GP letter"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
