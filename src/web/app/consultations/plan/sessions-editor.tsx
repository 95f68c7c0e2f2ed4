import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { TreatmentPlan } from "../../../../domain/planning/index.ts";
import { SectionIssues } from "./field-issues.tsx";
import {
  addSession,
  isLighterThanPrevious,
  MAX_SESSIONS,
  removeSession,
  updateSession,
} from "./plan-edits.ts";
import type { PlanIssue } from "./plan-issues.ts";
import { PlanSection } from "./plan-section.tsx";
import { spacingSentence } from "./plan-words.ts";
import { SessionCard } from "./session-card.tsx";

interface SessionsEditorProps {
  plan: TreatmentPlan;
  issues: readonly PlanIssue[];
  /** The clinic's usual gap for a new session, when the settings have loaded. */
  defaultGapDays?: number;
  onChange: (plan: TreatmentPlan) => void;
}

/** The course, session by session, built up lighter to darker. */
export function SessionsEditor({ plan, issues, defaultGapDays, onChange }: SessionsEditorProps) {
  const full = plan.sessions.length >= MAX_SESSIONS;
  return (
    <PlanSection
      title="Sessions"
      path="sessions"
      description={`${spacingSentence(plan.sessions)}.`}
    >
      <SectionIssues issues={issues} path="sessions" />
      <Stack gap="sm">
        {plan.sessions.map((s, i) => (
          <SessionCard
            key={s.number}
            session={s}
            index={i}
            lighter={isLighterThanPrevious(plan.sessions, i)}
            canRemove={plan.sessions.length > 1}
            issues={issues}
            onChange={(patch) => onChange(updateSession(plan, i, patch))}
            onRemove={() => onChange(removeSession(plan, i))}
          />
        ))}
      </Stack>
      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          disabled={full}
          onClick={() => onChange(addSession(plan, defaultGapDays))}
        >
          Add session
        </Button>
        {full && (
          <Text size="xs" c="dimmed">
            A course has at most {MAX_SESSIONS} sessions.
          </Text>
        )}
      </Group>
    </PlanSection>
  );
}
