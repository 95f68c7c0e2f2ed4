import { Accordion, Alert, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { AnswerValue, Questionnaire } from "../../../domain/screening/types.ts";
import type { AnswerDraft } from "../consultations/intake/intake-answers.ts";
import { QuestionField } from "../consultations/intake/question-field.tsx";

export type RescreenMode = "no_change" | "changed" | null;

interface RescreenFormProps {
  questionnaire: Questionnaire | undefined;
  mode: RescreenMode;
  onMode: (mode: RescreenMode) => void;
  answers: AnswerDraft;
  onAnswer: (id: string, value: AnswerValue | undefined) => void;
  today: string;
}

/**
 * "Has anything changed since the consultation?": the on-the-day questions are always asked;
 * "Something has changed" opens the consultation's questions to answer the ones that changed.
 */
export function RescreenForm(props: RescreenFormProps) {
  const { questionnaire, mode, onMode, answers, onAnswer, today } = props;
  const todaySection = questionnaire?.sections.find((s) => s.id === "today");
  const otherSections = questionnaire?.sections.filter((s) => s.id !== "today") ?? [];
  const field = (q: Questionnaire["sections"][number]["questions"][number]) => (
    <QuestionField
      key={q.id}
      question={q}
      answers={answers}
      errors={{}}
      onAnswer={onAnswer}
      today={today}
    />
  );
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Has anything changed since the consultation?
      </Title>
      <Text size="sm" c="dimmed">
        Ask about new medicines, diagnoses, procedures, sunburn or illness. Answers are checked by
        the same screening rules as the consultation.
      </Text>
      <SegmentedControl
        size="md"
        fullWidth
        value={mode ?? ""}
        role="radiogroup"
        onChange={(v) => onMode(v as RescreenMode)}
        data={[
          { value: "no_change", label: "No change" },
          { value: "changed", label: "Something has changed" },
        ]}
        aria-label="Has anything changed since the consultation?"
      />
      {mode && todaySection && <Stack gap="md">{todaySection.questions.map(field)}</Stack>}
      {mode === "changed" &&
        (otherSections.length ? (
          <>
            <Text size="sm">Open the section that changed and answer only those questions.</Text>
            <Accordion variant="separated" multiple>
              {otherSections.map((s) => (
                <Accordion.Item key={s.id} value={s.id}>
                  <Accordion.Control>{s.title}</Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="md">{s.questions.map(field)}</Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </>
        ) : (
          <Alert color="gray">Loading the questions…</Alert>
        ))}
    </Stack>
  );
}
