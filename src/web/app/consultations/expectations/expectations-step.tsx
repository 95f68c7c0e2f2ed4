import { Badge, Button, Card, Checkbox, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight, IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { applicableExpectations } from "../../../../domain/assessment/assessment.ts";
import { useDraftPlan, useSaveExpectations } from "../consultations-api.ts";
import { useSaveFeedback } from "../save-feedback.tsx";
import { StepActions } from "../step-actions.tsx";
import type { StepProps } from "../step-props.ts";

/** The realistic-expectations checklist, ticked while talking the client through each point. */
export function ExpectationsStep(props: StepProps) {
  const { consultation, readOnly, onDone, onBack, backLabel, onDirtyChange } = props;
  const items = applicableExpectations(consultation.assessment);
  const [ticked, setTicked] = useState<string[]>(() =>
    consultation.expectations.filter((id) => items.some((item) => item.id === id)),
  );
  const save = useSaveExpectations(consultation.id);
  const draft = useDraftPlan(consultation.id);
  const feedback = useSaveFeedback();
  const saved = new Set(consultation.expectations);
  const dirty =
    ticked.length !== items.filter((i) => saved.has(i.id)).length ||
    ticked.some((id) => !saved.has(id));
  const allDiscussed = items.every((item) => ticked.includes(item.id));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const submit = (advance: boolean) =>
    save.mutate(
      { ticked, version: consultation.version },
      {
        onSuccess: (next) => {
          if (!advance) {
            feedback.saved("Checklist saved", `${ticked.length} of ${items.length} discussed.`);
            return;
          }
          // The plan step starts from a draft made from the assessment.
          if (next.plan) {
            feedback.saved("Expectations discussed", "Next: the treatment plan.");
            onDone();
            return;
          }
          draft.mutate(undefined, {
            onSuccess: () => {
              feedback.saved("Plan drafted", "A plan was drafted from the assessment.");
              onDone();
            },
            // The plan step explains what stops a draft, and offers to try again.
            onError: (error) => {
              feedback.failed(error, "The plan could not be drafted");
              onDone();
            },
          });
        },
        onError: (error) => feedback.failed(error, "Checklist not saved"),
      },
    );

  return (
    <Stack gap="lg">
      <Card component="section" aria-labelledby="expectations-title">
        <Group justify="space-between" gap="sm" mb={4}>
          <Title order={2} fz="lg" id="expectations-title">
            Realistic expectations
          </Title>
          {allDiscussed ? (
            <Badge
              color="green"
              variant="light"
              size="lg"
              leftSection={<IconCircleCheck size={14} />}
            >
              All discussed
            </Badge>
          ) : (
            <Text size="sm" c="dimmed" fw={500}>
              {ticked.length} of {items.length} discussed
            </Text>
          )}
        </Group>
        <Text size="sm" c="dimmed" mb="md">
          Read each point with the client and tick it once they have understood it.
        </Text>
        <Progress
          value={(ticked.length / Math.max(items.length, 1)) * 100}
          color={allDiscussed ? "green" : "brand"}
          size="sm"
          mb="lg"
          aria-label="Points discussed"
        />
        <Checkbox.Group value={ticked} onChange={setTicked} aria-labelledby="expectations-title">
          <Stack gap="sm">
            {items.map((item) => (
              <Checkbox.Card key={item.id} value={item.id} radius="md" p="md" disabled={readOnly}>
                <Group gap="md" wrap="nowrap" align="flex-start">
                  <Checkbox.Indicator size="lg" mt={2} />
                  <Text size="md" lh={1.45}>
                    {item.text}
                  </Text>
                </Group>
              </Checkbox.Card>
            ))}
          </Stack>
        </Checkbox.Group>
      </Card>
      {!readOnly && (
        <StepActions
          onBack={onBack}
          backLabel={backLabel}
          status={allDiscussed ? undefined : "Tick every point to continue."}
        >
          <Button
            variant="default"
            size="md"
            onClick={() => submit(false)}
            disabled={!dirty || save.isPending || draft.isPending}
          >
            Save progress
          </Button>
          <Button
            size="md"
            rightSection={<IconArrowRight size={18} aria-hidden="true" />}
            onClick={() => submit(true)}
            disabled={!allDiscussed}
            loading={save.isPending || draft.isPending}
          >
            Continue to plan
          </Button>
        </StepActions>
      )}
    </Stack>
  );
}
