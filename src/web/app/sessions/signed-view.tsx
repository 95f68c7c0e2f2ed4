import { Alert, Badge, Button, Card, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPencilPlus, IconPrinter } from "@tabler/icons-react";
import { useState } from "react";
import { type AmendmentFact, currentValue } from "../../../domain/sessions/amendments.ts";
import type { Formatter } from "../../../domain/time/format.ts";
import type { SessionWorkspace } from "../../../shared/contracts/sessions.ts";
import { SessionPhotos } from "../photos/session-photos.tsx";
import { AmendmentModal } from "./amendment-modal.tsx";
import { itemBadge } from "./checklist-labels.ts";
import { ZoneCard } from "./zone-card.tsx";

const FIELD_LABELS: Record<string, string> = {
  startedAt: "actual start",
  endedAt: "actual end",
  notes: "notes",
  label: "label",
  shadeLabel: "shade",
  pigmentParts: "pigment parts",
  waterParts: "water parts",
  needleCount: "cartridges",
  coveragePct: "coverage %",
  densityPerCm2: "density",
  depthNotes: "depth notes",
  reactions: "skin response",
  anaestheticAppliedAt: "anaesthetic time",
};

/** A signed record: read-only, corrections listed beside the original, aftercare sheet to print. */
export function SignedView({ ws, formatter: f }: { ws: SessionWorkspace; formatter: Formatter }) {
  const session = ws.session as NonNullable<SessionWorkspace["session"]>;
  const amendments = session.amendments as AmendmentFact[];
  const [amending, setAmending] = useState(false);
  const value = (v: string | number | null, field: string) =>
    v === null || v === ""
      ? "empty"
      : field.endsWith("At") && typeof v === "string"
        ? f.time(Date.parse(v))
        : String(v);
  const target = (t: string) =>
    t === "session" ? "Session" : (session.zones.find((z) => z.id === t)?.label ?? "Zone");
  const endedAt = currentValue(session.endedAt, amendments, "session", "endedAt");
  const startedAt = currentValue(session.startedAt, amendments, "session", "startedAt");
  const notes = currentValue(session.notes, amendments, "session", "notes");
  return (
    <Stack gap="lg">
      <Alert color="teal" title="Signed off">
        Signed by {session.signedBy ?? "a former staff member"} on{" "}
        {session.signedAt ? f.dateTime(Date.parse(session.signedAt)) : ""}. This record can no
        longer be edited; add an amendment to correct it.
      </Alert>
      <Group gap="sm">
        <Button
          size="md"
          leftSection={<IconPencilPlus size={18} />}
          onClick={() => setAmending(true)}
        >
          Add amendment
        </Button>
        <Button
          size="md"
          variant="default"
          component="a"
          href={`/api/appointments/${ws.appointment.id}/aftercare.pdf`}
          target="_blank"
          rel="noopener"
          leftSection={<IconPrinter size={18} />}
        >
          Print aftercare sheet
        </Button>
      </Group>

      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Session
          </Title>
          <Text className="tabular">
            {typeof startedAt === "string" ? f.dateTime(Date.parse(startedAt)) : ""} to{" "}
            {typeof endedAt === "string" ? f.time(Date.parse(endedAt)) : "—"}
            {amendments.some((a) =>
              a.changes.some((c) => c.target === "session" && c.field.endsWith("At")),
            ) && (
              <Badge ml="xs" size="sm" color="orange" variant="light">
                Amended
              </Badge>
            )}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }} c={notes ? undefined : "dimmed"}>
            {notes || "No notes."}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Start checklist
          </Title>
          <Text size="sm" c="dimmed">
            Checked by {session.checklist.evaluatedBy} at{" "}
            {f.dateTime(Date.parse(session.checklist.evaluatedAt))}.
          </Text>
          {session.checklist.items.map((i) => {
            const b = itemBadge(i);
            return (
              <Group key={i.id} gap="sm" wrap="nowrap" align="flex-start">
                <Badge color={b.color} variant="light" miw={140} style={{ flexShrink: 0 }}>
                  {b.label}
                </Badge>
                <Stack gap={0}>
                  <Text fw={500}>{i.label}</Text>
                  {i.override && (
                    <Text size="sm">
                      Overridden by {i.override.byName}: “{i.override.reason}”
                    </Text>
                  )}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      </Paper>

      <Stack gap="sm">
        <Title order={3} size="h4">
          Zones worked
        </Title>
        {session.zones.map((z) => (
          <ZoneCard key={z.id} zone={z} formatter={f} amendments={amendments} />
        ))}
      </Stack>

      <SessionPhotos clientId={ws.client.id} sessionId={session.id} readOnly />

      <Stack gap="sm">
        <Title order={3} size="h4">
          Amendments
        </Title>
        {amendments.length === 0 && <Text c="dimmed">No amendments.</Text>}
        {amendments.map((a) => (
          <Card key={a.id} withBorder radius="md" padding="md">
            <Text size="sm" c="dimmed">
              {a.authorName}, {f.dateTime(Date.parse(a.createdAt))}
            </Text>
            <Text fw={500}>“{a.reason}”</Text>
            <List size="sm" mt={4}>
              {a.changes.map((c) => (
                <List.Item key={`${c.target}-${c.field}`}>
                  {target(c.target)}, {FIELD_LABELS[c.field] ?? c.field}: {value(c.from, c.field)} →{" "}
                  <strong>{value(c.to, c.field)}</strong>
                </List.Item>
              ))}
            </List>
          </Card>
        ))}
      </Stack>
      {amending && <AmendmentModal ws={ws} opened onClose={() => setAmending(false)} />}
    </Stack>
  );
}
