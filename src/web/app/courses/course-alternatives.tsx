import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendarRepeat } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { localDateOf, shortDay } from "./course-dates.ts";

/** Whole courses that start on other days: "Start on Tue 8 Dec instead". */
export function CourseAlternatives(props: {
  alternatives: readonly ProposedSession[][];
  formatter: Formatter;
  disabled: boolean;
  onChoose: (alternative: readonly ProposedSession[]) => void;
}) {
  const { alternatives, formatter, disabled, onChoose } = props;
  if (alternatives.length === 0) return null;
  const first = alternatives[0]?.[0];
  const year = first ? localDateOf(first.startsAt, formatter.timeZone).slice(0, 4) : "";

  return (
    <Stack gap="xs" component="section" aria-labelledby="course-alternatives-title">
      <Title order={3} fz="md" id="course-alternatives-title">
        Other start dates
      </Title>
      <Stack gap={6} component="ul" m={0} p={0}>
        {alternatives.map((course) => {
          const start = course[0];
          if (!start) return null;
          const day = shortDay(formatter, start.startsAt, year);
          return (
            <Paper
              key={start.startsAt}
              component="li"
              withBorder
              radius="md"
              px="md"
              py="sm"
              style={{ listStyle: "none" }}
            >
              <Group justify="space-between" gap="sm" wrap="nowrap">
                <Stack gap={0} miw={0} style={{ flex: 1 }}>
                  <Text size="sm" fw={600}>
                    {course
                      // Each date stays on one line; the list wraps between dates.
                      .map((s) => shortDay(formatter, s.startsAt, year).replace(/ /g, "\u00a0"))
                      .join(" · ")}
                  </Text>
                  <Text size="xs" c="dimmed" className="tabular">
                    {formatter.time(Date.parse(start.startsAt))} with {start.practitioner.name}
                    {new Set(course.map((s) => s.practitioner.id)).size > 1 ? " and others" : ""}
                  </Text>
                </Stack>
                <Button
                  variant="default"
                  size="sm"
                  style={{ flexShrink: 0 }}
                  disabled={disabled}
                  leftSection={<IconCalendarRepeat size={16} aria-hidden="true" />}
                  onClick={() => onChoose(course)}
                >
                  Start on {day} instead
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
