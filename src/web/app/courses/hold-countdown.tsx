import { Button, Group, Loader, Text, Tooltip } from "@mantine/core";
import { IconClock, IconClockPause, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { errorMessage, isApiError } from "../../lib/api.ts";
import { countdownText } from "./course-dates.ts";
import type { CourseHold } from "./use-course-hold.ts";

/**
 * "Held for you for 9:32": a quiet line, not announced every second (role timer is polite-off);
 * when the time runs out or holding failed, a way to hold the times again.
 */
export function HoldCountdown({
  hold,
  onFindAgain,
}: {
  hold: CourseHold;
  onFindAgain: () => void;
}) {
  const [now, setNow] = useState(() => Date.now());
  const held = hold.status === "held" && hold.expiresAt !== null;
  useEffect(() => {
    if (!held) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [held]);

  if (hold.status === "none") return null;
  if (hold.status === "holding") {
    return (
      <Group gap={6} wrap="nowrap" c="dimmed">
        <Loader size={14} aria-hidden="true" />
        <Text size="sm">Holding these times…</Text>
      </Group>
    );
  }
  if (hold.status === "failed") {
    const taken = isApiError(hold.error, 409);
    const session = taken && isApiError(hold.error) ? hold.error.problem.session : undefined;
    const which = typeof session === "number" ? `Session ${session}'s time` : "One of these times";
    return (
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c={taken ? "orange.8" : "dimmed"} role="status">
          {taken
            ? `${which} was just taken by someone else. Find dates again to see what is free.`
            : `These times could not be held: ${errorMessage(hold.error)}`}
        </Text>
        {taken ? (
          <Button size="compact-sm" variant="light" onClick={onFindAgain}>
            Find dates again
          </Button>
        ) : (
          <HoldAgain onClick={hold.holdAgain} />
        )}
      </Group>
    );
  }

  const left = (hold.expiresAt ?? 0) - now;
  if (left <= 0) {
    return (
      <Group gap="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <IconClockPause size={16} aria-hidden="true" color="var(--mantine-color-orange-7)" />
          <Text size="sm" c="orange.8" role="status">
            The hold on these times has run out.
          </Text>
        </Group>
        <HoldAgain onClick={hold.holdAgain} />
      </Group>
    );
  }
  const text = countdownText(left);
  return (
    <Tooltip label="Nobody else can book these times while you choose" withArrow>
      <Group gap={6} wrap="nowrap" c={left < 60_000 ? "orange.8" : "dimmed"} tabIndex={0}>
        <IconClock size={16} aria-hidden="true" />
        <Text size="sm" className="tabular" role="timer">
          Held for you for {text}
        </Text>
      </Group>
    </Tooltip>
  );
}

function HoldAgain({ onClick }: { onClick: () => void }) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconRefresh size={14} aria-hidden="true" />}
      onClick={onClick}
    >
      Hold again
    </Button>
  );
}
