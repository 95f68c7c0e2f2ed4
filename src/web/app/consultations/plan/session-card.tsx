import {
  ActionIcon,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import type { PlanSession } from "../../../../domain/planning/index.ts";
import { DurationInput } from "./duration-input.tsx";
import { issueProps } from "./field-issues.tsx";
import classes from "./plan.module.css";
import type { PlanIssue } from "./plan-issues.ts";
import { gapText } from "./plan-words.ts";
import { ShadeSwatch } from "./shade-swatch.tsx";

interface SessionCardProps {
  session: PlanSession;
  index: number;
  /** Lighter than the session before: asks for the reason to override the layering. */
  lighter: boolean;
  canRemove: boolean;
  issues: readonly PlanIssue[];
  onChange: (patch: Partial<PlanSession>) => void;
  onRemove: () => void;
}

const whole = (v: number | string, fallback: number) =>
  typeof v === "number" && Number.isFinite(v) ? Math.round(v) : fallback;

/** One session of the course: length, shade strength, coverage, spacing and focus. */
export function SessionCard(props: SessionCardProps) {
  const { session: s, index, lighter, canRemove, issues, onChange, onRemove } = props;
  const at = `sessions.${index}`;
  const mine = issues.filter((i) => i.path.startsWith(`${at}.`));
  const n = s.number;

  return (
    <Paper
      withBorder
      p="md"
      className={classes.sessionCard}
      data-error={mine.some((i) => i.severity === "error") || undefined}
      data-warning={mine.some((i) => i.severity === "warning") || undefined}
      component="fieldset"
      style={{ margin: 0, minWidth: 0 }}
      aria-labelledby={`plan-session-${index}-title`}
    >
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={4} fz="md" id={`plan-session-${index}-title`}>
            Session {n}
          </Title>
          <Text size="sm" c="dimmed">
            {index === 0
              ? "Start of the course"
              : s.gapDays === null
                ? "Gap not set"
                : `${gapText(s.gapDays)} after session ${n - 1}`}
          </Text>
        </Group>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={`Remove session ${n}`}
          disabled={!canRemove}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden="true" />
        </ActionIcon>
      </Group>

      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm">
        <DurationInput
          label="Duration"
          value={s.durationMin}
          onChange={(durationMin) => onChange({ durationMin })}
          {...issueProps(issues, `${at}.durationMin`)}
        />
        <NumberInput
          label="Shade strength"
          value={s.strengthPct}
          min={5}
          max={100}
          step={5}
          suffix=" %"
          leftSection={<ShadeSwatch strengthPct={s.strengthPct} size={20} />}
          onChange={(v) => onChange({ strengthPct: whole(v, s.strengthPct) })}
          {...issueProps(issues, `${at}.strengthPct`)}
        />
        <NumberInput
          label="Coverage"
          value={s.coveragePct}
          min={5}
          max={100}
          step={5}
          suffix=" %"
          onChange={(v) => onChange({ coveragePct: whole(v, s.coveragePct) })}
          {...issueProps(issues, `${at}.coveragePct`)}
        />
        {index === 0 ? (
          <TextInput
            label="Gap before"
            value="First session"
            readOnly
            variant="filled"
            {...issueProps(issues, `${at}.gapDays`)}
          />
        ) : (
          <NumberInput
            label="Gap before"
            value={s.gapDays ?? ""}
            min={0}
            max={365}
            suffix=" days"
            onChange={(v) => onChange({ gapDays: typeof v === "number" ? Math.round(v) : null })}
            {...issueProps(issues, `${at}.gapDays`)}
          />
        )}
      </SimpleGrid>

      <TextInput
        mt="sm"
        label="Focus"
        placeholder="What this session concentrates on"
        value={s.focus}
        maxLength={300}
        onChange={(e) => onChange({ focus: e.currentTarget.value })}
        {...issueProps(issues, `${at}.focus`)}
      />

      {lighter && (
        <Textarea
          mt="sm"
          label={`Why is session ${n} lighter than session ${n - 1}?`}
          withAsterisk
          placeholder="e.g. Scar tissue took the pigment too dark in session 1"
          autosize
          minRows={2}
          maxLength={500}
          value={s.overrideReason ?? ""}
          onChange={(e) => onChange({ overrideReason: e.currentTarget.value || null })}
          id={`plan-sessions-${index}-overrideReason`}
        />
      )}
    </Paper>
  );
}
