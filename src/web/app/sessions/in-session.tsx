import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { SessionWorkspace, ZoneView } from "../../../shared/contracts/sessions.ts";
import { errorMessage } from "../../lib/api.ts";
import { SessionPhotos } from "../photos/session-photos.tsx";
import { useTickingNow } from "../waitlist/use-ticking-now.ts";
import { clockToIso, elapsed, localClock } from "./session-times.ts";
import { useDeleteZone, useSignOff, useUpdateSession } from "./sessions-api.ts";
import { ZoneCard } from "./zone-card.tsx";
import { ZoneForm } from "./zone-form.tsx";

type Session = NonNullable<SessionWorkspace["session"]>;

function TimesAndNotes({ ws, session }: { ws: SessionWorkspace; session: Session }) {
  const zone = ws.appointment.timeZone;
  const date = epochToLocal(Date.parse(session.startedAt), zone).date;
  const [start, setStart] = useState(localClock(session.startedAt, zone));
  const [end, setEnd] = useState(session.endedAt ? localClock(session.endedAt, zone) : "");
  const [notes, setNotes] = useState(session.notes);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateSession(ws.appointment.id);
  const now = useTickingNow(30_000);
  const dirty =
    start !== localClock(session.startedAt, zone) ||
    end !== (session.endedAt ? localClock(session.endedAt, zone) : "") ||
    notes !== session.notes;

  /** Unchanged clock fields keep their exact instant; "End now" sends this very moment. */
  function save(endNow?: string) {
    const startChanged = start !== localClock(session.startedAt, zone);
    const startedAt = startChanged ? clockToIso(date, start, zone) : session.startedAt;
    const endChanged = end !== (session.endedAt ? localClock(session.endedAt, zone) : "");
    const endedAt =
      endNow ?? (!endChanged ? session.endedAt : end ? clockToIso(date, end, zone) : null);
    if (!startedAt || (end && !endNow && endChanged && !endedAt))
      return setProblem("Enter times like 10:30.");
    if (endedAt && Date.parse(endedAt) <= Date.parse(startedAt))
      return setProblem("The end time must be after the start time.");
    setProblem(null);
    update.mutate(
      {
        ...(startChanged ? { startedAt } : {}),
        endedAt,
        notes,
        version: session.version,
      },
      { onError: (e) => setProblem(errorMessage(e)) },
    );
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Times and notes
          </Title>
          {!session.endedAt && (
            <Text fw={600} className="tabular" aria-label="Time since the start">
              Running {elapsed(now - Date.parse(session.startedAt))}
            </Text>
          )}
        </Group>
        <Group align="flex-end" gap="md">
          <TextInput
            size="md"
            type="time"
            label="Actual start"
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
          />
          <TextInput
            size="md"
            type="time"
            label="Actual end"
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
          />
          {!session.endedAt && (
            <Button
              size="md"
              variant="light"
              onClick={() => {
                const now = new Date().toISOString();
                setEnd(localClock(now, zone));
                save(now);
              }}
            >
              End now
            </Button>
          )}
        </Group>
        <Textarea
          size="md"
          label="Session notes"
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          maxLength={4000}
        />
        {problem && <Alert color="red">{problem}</Alert>}
        <Group justify="flex-end">
          <Button
            size="md"
            variant="default"
            disabled={!dirty}
            loading={update.isPending}
            onClick={() => save()}
          >
            Save times and notes
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** During the session: times, the zones worked, photos, then sign-off. */
export function InSession({ ws, formatter }: { ws: SessionWorkspace; formatter: Formatter }) {
  const session = ws.session as Session;
  const [editing, setEditing] = useState<ZoneView | "new" | null>(null);
  const [removing, setRemoving] = useState<ZoneView | null>(null);
  const [signing, setSigning] = useState(false);
  const remove = useDeleteZone(ws.appointment.id);
  const signOff = useSignOff(ws.appointment.id);
  const missing = [
    ...(session.zones.length ? [] : ["record at least one zone with its pigment batch"]),
    ...(session.endedAt ? [] : ["record the end time"]),
  ];
  return (
    <Stack gap="lg">
      <TimesAndNotes key={session.version} ws={ws} session={session} />

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Zones worked
          </Title>
          <Button size="md" leftSection={<IconPlus size={18} />} onClick={() => setEditing("new")}>
            Record a zone
          </Button>
        </Group>
        {session.zones.length === 0 && (
          <Text c="dimmed">
            No zones recorded yet.{" "}
            {ws.plan ? `The plan covers ${ws.plan.zones.map((z) => z.label).join(", ")}.` : ""}
          </Text>
        )}
        {session.zones.map((z) => (
          <ZoneCard
            key={z.id}
            zone={z}
            formatter={formatter}
            actions={
              <Group gap="xs">
                <Button size="md" variant="default" onClick={() => setEditing(z)}>
                  Edit
                </Button>
                <Button size="md" variant="subtle" color="red" onClick={() => setRemoving(z)}>
                  Remove
                </Button>
              </Group>
            }
          />
        ))}
      </Stack>

      <SessionPhotos clientId={ws.client.id} sessionId={session.id} />

      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between">
          <Text c={missing.length ? "dimmed" : undefined}>
            {missing.length
              ? `Before signing off, ${missing.join(" and ")}.`
              : "Ready to sign off."}
          </Text>
          <Button size="lg" disabled={missing.length > 0} onClick={() => setSigning(true)}>
            Sign off session
          </Button>
        </Group>
      </Paper>

      {editing && (
        <ZoneForm
          ws={ws}
          zone={editing === "new" ? null : editing}
          opened
          formatter={formatter}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove this zone?">
        <Stack>
          <Text>The record of {removing?.label} will be removed from this session.</Text>
          {remove.isError && <Alert color="red">{errorMessage(remove.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={() => setRemoving(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              size="md"
              loading={remove.isPending}
              onClick={() =>
                removing &&
                remove.mutate(
                  { zoneId: removing.id, version: session.version },
                  { onSuccess: () => setRemoving(null) },
                )
              }
            >
              Remove zone
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={signing} onClose={() => setSigning(false)} title="Sign off this session?">
        <Stack>
          <Text>
            You are signing the record of {session.zones.length} zone
            {session.zones.length === 1 ? "" : "s"} as complete and correct.{" "}
            <strong>After signing, the record cannot be edited</strong>; corrections are added as
            amendments, with a reason.
          </Text>
          <Text size="sm" c="dimmed">
            The appointment is marked completed and the aftercare messages are timed from the end of
            the session.
          </Text>
          {signOff.isError && <Alert color="red">{errorMessage(signOff.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={() => setSigning(false)}>
              Not yet
            </Button>
            <Button
              size="md"
              loading={signOff.isPending}
              onClick={() =>
                signOff.mutate({ version: session.version }, { onSuccess: () => setSigning(false) })
              }
            >
              Sign off
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
