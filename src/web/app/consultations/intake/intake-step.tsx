import { Alert, Button, Card, Divider, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertCircle, IconArrowRight, IconDeviceMobile } from "@tabler/icons-react";
import { Fragment, useEffect, useMemo, useState } from "react";
import {
  INTAKE_QUESTIONNAIRE,
  isUnanswered,
  questionnaireByVersion,
  visibleQuestions,
} from "../../../../domain/screening/index.ts";
import type { AnswerValue, Questionnaire } from "../../../../domain/screening/types.ts";
import { isApiError } from "../../../lib/api.ts";
import { useFormatter } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { useSaveIntake } from "../consultations-api.ts";
import { useSaveFeedback } from "../save-feedback.tsx";
import { verdictHeadline } from "../screening/screening-labels.ts";
import { StepActions } from "../step-actions.tsx";
import type { StepProps } from "../step-props.ts";
import { useClinicToday } from "../use-clinic-today.ts";
import {
  type AnswerDraft,
  answeredCount,
  answersToSave,
  localProblems,
  sameAnswers,
  serverProblems,
} from "./intake-answers.ts";
import { QuestionField } from "./question-field.tsx";

/** The medical questionnaire, section by section; saving re-runs the screening. */
export function IntakeStep({ consultation, readOnly, onDone, onDirtyChange }: StepProps) {
  const { intake } = consultation;
  const questionnaire: Questionnaire = useMemo(
    () => (intake ? questionnaireByVersion(intake.version) : null) ?? INTAKE_QUESTIONNAIRE,
    [intake],
  );
  const saved = intake?.answers ?? {};
  const today = useClinicToday();
  const [draft, setDraft] = useState<AnswerDraft>(() => ({ ...saved }));
  // A questionnaire the client left unfinished shows what is missing straight away.
  const [errors, setErrors] = useState<Record<string, string>>(() =>
    intake ? localProblems(questionnaire, { ...intake.answers }, today) : {},
  );
  // Server problems not tied to one question; question problems are counted live from `errors`.
  const [serverNote, setServerNote] = useState<string | null>(null);
  const [advancing, setAdvancing] = useState(false);
  const save = useSaveIntake(consultation.id);
  const feedback = useSaveFeedback();
  const { clinic } = useMe();
  const formatter = useFormatter();
  const dirty = !sameAnswers(questionnaire, draft, saved);
  const progress = answeredCount(questionnaire, draft);
  // Problems on follow-ups hidden since (a "yes" changed to "no") no longer count.
  const problemCount = visibleQuestions(questionnaire, draft).filter((q) => errors[q.id]).length;
  const problem =
    serverNote ??
    (problemCount === 0
      ? null
      : problemCount === 1
        ? "One question needs attention before screening: it is marked below."
        : `${problemCount} questions need attention before screening: they are marked below.`);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const onAnswer = (id: string, value: AnswerValue | undefined) => {
    setDraft((current) => {
      const next = { ...current };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
    setErrors((current) => {
      if (!(id in current)) return current;
      const { [id]: _cleared, ...rest } = current;
      return rest;
    });
  };

  const showProblems = (found: Record<string, string>, note: string | null = null) => {
    setErrors(found);
    setServerNote(note);
    const first = visibleQuestions(questionnaire, draft).find((q) => found[q.id]);
    if (first) requestAnimationFrame(() => focusQuestion(first.id));
  };

  const submit = (advance: boolean) => {
    setServerNote(null);
    const local = localProblems(questionnaire, draft, today);
    const missing = new Set(intakeMissing(local, draft));
    // Saving progress may leave questions unanswered, but never sends an impossible date.
    const blocking = Object.fromEntries(
      Object.entries(local).filter(([id]) => advance || !missing.has(id)),
    );
    if (Object.keys(blocking).length > 0) {
      showProblems(blocking);
      return;
    }
    setAdvancing(advance);
    save.mutate(
      {
        questionnaireVersion: questionnaire.version,
        answers: answersToSave(questionnaire, draft),
        version: consultation.version,
      },
      {
        onSuccess: (next) => {
          setErrors({});
          feedback.saved(
            "Medical questions saved",
            next.screening
              ? `Screening: ${verdictHeadline(next.screening, clinic.locale)}.`
              : "Answers saved.",
          );
          if (advance) onDone();
        },
        onError: (error) => {
          if (isApiError(error, 400) && error.fieldErrors.length > 0) {
            const { byQuestion, other } = serverProblems(questionnaire, error.fieldErrors);
            showProblems(byQuestion, other);
          } else {
            feedback.failed(error, "Medical questions not saved");
          }
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      {intake?.source === "client" && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconDeviceMobile size={18} aria-hidden="true" />}
          title="Answered by the client online"
        >
          Last updated {formatter.dateTime(Date.parse(intake.updatedAt))}. Go through the answers
          with the client and correct anything that has changed.
        </Alert>
      )}
      {problem && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertCircle size={18} aria-hidden="true" />}
          title="Some answers need attention"
        >
          {problem}
        </Alert>
      )}
      {questionnaire.sections.map((section, index) => (
        <Card key={section.id} component="section" aria-labelledby={`section-${section.id}`}>
          <Group gap="sm" mb="lg" wrap="nowrap">
            <ThemeIcon variant="light" radius="xl" size={30} aria-hidden="true">
              <Text fw={700} size="sm">
                {index + 1}
              </Text>
            </ThemeIcon>
            <Title order={2} fz="lg" id={`section-${section.id}`}>
              {section.title}
            </Title>
          </Group>
          <Stack gap="lg">
            {section.questions.map((question, i) => (
              <Fragment key={question.id}>
                {i > 0 && <Divider />}
                <QuestionField
                  question={question}
                  answers={draft}
                  errors={errors}
                  onAnswer={onAnswer}
                  today={today}
                />
              </Fragment>
            ))}
          </Stack>
        </Card>
      ))}
      {!readOnly && (
        <StepActions
          status={
            progress.answered === progress.total
              ? "All questions answered"
              : `${progress.answered} of ${progress.total} questions answered`
          }
        >
          <Button
            variant="default"
            size="md"
            onClick={() => submit(false)}
            disabled={!dirty || (save.isPending && advancing)}
            loading={save.isPending && !advancing}
          >
            Save progress
          </Button>
          <Button
            size="md"
            rightSection={<IconArrowRight size={18} aria-hidden="true" />}
            onClick={() => submit(true)}
            loading={save.isPending && advancing}
            disabled={save.isPending && !advancing}
          >
            Save and screen
          </Button>
        </StepActions>
      )}
    </Stack>
  );
}

/** The ids among `problems` that are missing answers rather than wrong ones. */
function intakeMissing(problems: Record<string, string>, draft: AnswerDraft): string[] {
  return Object.keys(problems).filter((id) => isUnanswered(draft[id]));
}

function focusQuestion(id: string) {
  const box = document.getElementById(`question-${id}`);
  if (!box) return;
  box.scrollIntoView({ block: "center", behavior: "smooth" });
  const target = box.querySelector<HTMLElement>(
    "input:not([type=hidden]):not([disabled]), textarea, button",
  );
  target?.focus({ preventScroll: true });
}
