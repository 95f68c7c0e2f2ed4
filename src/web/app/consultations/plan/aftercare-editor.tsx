import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { TreatmentPlan } from "../../../../domain/planning/index.ts";
import { issueProps } from "./field-issues.tsx";
import { MAX_TOUCH_UPS } from "./plan-edits.ts";
import type { PlanIssue } from "./plan-issues.ts";
import { PlanSection } from "./plan-section.tsx";

interface AftercareEditorProps {
  plan: TreatmentPlan;
  issues: readonly PlanIssue[];
  onChange: (plan: TreatmentPlan) => void;
}

type TouchUp = TreatmentPlan["touchUps"][number];

const whole = (v: number | string, fallback: number) =>
  typeof v === "number" && Number.isFinite(v) ? Math.round(v) : fallback;

/** Included touch-ups, recall and the practitioner's notes. */
export function AftercareEditor({ plan, issues, onChange }: AftercareEditorProps) {
  const setTouchUp = (index: number, patch: Partial<TouchUp>) =>
    onChange({
      ...plan,
      touchUps: plan.touchUps.map((t, i) => (i === index ? { ...t, ...patch } : t)),
    });
  const last = plan.touchUps[plan.touchUps.length - 1];

  return (
    <PlanSection
      title="Touch-ups, recall and notes"
      path="touchUps"
      description="Days count from the last session."
    >
      <Stack gap="sm">
        {plan.touchUps.length === 0 && (
          <Text size="sm" c="dimmed">
            No touch-ups are included.
          </Text>
        )}
        {plan.touchUps.map((t, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: touch-ups have no id; the row is its place
          <Group key={i} gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label="Touch-up"
              style={{ flex: 1, minWidth: 0 }}
              value={t.label}
              maxLength={80}
              onChange={(e) => setTouchUp(i, { label: e.currentTarget.value })}
              error={t.label.trim() === "" ? "Give the touch-up a name" : undefined}
            />
            <NumberInput
              label="From day"
              w={110}
              min={0}
              max={730}
              value={t.fromDay}
              onChange={(v) => setTouchUp(i, { fromDay: whole(v, t.fromDay) })}
              {...issueProps(issues, `touchUps.${i}.fromDay`)}
            />
            <NumberInput
              label="To day"
              w={110}
              min={1}
              max={730}
              value={t.toDay}
              onChange={(v) => setTouchUp(i, { toDay: whole(v, t.toDay) })}
              {...issueProps(issues, `touchUps.${i}.toDay`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={`Remove ${t.label || `touch-up ${i + 1}`}`}
              onClick={() =>
                onChange({ ...plan, touchUps: plan.touchUps.filter((_, j) => j !== i) })
              }
            >
              <IconTrash size={18} aria-hidden="true" />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            disabled={plan.touchUps.length >= MAX_TOUCH_UPS}
            onClick={() =>
              onChange({
                ...plan,
                touchUps: [
                  ...plan.touchUps,
                  {
                    label: "Touch-up",
                    fromDay: last ? last.toDay : 28,
                    toDay: last ? last.toDay + 30 : 60,
                  },
                ],
              })
            }
          >
            Add touch-up
          </Button>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label="Recall after"
          description="Months after the last session"
          min={6}
          max={120}
          suffix=" months"
          value={plan.recallMonths}
          onChange={(v) => onChange({ ...plan, recallMonths: whole(v, plan.recallMonths) })}
          {...issueProps(issues, "recallMonths")}
          inputWrapperOrder={["label", "description", "input", "error"]}
        />
        <NumberInput
          label="Second recall after"
          description="Optional; leave empty for none"
          min={6}
          max={180}
          suffix=" months"
          value={plan.secondRecallMonths ?? ""}
          onChange={(v) =>
            onChange({ ...plan, secondRecallMonths: typeof v === "number" ? Math.round(v) : null })
          }
          {...issueProps(issues, "secondRecallMonths")}
          inputWrapperOrder={["label", "description", "input", "error"]}
        />
      </SimpleGrid>

      <Textarea
        label="Notes"
        description="For the clinic's records; not printed on the client's copy."
        autosize
        minRows={3}
        maxRows={8}
        maxLength={4000}
        value={plan.notes}
        onChange={(e) => onChange({ ...plan, notes: e.currentTarget.value })}
        {...issueProps(issues, "notes")}
        inputWrapperOrder={["label", "description", "input", "error"]}
      />
    </PlanSection>
  );
}
