import { Alert, List, Text } from "@mantine/core";
import { IconAlertTriangle, IconArrowsExchange, IconInfoCircle } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { type SessionChange, sessionWhen } from "./course-dates.ts";
import type { ProposalNotice } from "./use-course-booking.ts";

/** What the last step changed, or why it could not be done, above the sessions. */
export function ProposalNoticeAlert(props: {
  notice: ProposalNotice;
  course: readonly ProposedSession[] | null;
  formatter: Formatter;
  onClose: () => void;
}) {
  const { notice, course, formatter, onClose } = props;
  const common = {
    variant: "light" as const,
    withCloseButton: true,
    onClose,
    closeButtonLabel: "Dismiss",
  };

  if (notice.kind === "conflict") {
    return (
      <Alert
        {...common}
        color="red"
        role="alert"
        icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        title={
          notice.session
            ? `Session ${notice.session} was taken while you were choosing`
            : "A session was taken while you were choosing"
        }
      >
        <Text size="sm">{notice.detail}</Text>
        <Text size="sm" mt={6}>
          Nothing was booked.{" "}
          {notice.fresh
            ? "These are fresh dates: check them, then book again."
            : "Find dates again to see what is free now."}
        </Text>
      </Alert>
    );
  }
  if (notice.kind === "not-placed") {
    return (
      <Alert
        {...common}
        color="orange"
        role="alert"
        icon={<IconInfoCircle size={18} aria-hidden="true" />}
        title={`Session ${notice.session} could not be moved there`}
      >
        <Text size="sm">{notice.detail}</Text>
        <Text size="sm" mt={6}>
          The course below is unchanged.
        </Text>
      </Alert>
    );
  }

  const chosen = notice.kind === "changed" ? notice.chosen : 1;
  const own = course?.find((s) => s.session === chosen);
  const others = notice.changes.filter((c) => c.session !== chosen);
  const title =
    notice.kind === "restarted"
      ? `The course now starts ${own ? formatter.weekdayDate(Date.parse(own.startsAt)) : "later"}`
      : `Session ${chosen} moved${own ? ` to ${sessionWhen(formatter, own)}` : ""}`;
  return (
    <Alert
      {...common}
      color="blue"
      role="status"
      icon={<IconArrowsExchange size={18} aria-hidden="true" />}
      title={title}
    >
      {others.length === 0 ? (
        <Text size="sm">The other sessions stay as they were.</Text>
      ) : (
        <>
          <Text size="sm">To keep the healing gaps, Stipple also moved:</Text>
          <List size="sm" mt={4}>
            {others.map((c) => (
              <List.Item key={c.session}>{changeText(c, formatter)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

function changeText(change: SessionChange, formatter: Formatter): string {
  const { before, after } = change;
  const moved = Date.parse(before.startsAt) !== Date.parse(after.startsAt);
  const who =
    before.practitioner.id !== after.practitioner.id ? ` with ${after.practitioner.name}` : "";
  const room =
    (before.room?.id ?? null) !== (after.room?.id ?? null) && after.room
      ? ` in ${after.room.name}`
      : "";
  if (!moved) return `Session ${change.session}: now${who}${room}`;
  return `Session ${change.session} to ${sessionWhen(formatter, after)}${who}${room} (was ${formatter.weekdayDate(Date.parse(before.startsAt))}, ${formatter.time(Date.parse(before.startsAt))})`;
}
