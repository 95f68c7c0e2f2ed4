import {
  Alert,
  Button,
  Card,
  Chip,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { createFormatter } from "../../../domain/time/format.ts";
import type { PortalPlan, PortalPlans } from "../../../shared/contracts/portal-booking.ts";
import type { CourseProposal, ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { gapFromPrevious } from "../../app/courses/course-dates.ts";
import { courseConflict } from "../../app/courses/courses-api.ts";
import { HoldCountdown } from "../../app/courses/hold-countdown.tsx";
import { errorMessage } from "../../lib/api.ts";
import { usePortalTheme } from "../portal-brand.tsx";
import { proposeCourse, useBookCourse } from "./booking-api.ts";
import { ChangeSessionDialog } from "./change-session-dialog.tsx";
import { spacingText } from "./spacing.ts";
import { usePortalHold } from "./use-portal-hold.ts";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

interface Props {
  slug: string;
  plan: PortalPlan;
  locations: PortalPlans["locations"];
  practitioners: PortalPlans["practitioners"];
  /** Called once the course is booked, so the page keeps showing the confirmation. */
  onBooked?: () => void;
}

/** Choose preferences, see the proposed dates, change one, and book every session at once. */
export function CourseBooker({ slug, plan, locations, practitioners, onBooked }: Props) {
  const { strong } = usePortalTheme();
  const [locationId, setLocationId] = useState<string | null>(locations[0]?.id ?? null);
  const [practitionerId, setPractitionerId] = useState<string | null>(
    plan.practitioner?.id ?? null,
  );
  const [fromDate, setFromDate] = useState(plan.earliestDate ?? "");
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [time, setTime] = useState<"any" | "morning" | "afternoon">("any");
  const [proposal, setProposal] = useState<CourseProposal | null>(null);
  const [course, setCourse] = useState<ProposedSession[] | null>(null);
  const [pinned, setPinned] = useState<Map<number, string>>(new Map());
  const [changing, setChanging] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const hold = usePortalHold(slug, plan.id, locationId, course);
  const book = useBookCourse(slug, plan.id);
  const zone =
    proposal?.timeZone ?? locations.find((l) => l.id === locationId)?.timeZone ?? "Europe/London";
  const fmt = useMemo(() => createFormatter({ timeZone: zone }), [zone]);

  const propose = useMutation({
    mutationFn: (pins: Map<number, string>) =>
      proposeCourse(slug, plan.id, {
        locationId: locationId ?? undefined,
        practitionerId: practitionerId ?? undefined,
        fromDate: fromDate || undefined,
        preferredWeekdays: weekdays.map(Number),
        preferredTime: time,
        pinned: [...pins].map(([session, startsAt]) => ({ session, startsAt })),
        holdGroupId: hold.groupId,
      }),
    onSuccess: (p) => {
      setProposal(p);
      setCourse(p.best);
    },
  });

  function findDates() {
    setPinned(new Map());
    setNotice(null);
    propose.mutate(new Map());
  }

  function choose(session: number, startsAt: string) {
    const pins = new Map(pinned).set(session, startsAt);
    setPinned(pins);
    setChanging(null);
    propose.mutate(pins);
  }

  function confirm() {
    if (!course || !locationId) return;
    setNotice(null);
    book.mutate(
      {
        locationId,
        holdGroupId: hold.groupId,
        sessions: course.map((s) => ({
          practitionerId: s.practitioner.id,
          roomId: s.room?.id ?? null,
          startsAt: s.startsAt,
        })),
      },
      {
        onSuccess: () => {
          hold.markBooked();
          onBooked?.();
        },
        onError: (error) => {
          const lost = courseConflict(error);
          if (lost?.alternatives?.best) {
            setNotice(`${lost.detail} We have found new dates for you below.`);
            setPinned(new Map());
            setProposal(lost.alternatives);
            setCourse(lost.alternatives.best);
          }
        },
      },
    );
  }

  if (book.isSuccess) {
    return (
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm" role="status">
          <Title order={2} fz="h3">
            Your sessions are booked
          </Title>
          <Stack gap={4} component="ol" m={0} pl="lg">
            {book.data.appointments.map((a) => (
              <li key={a.id}>
                <Text>
                  Session {a.courseSession}: {a.when}
                </Text>
              </li>
            ))}
          </Stack>
          <Text>We have emailed you the dates.</Text>
          <Link to="/portal/$slug/appointments" params={{ slug }} style={{ color: strong }}>
            See your appointments
          </Link>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Title order={2} fz="h3">
          Your plan: {plan.sessions.length} sessions
        </Title>
        <Text c="gray.7">{spacingText(plan.gaps)}</Text>
        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} mb={4}>
            When suits you
          </Text>
          {locations.length > 1 && (
            <Select
              label="Where"
              data={locations.map((l) => ({ value: l.id, label: l.name }))}
              value={locationId}
              onChange={setLocationId}
              allowDeselect={false}
            />
          )}
          <Select
            label="Practitioner"
            data={[
              { value: "", label: "Anyone available" },
              ...practitioners.map((p) => ({
                value: p.id,
                label: p.id === plan.practitioner?.id ? `${p.name} (your practitioner)` : p.name,
              })),
            ]}
            value={practitionerId ?? ""}
            onChange={(v) => setPractitionerId(v || null)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label="First session no earlier than"
            value={fromDate}
            min={plan.earliestDate ?? undefined}
            onChange={(e) => setFromDate(e.currentTarget.value)}
          />
          <div>
            <Text size="sm" fw={500} mb={6} id={`days-${plan.id}`}>
              Days you prefer (optional)
            </Text>
            <Chip.Group multiple value={weekdays} onChange={setWeekdays}>
              <Group gap={6} role="group" aria-labelledby={`days-${plan.id}`}>
                {WEEKDAYS.map((d, i) => (
                  <Chip key={d} value={String(i + 1)} size="sm" color={strong}>
                    {d}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <div>
            <Text size="sm" fw={500} mb={6} id={`time-${plan.id}`}>
              Time of day
            </Text>
            <SegmentedControl
              aria-labelledby={`time-${plan.id}`}
              value={time}
              onChange={(v) => setTime(v as typeof time)}
              data={[
                { value: "any", label: "Any time" },
                { value: "morning", label: "Mornings" },
                { value: "afternoon", label: "Afternoons" },
              ]}
            />
          </div>
          <Group>
            <Button
              color={strong}
              onClick={findDates}
              loading={propose.isPending && pinned.size === 0}
            >
              {proposal ? "Find dates again" : "Find dates"}
            </Button>
          </Group>
        </Stack>
        {propose.isError && (
          <Alert color="red" role="alert">
            {errorMessage(propose.error)}
          </Alert>
        )}
        {notice && (
          <Alert color="orange" role="alert">
            {notice}
          </Alert>
        )}
        {proposal && !course && (
          <Alert color="orange" role="status">
            {proposal.message ?? "No dates fit. Try other days or a later start."}
          </Alert>
        )}
        {course && (
          <Stack gap="sm" aria-live="polite">
            <Title order={3} fz="h4">
              Proposed dates
            </Title>
            {course.map((s, i) => (
              <Card key={s.session} withBorder radius="md" padding="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} miw={0} style={{ flex: 1 }}>
                    <Text fw={600}>Session {s.session}</Text>
                    <Text>
                      {fmt.weekdayDate(Date.parse(s.startsAt))},{" "}
                      {fmt.timeRange(Date.parse(s.startsAt), Date.parse(s.endsAt))}
                    </Text>
                    <Text size="sm" c="gray.7">
                      with {s.practitioner.name}
                      {i > 0 ? ` · ${gapFromPrevious(course, i, zone)}` : ""}
                    </Text>
                  </Stack>
                  <Button
                    variant="default"
                    size="sm"
                    onClick={() => setChanging(s.session)}
                    aria-label={`Change session ${s.session}`}
                    style={{ flexShrink: 0 }}
                  >
                    Change
                  </Button>
                </Group>
              </Card>
            ))}
            <HoldCountdown hold={hold} onFindAgain={findDates} />
            {book.isError && !notice && (
              <Alert color="red" role="alert">
                {errorMessage(book.error)}
              </Alert>
            )}
            <Button
              color={strong}
              size="md"
              onClick={confirm}
              loading={book.isPending}
              disabled={propose.isPending}
            >
              Book all {course.length} sessions
            </Button>
          </Stack>
        )}
      </Stack>
      {course && proposal && locationId && (
        <ChangeSessionDialog
          slug={slug}
          planId={plan.id}
          session={changing}
          course={course}
          gaps={proposal.gaps}
          pinned={new Set(pinned.keys())}
          locationId={locationId}
          holdGroupId={hold.groupId}
          zone={zone}
          onChoose={choose}
          onClose={() => setChanging(null)}
        />
      )}
    </Card>
  );
}
