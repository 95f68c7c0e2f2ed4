import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { usePatchConsultation } from "./consultations-api.ts";
import { useSaveFeedback } from "./save-feedback.tsx";

const MAX = 8000;

/** The practitioner's running notes for this consultation, saved on demand from any step. */
export function ClinicalNotes({
  consultation,
  readOnly,
  minRows = 6,
}: {
  consultation: ConsultationDetail;
  readOnly: boolean;
  minRows?: number;
}) {
  const patch = usePatchConsultation(consultation.id);
  const feedback = useSaveFeedback();
  const [saved, setSaved] = useState(consultation.notes);
  const [text, setText] = useState(consultation.notes);
  const dirty = text !== saved;

  // Notes reloaded from the server replace these unless they are being edited.
  useEffect(() => {
    if (consultation.notes !== saved) {
      if (!dirty) setText(consultation.notes);
      setSaved(consultation.notes);
    }
  }, [consultation.notes, saved, dirty]);

  const save = () =>
    patch.mutate(
      { notes: text, version: consultation.version },
      {
        onSuccess: (next) => {
          setSaved(next.notes);
          setText(next.notes);
          feedback.saved("Notes saved", "The consultation notes are up to date.");
        },
        onError: (error) => feedback.failed(error, "Notes not saved"),
      },
    );

  return (
    <Stack gap="sm">
      <Textarea
        aria-label="Clinical notes"
        placeholder="What was discussed, observations, follow-ups…"
        autosize
        minRows={minRows}
        maxRows={18}
        maxLength={MAX}
        value={text}
        readOnly={readOnly}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="space-between" gap="sm">
        <Text size="xs" c="dimmed" aria-live="polite">
          {dirty ? "Unsaved changes" : text.length > 0 ? "Saved" : "No notes yet"}
        </Text>
        {!readOnly && (
          <Group gap="xs">
            {dirty && (
              <Button
                variant="subtle"
                color="gray"
                onClick={() => setText(saved)}
                disabled={patch.isPending}
              >
                Discard
              </Button>
            )}
            <Button onClick={save} loading={patch.isPending} disabled={!dirty}>
              Save notes
            </Button>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
