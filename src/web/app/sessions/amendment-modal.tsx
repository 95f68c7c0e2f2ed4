import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import {
  type AmendmentFact,
  type AmendValue,
  currentValue,
} from "../../../domain/sessions/amendments.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { AmendmentInput, SessionWorkspace } from "../../../shared/contracts/sessions.ts";
import { errorMessage } from "../../lib/api.ts";
import { clockToIso, localClock } from "./session-times.ts";
import { useAmend } from "./sessions-api.ts";

type Kind = "text" | "number" | "time";
const SESSION_FIELDS: Record<string, [string, Kind]> = {
  startedAt: ["Actual start", "time"],
  endedAt: ["Actual end", "time"],
  notes: ["Session notes", "text"],
};
const ZONE_FIELDS: Record<string, [string, Kind]> = {
  label: ["Label", "text"],
  shadeLabel: ["Shade", "text"],
  pigmentParts: ["Pigment parts", "number"],
  waterParts: ["Water parts", "number"],
  needleCount: ["Cartridges", "number"],
  coveragePct: ["Coverage (%)", "number"],
  densityPerCm2: ["Density per cm²", "number"],
  depthNotes: ["Depth notes", "text"],
  reactions: ["Skin response", "text"],
  anaestheticAppliedAt: ["Anaesthetic applied at", "time"],
};

/** Adds a correction to a signed record: one field at a time, with its reason. */
export function AmendmentModal(props: {
  ws: SessionWorkspace;
  opened: boolean;
  onClose: () => void;
}) {
  const { ws, opened, onClose } = props;
  const session = ws.session as NonNullable<SessionWorkspace["session"]>;
  const zone = ws.appointment.timeZone;
  const date = epochToLocal(Date.parse(session.startedAt), zone).date;
  const amendments = session.amendments as AmendmentFact[];
  const [target, setTarget] = useState<string>(session.zones[0]?.id ?? "session");
  const [field, setField] = useState<string | null>(null);
  const [value, setValue] = useState<string | number>("");
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const amend = useAmend(ws.appointment.id);
  const fields = target === "session" ? SESSION_FIELDS : ZONE_FIELDS;
  const kind = field ? fields[field]?.[1] : undefined;

  const original = (): AmendValue => {
    if (!field) return null;
    const source = target === "session" ? session : session.zones.find((z) => z.id === target);
    return ((source as Record<string, unknown> | undefined)?.[field] as AmendValue) ?? null;
  };
  const from = field ? currentValue(original(), amendments, target, field) : null;
  const show = (v: AmendValue) =>
    v === null || v === ""
      ? "empty"
      : kind === "time" && typeof v === "string"
        ? localClock(v, zone)
        : String(v);

  function submit() {
    if (!field) return setProblem("Choose the field to correct.");
    let to: AmendValue;
    if (kind === "number") to = value === "" ? null : Number(value);
    else if (kind === "time") {
      to =
        value === ""
          ? null
          : clockToIso(
              typeof from === "string" ? epochToLocal(Date.parse(from), zone).date : date,
              String(value),
              zone,
            );
      if (value !== "" && !to) return setProblem("Enter a time like 10:30.");
    } else to = String(value);
    if (reason.trim().length < 10) return setProblem("Give a reason of at least 10 characters.");
    setProblem(null);
    amend.mutate(
      {
        reason: reason.trim(),
        changes: [{ target, field: field as AmendmentInput["changes"][number]["field"], from, to }],
      },
      {
        onSuccess: () => {
          setField(null);
          setValue("");
          setReason("");
          onClose();
        },
        onError: (e) => setProblem(errorMessage(e)),
      },
    );
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Add an amendment" size="lg">
      <Stack gap="md">
        <Select
          size="md"
          label="What to correct"
          allowDeselect={false}
          value={target}
          onChange={(v) => {
            setTarget(v ?? "session");
            setField(null);
          }}
          data={[
            ...session.zones.map((z) => ({ value: z.id, label: `Zone: ${z.label}` })),
            { value: "session", label: "The session (times, notes)" },
          ]}
        />
        <Select
          size="md"
          label="Field"
          placeholder="Choose a field"
          value={field}
          onChange={(v) => {
            setField(v);
            setValue("");
          }}
          data={Object.entries(fields).map(([value, [label]]) => ({ value, label }))}
        />
        {field && (
          <>
            <TextInput
              size="md"
              label="Recorded now"
              value={show(from)}
              readOnly
              variant="filled"
            />
            {kind === "number" && (
              <NumberInput
                size="md"
                label="Correct value"
                value={value}
                onChange={setValue}
                allowDecimal={false}
                min={0}
              />
            )}
            {kind === "time" && (
              <TextInput
                size="md"
                type="time"
                label="Correct time"
                value={String(value)}
                onChange={(e) => setValue(e.currentTarget.value)}
              />
            )}
            {kind === "text" && (
              <Textarea
                size="md"
                label="Correct value"
                autosize
                minRows={2}
                value={String(value)}
                onChange={(e) => setValue(e.currentTarget.value)}
              />
            )}
          </>
        )}
        <Textarea
          size="md"
          label="Reason"
          description="At least 10 characters. The original record stays; this correction is shown beside it."
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {problem && <Alert color="red">{problem}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            Cancel
          </Button>
          <Button size="md" loading={amend.isPending} onClick={submit}>
            Add amendment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
