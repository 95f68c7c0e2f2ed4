import { Card, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowLeft, IconCalendarEvent, IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useRef } from "react";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { BookedCourse } from "../../../shared/contracts/scheduling.ts";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { useFormatter } from "../../lib/format.ts";
import { localDateOf } from "./course-dates.ts";

/** The booked course: each appointment with a link to its day in the calendar. */
export function CourseBooked({
  booked,
  client,
}: {
  booked: BookedCourse;
  client: { id: string; name: string };
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The proposal the person was working on is gone: move focus to the outcome so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const items = [...booked.appointments].sort(
    (a, b) => (a.course?.session ?? 0) - (b.course?.session ?? 0),
  );
  const count = items.length;

  return (
    <Card padding="xl" component="section" aria-labelledby="course-booked-title">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={56} radius="xl" color="green" variant="light" aria-hidden="true">
            <IconCircleCheck size={34} />
          </ThemeIcon>
          <div>
            <Title
              order={2}
              id="course-booked-title"
              ref={heading}
              tabIndex={-1}
              style={{ outline: "none" }}
            >
              {count === 1 ? "1 session booked" : `${count} sessions booked`}
            </Title>
            <Text c="dimmed">The course for {client.name} is in the calendar.</Text>
          </div>
        </Group>
        <Stack gap="xs" component="ol" m={0} p={0} aria-label="Booked sessions">
          {items.map((a) => (
            <BookedItem key={a.id} appointment={a} />
          ))}
        </Stack>
        <Group gap="sm">
          <ButtonLink
            to="/clients/$clientId"
            params={{ clientId: client.id }}
            leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          >
            Back to {client.name}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}

function BookedItem({ appointment: a }: { appointment: Appointment }) {
  const formatter = useFormatter(a.location.timeZone);
  const start = Date.parse(a.startsAt);
  const day = formatter.weekdayDate(start);
  return (
    <Paper component="li" withBorder radius="md" px="md" py="sm" style={{ listStyle: "none" }}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Stack gap={0}>
          <Text fw={650}>
            {a.course ? `Session ${a.course.session} · ` : ""}
            {day}
          </Text>
          <Text size="sm" c="dimmed" className="tabular">
            {formatter.timeRange(start, Date.parse(a.endsAt))} · {a.practitioner.name}
            {a.room ? ` · ${a.room.name}` : ""} · {a.location.name}
          </Text>
        </Stack>
        <AnchorLink
          to="/appointments"
          search={{ date: localDateOf(a.startsAt, a.location.timeZone), locationId: a.location.id }}
          size="sm"
          aria-label={`Open day in calendar: ${day}`}
        >
          <Group gap={4} wrap="nowrap" component="span">
            <IconCalendarEvent size={16} aria-hidden="true" />
            Open day in calendar
          </Group>
        </AnchorLink>
      </Group>
    </Paper>
  );
}
