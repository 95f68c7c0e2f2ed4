import {
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { ReactNode } from "react";
import { MAX_TEXT_ANSWER } from "../../domain/screening/index.ts";
import type { AnswerValue, Question } from "../../domain/screening/types.ts";
import { calendarWeekday } from "../app/consultations/consultation-labels.ts";
import type { AnswerDraft } from "../app/consultations/intake/intake-answers.ts";
import classes from "./prep.module.css";

interface PrepQuestionProps {
  question: Question;
  answers: AnswerDraft;
  errors: Record<string, string>;
  onAnswer: (id: string, value: AnswerValue | undefined) => void;
  today: string;
}

/**
 * One question as a client answers it on a phone: big tappable choices, one per line, and its
 * follow-ups underneath while they apply.
 */
export function PrepQuestion(props: PrepQuestionProps) {
  const { question, answers } = props;
  const value = answers[question.id];
  const followUps = (question.followUps ?? [])
    .filter((f) => value !== undefined && value === f.when)
    .flatMap((f) => f.questions);
  return (
    <Stack gap="md" id={`question-${question.id}`} className={classes.question}>
      <Control {...props} />
      {followUps.length > 0 && (
        <Stack gap="md" pl="md" style={{ borderLeft: "3px solid var(--mantine-color-gray-3)" }}>
          {followUps.map((child) => (
            <PrepQuestion key={child.id} {...props} question={child} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function label(question: Question): ReactNode {
  if (question.required) return question.label;
  return (
    <>
      {question.label}
      <Text span c="dimmed" fw={400} inherit>
        {" "}
        (optional)
      </Text>
    </>
  );
}

function Options({ options }: { options: readonly { value: string; label: string }[] }) {
  return (
    <SimpleGrid cols={1} spacing="xs" mt={8}>
      {options.map((o) => (
        <Radio.Card key={o.value} value={o.value} radius="md" p="md" mih={56}>
          <Group gap="sm" wrap="nowrap">
            <Radio.Indicator />
            <Text size="md">{o.label}</Text>
          </Group>
        </Radio.Card>
      ))}
    </SimpleGrid>
  );
}

function Control({ question, answers, errors, onAnswer, today }: PrepQuestionProps) {
  const value = answers[question.id];
  const common = {
    label: label(question),
    description: question.help,
    error: errors[question.id],
    size: "md" as const,
    labelProps: { style: { fontWeight: 600 } },
  };
  switch (question.type) {
    case "yes_no":
      return (
        <Radio.Group
          {...common}
          value={value === true ? "yes" : value === false ? "no" : null}
          onChange={(v) => onAnswer(question.id, v === "yes")}
        >
          <Options
            options={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
          />
        </Radio.Group>
      );
    case "choice":
      return (
        <Radio.Group
          {...common}
          value={typeof value === "string" ? value : null}
          onChange={(v) => onAnswer(question.id, v)}
        >
          <Options options={question.options ?? []} />
        </Radio.Group>
      );
    case "multi":
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? [...value] : []}
          onChange={(v) => onAnswer(question.id, v.length > 0 ? v : undefined)}
        >
          <SimpleGrid cols={1} spacing="xs" mt={8}>
            {(question.options ?? []).map((o) => (
              <Checkbox.Card key={o.value} value={o.value} radius="md" p="md" mih={56}>
                <Group gap="sm" wrap="nowrap">
                  <Checkbox.Indicator />
                  <Text size="md">{o.label}</Text>
                </Group>
              </Checkbox.Card>
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case "text":
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={MAX_TEXT_ANSWER}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onAnswer(question.id, e.currentTarget.value)}
        />
      );
    case "date": {
      const text = typeof value === "string" ? value : "";
      return (
        <Stack gap={4}>
          <TextInput
            {...common}
            type="date"
            max={today}
            value={text}
            onChange={(e) => onAnswer(question.id, e.currentTarget.value || undefined)}
          />
          {/^\d{4}-\d{2}-\d{2}$/.test(text) && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {calendarWeekday(text)}
            </Text>
          )}
        </Stack>
      );
    }
  }
}
