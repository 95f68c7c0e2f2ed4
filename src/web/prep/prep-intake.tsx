import { Alert, Button, Divider, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconLock } from "@tabler/icons-react";
import { Fragment, useEffect, useMemo, useRef, useState } from "react";
import { visibleQuestions } from "../../domain/screening/index.ts";
import type { AnswerValue, Questionnaire } from "../../domain/screening/types.ts";
import type { PrepIntakeInput } from "../../shared/contracts/client-prep.ts";
import {
  type AnswerDraft,
  answersToSave,
  localProblems,
  serverProblems,
} from "../app/consultations/intake/intake-answers.ts";
import { errorMessage, isApiError } from "../lib/api.ts";
import type { PublicPrep } from "./prep-api.ts";
import { useSaveIntake } from "./prep-api.ts";
import { PrepQuestion } from "./prep-question.tsx";

interface PrepIntakeProps {
  token: string;
  prep: PublicPrep;
  today: string;
  onFinished: () => void;
  onBack: () => void;
}

/**
 * The intake questionnaire, one section at a time. Each "Continue" saves what is answered so far
 * (the client can stop and come back); the last one sends the answers as finished.
 */
export function PrepIntake({ token, prep, today, onFinished, onBack }: PrepIntakeProps) {
  const questionnaire = prep.intake.questionnaire as unknown as Questionnaire;
  const sections = questionnaire.sections;
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<AnswerDraft>(() => ({ ...prep.intake.answers }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useSaveIntake(token);
  const section = sections[index];
  const last = index === sections.length - 1;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const inSection = useMemo(() => {
    if (!section) return new Set<string>();
    const ids = new Set<string>();
    const visit = (q: (typeof section.questions)[number]) => {
      ids.add(q.id);
      for (const f of q.followUps ?? []) f.questions.forEach(visit);
    };
    section.questions.forEach(visit);
    return ids;
  }, [section]);

  if (prep.intake.locked) {
    return (
      <Stack gap="lg">
        <Title order={2} fz="xl" ref={heading} tabIndex={-1}>
          Your answers
        </Title>
        <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden="true" />}>
          The clinic already has your answers and has gone through them. If anything has changed,
          tell them at your appointment.
        </Alert>
        <Button variant="default" size="md" onClick={onFinished}>
          Continue
        </Button>
      </Stack>
    );
  }
  if (!section) return null;

  const onAnswer = (id: string, value: AnswerValue | undefined) => {
    setDraft((current) => {
      const next = { ...current };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
    setErrors(({ [id]: _cleared, ...rest }) => rest);
  };

  const show = (found: Record<string, string>, message: string | null) => {
    setErrors(found);
    setNote(message);
    const first = visibleQuestions(questionnaire, draft).find((q) => found[q.id]);
    if (first) {
      requestAnimationFrame(() => {
        const box = document.getElementById(`question-${first.id}`);
        box?.scrollIntoView({ block: "center" });
        box?.querySelector<HTMLElement>("input, textarea")?.focus({ preventScroll: true });
      });
    }
  };

  const next = () => {
    const local = localProblems(questionnaire, draft, today);
    const here = Object.fromEntries(Object.entries(local).filter(([id]) => inSection.has(id)));
    if (Object.keys(here).length > 0) {
      show(here, null);
      return;
    }
    save.mutate(
      {
        questionnaireVersion: questionnaire.version,
        answers: answersToSave(questionnaire, draft) as PrepIntakeInput["answers"],
        final: last,
      },
      {
        onSuccess: () => {
          setErrors({});
          setNote(null);
          if (last) onFinished();
          else {
            setIndex(index + 1);
            window.scrollTo({ top: 0 });
            requestAnimationFrame(() => heading.current?.focus());
          }
        },
        onError: (error) => {
          if (isApiError(error, 400) && error.fieldErrors.length > 0) {
            const { byQuestion, other } = serverProblems(questionnaire, error.fieldErrors);
            const target = sections.findIndex((s) =>
              s.questions.some((q) => Object.keys(byQuestion).includes(q.id)),
            );
            if (target >= 0 && target !== index) setIndex(target);
            show(byQuestion, other ?? error.detail ?? null);
          } else {
            setNote(errorMessage(error));
          }
        },
      },
    );
  };

  const back = () => {
    if (index === 0) onBack();
    else {
      setIndex(index - 1);
      requestAnimationFrame(() => heading.current?.focus());
    }
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" fw={600}>
          Questions · section {index + 1} of {sections.length}
        </Text>
        <Progress
          value={(index / sections.length) * 100}
          size="sm"
          aria-label={`Section ${index + 1} of ${sections.length}`}
        />
        <Title order={2} fz="xl" ref={heading} tabIndex={-1}>
          {section.title}
        </Title>
      </Stack>
      {note && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertCircle size={18} aria-hidden="true" />}
          title="Please check your answers"
        >
          {note}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && !note && (
        <Alert color="red" variant="light" role="alert" title="Please check your answers">
          Some questions below need an answer.
        </Alert>
      )}
      {section.questions.map((q, i) => (
        <Fragment key={q.id}>
          {i > 0 && <Divider />}
          <PrepQuestion
            question={q}
            answers={draft}
            errors={errors}
            onAnswer={onAnswer}
            today={today}
          />
        </Fragment>
      ))}
      <Group justify="space-between" wrap="nowrap">
        <Button
          variant="subtle"
          size="md"
          leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          onClick={back}
          disabled={save.isPending}
        >
          Back
        </Button>
        <Button
          size="md"
          rightSection={<IconArrowRight size={18} aria-hidden="true" />}
          onClick={next}
          loading={save.isPending}
        >
          {last ? "Send my answers" : "Save and continue"}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" ta="center">
        Your answers are saved as you go. Only the clinic can read them.
      </Text>
    </Stack>
  );
}
