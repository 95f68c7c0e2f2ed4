import {
  Alert,
  Box,
  Button,
  Card,
  EmptyState,
  Group,
  LoadingOverlay,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import {
  IconAlertCircle,
  IconArrowBackUp,
  IconCalendarCheck,
  IconCalendarSearch,
} from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import { errorMessage, isApiError } from "../../lib/api.ts";
import { CourseAlternatives } from "./course-alternatives.tsx";
import { gapFromPrevious } from "./course-dates.ts";
import classes from "./courses.module.css";
import { HoldCountdown } from "./hold-countdown.tsx";
import { NoCourseFits } from "./no-course-fits.tsx";
import { ProposalNoticeAlert } from "./proposal-notice.tsx";
import { ProposedSessionCard } from "./proposed-session-card.tsx";
import type { CourseBooking, CourseOptions } from "./use-course-booking.ts";
import type { CourseHold } from "./use-course-hold.ts";

interface CourseProposalPanelProps {
  booking: CourseBooking;
  hold: CourseHold;
  formatter: Formatter;
  /** A refused booking other than a clash (422 and the like), shown as the server wrote it. */
  bookError: unknown;
  /** Searches again with the options (relaxed ones, or the same after a time was taken). */
  onRelax: (next: CourseOptions) => void;
  onChangeSession: (session: number) => void;
  onBook: () => void;
}

/** The proposed course: one card per session, other start dates, the hold and the Book button. */
export function CourseProposalPanel(props: CourseProposalPanelProps) {
  const { booking, hold, formatter, bookError, onRelax, onChangeSession, onBook } = props;
  const { proposal, course, notice, pending, searched } = booking;

  if (pending === "find") return <ProposalSkeleton />;
  const findError =
    booking.failed === "find" ? (
      <ProblemAlert title="Dates could not be found" error={booking.error} />
    ) : null;
  if (!proposal || !searched) {
    return findError ?? <BeforeSearch />;
  }
  if (!course) {
    return (
      <Card>
        {findError}
        <NoCourseFits options={searched} message={proposal.message} onRelax={onRelax} />
      </Card>
    );
  }

  // After a change, the sessions Stipple moved to keep the gaps (not the one the person chose).
  const moved = new Set(
    notice?.kind === "changed"
      ? notice.changes.filter((c) => c.session !== notice.chosen).map((c) => c.session)
      : [],
  );
  const busy = pending !== null;
  const count = course.length;

  return (
    <Card component="section" aria-labelledby="course-proposal-title" pos="relative">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="lg" id="course-proposal-title">
            Proposed dates
          </Title>
          {Object.keys(booking.pins).length > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
              onClick={booking.clearPins}
              disabled={busy}
            >
              Back to suggested dates
            </Button>
          )}
        </Group>
        {findError}
        {notice && (
          <ProposalNoticeAlert
            notice={notice}
            course={course}
            formatter={formatter}
            onClose={booking.dismissNotice}
          />
        )}
        {booking.failed === "change" && (
          <ProblemAlert title="That time could not be chosen" error={booking.error} />
        )}
        {bookError ? <ProblemAlert title="The course was not booked" error={bookError} /> : null}
        <Box pos="relative">
          <LoadingOverlay
            visible={pending === "change"}
            zIndex={4}
            overlayProps={{ blur: 1 }}
            loaderProps={{ "aria-label": "Placing the other sessions" }}
          />
          <Stack gap="sm" component="ol" m={0} p={0} aria-label="Sessions" aria-busy={busy}>
            {course.map((s, i) => (
              <ProposedSessionCard
                key={s.session}
                session={s}
                gapText={gapFromPrevious(course, i, formatter.timeZone)}
                gap={proposal.gaps.find((g) => g.session === s.session)}
                formatter={formatter}
                pinned={s.session in booking.pins}
                moved={moved.has(s.session)}
                disabled={busy}
                onChange={() => onChangeSession(s.session)}
              />
            ))}
          </Stack>
        </Box>
        <CourseAlternatives
          alternatives={proposal.alternatives}
          formatter={formatter}
          disabled={busy}
          onChoose={booking.startInstead}
        />
        <Group justify="space-between" gap="sm" className={classes.bookBar} wrap="wrap">
          <HoldCountdown hold={hold} onFindAgain={() => onRelax(searched)} />
          <Button
            size="md"
            ml="auto"
            disabled={busy}
            leftSection={<IconCalendarCheck size={18} aria-hidden="true" />}
            onClick={onBook}
          >
            Book {count === 1 ? "1 session" : `${count} sessions`}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ProblemAlert({ title, error }: { title: string; error: unknown }) {
  // A refusal the server explains (plan not accepted, already booked, screening) is shown as is.
  const explained = isApiError(error, 422) || isApiError(error, 409);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title}
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
    >
      {explained && isApiError(error) ? (error.detail ?? error.title) : errorMessage(error)}
    </Alert>
  );
}

function BeforeSearch() {
  return (
    <Card>
      <EmptyState
        size="md"
        py="xl"
        withIndicatorBackground
        icon={<IconCalendarSearch size={28} aria-hidden="true" />}
        title="Find dates for the whole course"
        description="Stipple places every session at once, keeping the healing gaps between them. Set the client's preferences, then choose Find dates."
      />
    </Card>
  );
}

function ProposalSkeleton() {
  return (
    <Card>
      <Stack gap="sm" aria-busy="true" aria-label="Finding dates">
        <Skeleton h={22} w={180} mb="xs" />
        {[1, 2, 3].map((n) => (
          <Group key={n} gap="md" wrap="nowrap" align="flex-start">
            <Skeleton h={40} w={40} circle />
            <Stack gap={6} style={{ flex: 1 }}>
              <Skeleton h={12} w={90} />
              <Skeleton h={18} w={220} />
              <Skeleton h={14} w={160} />
            </Stack>
          </Group>
        ))}
        <Text size="sm" c="dimmed">
          Looking for dates that keep the healing gaps…
        </Text>
      </Stack>
    </Card>
  );
}
