import {
  Box,
  Checkbox,
  Group,
  Input,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import type { ReactNode } from "react";
import { MAX_TEXT_ANSWER } from "../../../../domain/screening/index.ts";
import type { AnswerValue, Question } from "../../../../domain/screening/types.ts";
import { DateField } from "../date-field.tsx";
import type { AnswerDraft } from "./intake-answers.ts";

interface QuestionFieldProps {
  question: Question;
  answers: AnswerDraft;
  errors: Record<string, string>;
  onAnswer: (id: string, value: AnswerValue | undefined) => void;
  today: string;
}

/** One question with its answer control, and its follow-ups indented under it while they apply. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, answers } = props;
  const value = answers[question.id];
  const followUps = (question.followUps ?? [])
    .filter((f) => value !== undefined && value === f.when)
    .flatMap((f) => f.questions);
  return (
    <Stack gap="md" id={`question-${question.id}`} data-question={question.id}>
      <AnswerControl {...props} />
      {followUps.length > 0 && (
        <Stack
          gap="md"
          pl="md"
          ml={6}
          style={{ borderLeft: "3px solid var(--mantine-primary-color-light-hover)" }}
        >
          {followUps.map((child) => (
            <QuestionField key={child.id} {...props} question={child} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function questionLabel(question: Question): ReactNode {
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

function AnswerControl({ question, answers, errors, onAnswer, today }: QuestionFieldProps) {
  const value = answers[question.id];
  const common = {
    label: questionLabel(question),
    description: question.help,
    error: errors[question.id],
    withAsterisk: question.required,
    size: "md" as const,
  };
  const options = question.options ?? [];

  switch (question.type) {
    case "yes_no":
      return <YesNo question={question} value={value} common={common} onAnswer={onAnswer} />;
    case "text":
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={MAX_TEXT_ANSWER}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onAnswer(question.id, e.currentTarget.value)}
        />
      );
    case "date":
      return (
        <DateField
          {...common}
          max={today}
          value={typeof value === "string" ? value : ""}
          onChange={(v) => onAnswer(question.id, v || undefined)}
        />
      );
    case "choice":
      return (
        <Radio.Group
          {...common}
          value={typeof value === "string" ? value : null}
          onChange={(v) => onAnswer(question.id, v)}
        >
          <SimpleGrid cols={{ base: 1, sm: options.length > 3 ? 2 : options.length }} mt={8}>
            {options.map((option) => (
              <Radio.Card key={option.value} value={option.value} radius="md" p="md">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <Text size="md" lh={1.3}>
                    {option.label}
                  </Text>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      );
    case "multi":
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? [...value] : []}
          onChange={(v) => onAnswer(question.id, v.length > 0 ? v : undefined)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={8}>
            {options.map((option) => (
              <Checkbox.Card key={option.value} value={option.value} radius="md" p="md">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Checkbox.Indicator />
                  <Text size="md" lh={1.3}>
                    {option.label}
                  </Text>
                </Group>
              </Checkbox.Card>
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
  }
}

function YesNo({
  question,
  value,
  common,
  onAnswer,
}: {
  question: Question;
  value: AnswerValue | undefined;
  common: { label: ReactNode; description?: string; error?: string; withAsterisk: boolean };
  onAnswer: QuestionFieldProps["onAnswer"];
}) {
  const id = `answer-${question.id}`;
  const selected = value === true ? "yes" : value === false ? "no" : "";
  return (
    <Input.Wrapper {...common} id={id} labelElement="div" size="md">
      {/* A block of its own: beside a short label with no help text it would sit inline. */}
      <Box>
        <SegmentedControl
          role="radiogroup"
          aria-labelledby={`${id}-label`}
          aria-describedby={common.error ? `${id}-error` : undefined}
          aria-invalid={common.error ? true : undefined}
          name={id}
          size="md"
          mt={8}
          w={{ base: "100%", xs: 260 }}
          color="brand"
          withItemsBorders={false}
          data={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          value={selected}
          onChange={(v) => onAnswer(question.id, v === "yes")}
          styles={
            common.error ? { root: { outline: "1px solid var(--mantine-color-error)" } } : undefined
          }
        />
      </Box>
    </Input.Wrapper>
  );
}
