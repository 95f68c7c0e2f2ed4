import {
  Alert,
  Button,
  EmptyState,
  Group,
  Modal,
  ScrollArea,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { IconCalendarOff, IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { QueryError } from "../../components/route-states.tsx";
import {
  type GapWindow,
  gapWindowText,
  groupSlotsByDay,
  localDateOf,
  type SessionWindow,
  sessionWindow,
  shortDay,
} from "./course-dates.ts";
import classes from "./courses.module.css";
import { slotsQuery } from "./courses-api.ts";
import type { CourseOptions } from "./use-course-booking.ts";

interface ChangeSessionModalProps {
  /** The session being changed; null when the modal is closed. */
  session: number | null;
  course: readonly ProposedSession[];
  gaps: readonly GapWindow[];
  pinned: ReadonlySet<number>;
  options: CourseOptions;
  holdGroupId: string | undefined;
  formatter: Formatter;
  onChoose: (session: number, startsAt: string) => void;
  onClose: () => void;
}

/** Other free times for one session, within the days its healing gaps allow, grouped by day. */
export function ChangeSessionModal(props: ChangeSessionModalProps) {
  const { session, onClose } = props;
  return (
    <Modal
      opened={session !== null}
      onClose={onClose}
      title={session ? `Change session ${session}` : ""}
      size="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {session !== null && <ChangeSessionBody {...props} session={session} />}
    </Modal>
  );
}

function ChangeSessionBody(props: ChangeSessionModalProps & { session: number }) {
  const { session, course, gaps, pinned, options, formatter } = props;
  const current = course.find((s) => s.session === session);
  const zone = formatter.timeZone;
  const allowed = useMemo(
    () => sessionWindow({ session, course, gaps, pinned, earliest: options.fromDate, zone }),
    [session, course, gaps, pinned, options.fromDate, zone],
  );
  if (!current) return null;
  if (!allowed.ok) {
    return (
      <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
        {allowed.reason}
      </Alert>
    );
  }
  return <SlotPicker {...props} current={current} allowed={allowed} />;
}

function SlotPicker(
  props: ChangeSessionModalProps & {
    session: number;
    current: ProposedSession;
    allowed: Extract<SessionWindow, { ok: true }>;
  },
) {
  const { session, current, allowed, gaps, options, formatter, holdGroupId } = props;
  const zone = formatter.timeZone;
  const slots = useQuery(
    slotsQuery({
      locationId: options.locationId ?? "",
      serviceId: options.serviceId ?? "",
      practitionerId:
        options.onlyPreferred && options.practitionerId ? options.practitionerId : undefined,
      from: allowed.from,
      days: allowed.days,
      durationMin: current.durationMin,
      holdGroupId,
    }),
  );
  const days = useMemo(() => groupSlotsByDay(slots.data?.slots ?? [], zone), [slots.data, zone]);
  const currentDate = localDateOf(current.startsAt, zone);
  const [picked, setPicked] = useState<string | null>(null);
  const day =
    days.find((d) => d.date === picked) ?? days.find((d) => d.date === currentDate) ?? days[0];
  const year = currentDate.slice(0, 4);
  const gap = gaps.find((g) => g.session === session);
  const names = new Map(slots.data?.practitioners.map((p) => [p.id, p.name]) ?? []);
  const noon = (date: string) => `${date}T12:00:00Z`;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Free times from {formatter.weekdayDate(Date.parse(noon(allowed.from)))} to{" "}
        {formatter.weekdayDate(Date.parse(noon(allowed.toInclusive)))}
        {gap ? ` (${gapWindowText(gap)})` : ""}.
        {session < props.course.length ? " Later sessions move if needed to keep their gaps." : ""}
      </Text>
      {slots.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading free times">
          <Skeleton h={56} />
          <Skeleton h={120} />
        </Stack>
      ) : slots.isError ? (
        <QueryError
          error={slots.error}
          onRetry={() => void slots.refetch()}
          title="Could not load free times"
        />
      ) : !day ? (
        <EmptyState
          size="sm"
          withIndicatorBackground
          icon={<IconCalendarOff size={24} aria-hidden="true" />}
          title="No other free times in these days"
          description={
            options.onlyPreferred
              ? "Allow other practitioners in the preferences, or keep the proposed time."
              : "Every practitioner is booked in these days. Keep the proposed time, or try another start for the course."
          }
        />
      ) : (
        <>
          <div>
            <Text size="sm" fw={600} mb={6} id="change-days-label">
              Day
            </Text>
            <ScrollArea.Autosize mah={152} type="auto" offsetScrollbars>
              <Group gap={6} role="group" aria-labelledby="change-days-label">
                {days.map((d) => (
                  <UnstyledButton
                    key={d.date}
                    className={classes.dayButton}
                    aria-pressed={d.date === day.date}
                    onClick={() => setPicked(d.date)}
                  >
                    <Text size="sm" fw={600} inherit>
                      {shortDay(formatter, noon(d.date), year)}
                    </Text>
                    <Text size="xs" inherit className={classes.dayCount}>
                      {d.times.length === 1 ? "1 time" : `${d.times.length} times`}
                      {d.date === currentDate ? " · now" : ""}
                    </Text>
                  </UnstyledButton>
                ))}
              </Group>
            </ScrollArea.Autosize>
          </div>
          <div>
            <Text size="sm" fw={600} mb={6} id="change-times-label">
              Start time on {formatter.weekdayDate(Date.parse(noon(day.date)))}
            </Text>
            <SimpleGrid
              cols={{ base: 3, xs: 4, sm: 5 }}
              spacing={6}
              role="group"
              aria-labelledby="change-times-label"
            >
              {day.times.map((t) => {
                const start = Date.parse(t.startsAt);
                const isCurrent = start === Date.parse(current.startsAt);
                const who = t.slots.map((s) => names.get(s.practitionerId)).filter(Boolean);
                return (
                  <Button
                    key={t.startsAt}
                    variant={isCurrent ? "light" : "default"}
                    className="tabular"
                    disabled={isCurrent}
                    title={who.length > 0 ? `Free: ${who.join(", ")}` : undefined}
                    aria-label={`${formatter.weekdayDate(start)} ${formatter.time(start)}${isCurrent ? " (current time)" : ""}`}
                    onClick={() => props.onChoose(session, t.startsAt)}
                  >
                    {formatter.time(start)}
                  </Button>
                );
              })}
            </SimpleGrid>
          </div>
        </>
      )}
    </Stack>
  );
}
