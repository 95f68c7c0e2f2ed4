import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { createFormatter } from "../../../domain/time/format.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { type GapWindow, sessionWindow } from "../../app/courses/course-dates.ts";
import { QueryError } from "../../components/route-states.tsx";
import { usePortalTheme } from "../portal-brand.tsx";
import { sessionTimesQuery } from "./booking-api.ts";
import { SlotList } from "./slot-list.tsx";

interface Props {
  slug: string;
  planId: string;
  /** The session being changed; null when closed. */
  session: number | null;
  course: readonly ProposedSession[];
  gaps: readonly GapWindow[];
  pinned: ReadonlySet<number>;
  locationId: string;
  holdGroupId: string | undefined;
  zone: string;
  onChoose: (session: number, startsAt: string) => void;
  onClose: () => void;
}

/** Other free times for one session, only on days its healing gaps allow. */
export function ChangeSessionDialog(props: Props) {
  return (
    <Modal
      opened={props.session !== null}
      onClose={props.onClose}
      title={props.session ? `Change session ${props.session}` : ""}
      closeButtonProps={{ "aria-label": "Close" }}
      fullScreen={typeof window !== "undefined" && window.innerWidth < 500}
    >
      {props.session !== null && <Body {...props} session={props.session} />}
    </Modal>
  );
}

function Body(props: Props & { session: number }) {
  const { slug, planId, session, course, gaps, pinned, zone } = props;
  const { strong } = usePortalTheme();
  const [picked, setPicked] = useState<string | null>(null);
  const current = course.find((s) => s.session === session);
  const today = epochToLocal(Date.now(), zone).date;
  const allowed = useMemo(
    () => sessionWindow({ session, course, gaps, pinned, earliest: today, zone }),
    [session, course, gaps, pinned, today, zone],
  );
  const fmt = useMemo(() => createFormatter({ timeZone: zone }), [zone]);
  const times = useQuery({
    ...sessionTimesQuery(slug, planId, {
      session,
      locationId: props.locationId,
      practitionerId: current?.practitioner.id,
      from: allowed.ok ? allowed.from : today,
      days: allowed.ok ? Math.min(allowed.days, 60) : 1,
      holdGroupId: props.holdGroupId,
    }),
    enabled: allowed.ok && current !== undefined,
  });
  if (!current) return null;
  if (!allowed.ok) return <Alert color="orange">{allowed.reason}</Alert>;
  const noon = (d: string) => Date.parse(`${d}T12:00:00Z`);
  const free = (times.data?.slots ?? []).filter((s) => s.startsAt !== current.startsAt);
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        Free times with {current.practitioner.name} from {fmt.weekdayDate(noon(allowed.from))} to{" "}
        {fmt.weekdayDate(noon(allowed.toInclusive))}, so your skin has time to heal between
        sessions.
        {session < course.length ? " Later sessions move too if needed." : ""}
      </Text>
      {times.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading free times">
          <Skeleton h={40} />
          <Skeleton h={120} />
        </Stack>
      ) : times.isError ? (
        <QueryError error={times.error} onRetry={() => void times.refetch()} />
      ) : free.length === 0 ? (
        <Text>
          No other free times on these days. Keep the proposed time or contact the clinic.
        </Text>
      ) : (
        <SlotList
          slots={free}
          zone={zone}
          selected={picked}
          onSelect={(s) => setPicked(s.startsAt)}
          label={`Free times for session ${session}`}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          Keep the proposed time
        </Button>
        <Button
          color={strong}
          disabled={!picked}
          onClick={() => picked && props.onChoose(session, picked)}
        >
          Use this time
        </Button>
      </Group>
    </Stack>
  );
}
