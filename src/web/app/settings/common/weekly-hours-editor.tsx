import { Alert, Badge, Box, Button, Group, Stack, Switch, Text } from "@mantine/core";
import { IconAlertCircle, IconCopy, IconPlus } from "@tabler/icons-react";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { errorMessage } from "../../../lib/api.ts";
import {
  addBreak,
  checkRows,
  copyMondayToWeekdays,
  type DayRow,
  fromRows,
  type HoursProblems,
  openDay,
  problemsFromError,
  sameHours,
  toRows,
  type WeeklyPeriod,
} from "./hours-model.ts";
import { notifySaved } from "./notify.ts";
import { TimeRangesInput } from "./time-ranges-input.tsx";

interface WeeklyHoursEditorProps {
  hours: readonly WeeklyPeriod[];
  onSave: (hours: WeeklyPeriod[]) => Promise<unknown>;
  /** "Save opening hours", "Save working hours". */
  saveLabel: string;
  savedTitle: string;
  /** What a day without hours is called: "Closed", "Not working". */
  closedLabel?: string;
  /** Extra buttons beside Save (e.g. "Follow opening hours"). */
  extraActions?: ReactNode;
}

const NO_PROBLEMS: HoursProblems = { byDay: {}, other: [] };

/** One row per weekday: an on/off switch and one or more opening ranges (with breaks). */
export function WeeklyHoursEditor(props: WeeklyHoursEditorProps) {
  const { hours, onSave, saveLabel, savedTitle, closedLabel = "Closed", extraActions } = props;
  const [rows, setRows] = useState<DayRow[]>(() => toRows(hours));
  const [problems, setProblems] = useState<HoursProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const idBase = useId();
  const box = useRef<HTMLDivElement>(null);

  // Saved hours changed (after a save, or another tab): start again from them.
  const savedKey = JSON.stringify(hours);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the saved value by content
  useEffect(() => {
    setRows(toRows(hours));
    setProblems(NO_PROBLEMS);
  }, [savedKey]);

  const dirty = useMemo(() => !sameHours(fromRows(rows), hours), [rows, hours]);

  const update = (next: DayRow[]) => {
    setRows(next);
    setFailure(null);
    if (Object.keys(problems.byDay).length > 0 || problems.other.length > 0)
      setProblems(checkRows(next));
  };
  const setRow = (weekday: number, change: Partial<DayRow>) =>
    update(rows.map((r) => (r.weekday === weekday ? { ...r, ...change } : r)));

  const save = async () => {
    setFailure(null);
    const found = checkRows(rows);
    setProblems(found);
    if (Object.keys(found.byDay).length > 0 || found.other.length > 0) {
      setFailure("Some days need attention.");
      // Take the person to the first problem (the editor can be taller than the screen).
      requestAnimationFrame(() =>
        box.current?.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    const sent = fromRows(rows);
    setSaving(true);
    try {
      await onSave(sent);
      notifySaved(savedTitle);
    } catch (error) {
      const placed = problemsFromError(error, sent);
      if (placed) setProblems(placed);
      setFailure(
        placed && placed.other.length === 0 ? "Some days need attention." : errorMessage(error),
      );
    } finally {
      setSaving(false);
    }
  };

  const problemCount = Object.keys(problems.byDay).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          Switch a day off to close it. Add a break to split a day into two sessions.
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCopy size={14} />}
          onClick={() => update(copyMondayToWeekdays(rows))}
        >
          Copy Monday to all weekdays
        </Button>
      </Group>

      <Box ref={box} style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
        {rows.map((row) => {
          const errors = problems.byDay[row.weekday] ?? [];
          const errorId = `${idBase}-day-${row.weekday}`;
          return (
            <Group
              key={row.weekday}
              align="flex-start"
              gap="md"
              py="sm"
              wrap="nowrap"
              style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
            >
              <Group gap="sm" w={150} wrap="nowrap" mih={36} style={{ flexShrink: 0 }}>
                <Switch
                  aria-label={`Open on ${row.name}`}
                  checked={row.open}
                  onChange={(e) =>
                    e.currentTarget.checked
                      ? update(openDay(rows, row.weekday))
                      : setRow(row.weekday, { open: false })
                  }
                />
                <Text fw={600} size="sm">
                  {row.name}
                </Text>
              </Group>
              <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                {row.open ? (
                  <Group align="flex-start" gap="sm" justify="space-between">
                    <TimeRangesInput
                      label={row.name}
                      ranges={row.ranges}
                      onChange={(ranges) => setRow(row.weekday, { ranges })}
                      invalid={errors.length > 0}
                      describedBy={errors.length > 0 ? errorId : undefined}
                    />
                    <Button
                      variant="subtle"
                      size="xs"
                      leftSection={<IconPlus size={14} />}
                      aria-label={`Add a break on ${row.name}`}
                      onClick={() => setRow(row.weekday, { ranges: addBreak(row.ranges) })}
                      mt={4}
                    >
                      Add a break
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" mih={36} lh="36px">
                    {closedLabel}
                  </Text>
                )}
                {errors.length > 0 && (
                  <Stack gap={2} id={errorId}>
                    {errors.map((message) => (
                      <Text key={message} size="xs" c="red.7">
                        {message}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Stack>
            </Group>
          );
        })}
      </Box>

      {(failure || problems.other.length > 0) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {problems.other.length > 0
            ? problems.other.join(". ")
            : problemCount > 0
              ? `${failure} Check the ${problemCount === 1 ? "day" : "days"} marked in red.`
              : failure}
        </Alert>
      )}

      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Badge variant="light" color="accent" mr="auto">
            Unsaved changes
          </Badge>
        )}
        {extraActions}
        {dirty && (
          <Button variant="default" onClick={() => update(toRows(hours))} disabled={saving}>
            Discard changes
          </Button>
        )}
        <Button onClick={() => void save()} loading={saving}>
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}
