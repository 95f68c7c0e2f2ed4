import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconArrowsExchange, IconDoor, IconUser } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { durationText } from "../consultations/plan/plan-words.ts";
import { type GapWindow, gapWindowText } from "./course-dates.ts";

interface ProposedSessionCardProps {
  session: ProposedSession;
  /** "16 days after session 1"; null for the first session. */
  gapText: string | null;
  gap: GapWindow | undefined;
  formatter: Formatter;
  pinned: boolean;
  moved: boolean;
  disabled: boolean;
  onChange: () => void;
}

/** One session of the proposed course: when, with whom, where, and its gap from the one before. */
export function ProposedSessionCard(props: ProposedSessionCardProps) {
  const { session: s, gapText, gap, formatter, pinned, moved, disabled, onChange } = props;
  const start = Date.parse(s.startsAt);
  const end = Date.parse(s.endsAt);
  const day = formatter.weekdayDate(start);
  const titleId = `course-session-${s.session}`;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      style={{
        listStyle: "none",
        borderColor: moved ? "var(--mantine-color-orange-5)" : undefined,
        borderLeftWidth: 4,
        borderLeftColor: moved
          ? "var(--mantine-color-orange-5)"
          : "var(--mantine-primary-color-filled)",
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group align="flex-start" wrap="nowrap" gap="md" miw={0}>
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden="true">
            <Text fw={700} fz="md">
              {s.session}
            </Text>
          </ThemeIcon>
          <Stack gap={2} miw={0}>
            <Group gap="xs">
              <Text fw={650} size="sm" c="dimmed" id={titleId}>
                Session {s.session}
              </Text>
              {pinned && (
                <Badge size="sm" variant="light" color="blue">
                  Your choice
                </Badge>
              )}
              {moved && (
                <Badge size="sm" variant="light" color="orange">
                  Moved
                </Badge>
              )}
            </Group>
            <Text fz="lg" fw={650} lh={1.3}>
              {day}
            </Text>
            <Text className="tabular">
              {formatter.timeRange(start, end)}
              <Text span c="dimmed">
                {` · ${durationText(s.durationMin)}`}
              </Text>
            </Text>
            <Group gap="md" mt={4} wrap="wrap">
              <Group gap={4} wrap="nowrap">
                <IconUser size={15} aria-hidden="true" color="var(--mantine-color-dimmed)" />
                <Text size="sm">{s.practitioner.name}</Text>
              </Group>
              <Group gap={4} wrap="nowrap">
                <IconDoor size={15} aria-hidden="true" color="var(--mantine-color-dimmed)" />
                <Text size="sm">{s.room?.name ?? "No room needed"}</Text>
              </Group>
            </Group>
            {gapText && (
              <Text size="sm" c="dimmed" mt={2}>
                {gapText}
                {gap ? ` (allowed ${gapWindowText(gap).replace(/ after.*$/, "")})` : ""}
              </Text>
            )}
          </Stack>
        </Group>
        <Button
          variant="default"
          size="sm"
          onClick={onChange}
          disabled={disabled}
          leftSection={<IconArrowsExchange size={16} aria-hidden="true" />}
          aria-label={`Change session ${s.session}, now ${day} ${formatter.time(start)}`}
          style={{ flexShrink: 0 }}
        >
          Change
        </Button>
      </Group>
    </Paper>
  );
}
