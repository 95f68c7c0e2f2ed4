import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconFlask, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import { epochToLocal, formatLocalTime } from "../../../domain/time/zoned.ts";
import type { PatchTest, PatchTestResult } from "../../../shared/contracts/patch-tests.ts";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import { stockBatchesQuery } from "../stock/stock-api.ts";
import {
  patchTestsQuery,
  useRecordPatchTest,
  useRecordReading,
  wallClockToIso,
} from "./patch-tests-api.ts";

const resultBadge: Record<PatchTestResult, { label: string; color: string }> = {
  pending: { label: "To be read", color: "yellow" },
  negative: { label: "Negative", color: "teal" },
  positive: { label: "Positive", color: "red" },
  declined: { label: "Declined (waiver)", color: "gray" },
};

/** "YYYY-MM-DD HH:mm" for now in the clinic's zone, the pickers' default. */
function localNow(timeZone: string): string {
  const l = epochToLocal(Date.now(), timeZone);
  return `${l.date} ${formatLocalTime(l.minutes)}`;
}

/** The client's patch tests (reference §4.6) and recording a test and its reading. Clinical staff only. */
export function ClientPatchTestsCard({ clientId }: { clientId: string }) {
  const me = useMe();
  if (me.member.role === "receptionist") return null;
  return <PatchTestsCard clientId={clientId} />;
}

function PatchTestsCard({ clientId }: { clientId: string }) {
  const tests = useQuery(patchTestsQuery(clientId));
  const fmt = useFormatter(tests.data?.timeZone);
  const [adding, setAdding] = useState(false);
  const policy = tests.data?.policy;
  return (
    <Card>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Patch tests
          </Title>
          {!adding && tests.data && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setAdding(true)}
            >
              Record test
            </Button>
          )}
        </Group>
        {policy && (
          <Text size="xs" c="dimmed">
            {policy.required ? "Required at this clinic" : "Optional at this clinic"}; read at least{" "}
            {policy.minHoursBeforeSession} hours after it is applied.
          </Text>
        )}
        {tests.isPending ? (
          <Skeleton h={48} />
        ) : tests.isError ? (
          <QueryError
            error={tests.error}
            onRetry={() => void tests.refetch()}
            title="Could not load patch tests"
          />
        ) : (
          <>
            {adding && (
              <NewTestForm
                clientId={clientId}
                timeZone={tests.data.timeZone}
                onDone={() => setAdding(false)}
              />
            )}
            {tests.data.items.length === 0 && !adding ? (
              <Group gap="xs" c="dimmed">
                <IconFlask size={18} aria-hidden="true" />
                <Text size="sm">No patch test recorded.</Text>
              </Group>
            ) : (
              tests.data.items.map((t) => (
                <TestRow
                  key={t.id}
                  test={t}
                  fmt={fmt}
                  clientId={clientId}
                  timeZone={tests.data.timeZone}
                />
              ))
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function TestRow(props: { test: PatchTest; fmt: Formatter; clientId: string; timeZone: string }) {
  const { test: t, fmt } = props;
  const [reading, setReading] = useState(false);
  const badge = resultBadge[t.result];
  return (
    <Stack
      gap={6}
      p="sm"
      style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: 8 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="sm" fw={500}>
            {t.result === "declined" ? "Declined" : "Applied"}{" "}
            {fmt.dateTime(Date.parse(t.performedAt))}
          </Text>
          <Text size="xs" c="dimmed">
            {t.pigmentBatch
              ? `${t.pigmentBatch.brand} ${t.pigmentBatch.product}, lot ${t.pigmentBatch.lot}`
              : "No pigment batch recorded"}
            {t.readAt ? ` · read ${fmt.dateTime(Date.parse(t.readAt))}` : ""}
            {t.result === "pending"
              ? ` · readable from ${fmt.dateTime(Date.parse(t.readableFrom))}`
              : ""}
          </Text>
        </div>
        <Badge variant="light" color={badge.color} style={{ flexShrink: 0 }}>
          {badge.label}
        </Badge>
      </Group>
      {t.notes && (
        <Text size="xs" style={{ whiteSpace: "pre-wrap" }}>
          {t.notes}
        </Text>
      )}
      {t.result === "pending" &&
        (reading ? (
          <ReadingForm {...props} onDone={() => setReading(false)} />
        ) : (
          <Button size="xs" variant="default" w="fit-content" onClick={() => setReading(true)}>
            Record reading
          </Button>
        ))}
    </Stack>
  );
}

function NewTestForm(props: { clientId: string; timeZone: string; onDone: () => void }) {
  const record = useRecordPatchTest(props.clientId);
  const pigments = useQuery(stockBatchesQuery({ kind: "pigment", usable: true }));
  const [performedAt, setPerformedAt] = useState<string | null>(localNow(props.timeZone));
  const [batchId, setBatchId] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const [notes, setNotes] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const save = () => {
    const at = wallClockToIso(performedAt, props.timeZone);
    if (!at) return setProblem("Enter when the test was applied, as dd/mm/yyyy hh:mm.");
    setProblem(null);
    record.mutate(
      {
        performedAt: at,
        result: declined ? "declined" : "pending",
        pigmentBatchId: batchId,
        notes,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: "green",
            title: "Patch test recorded",
            message: declined ? "Waiver noted." : "Record the reading once it is due.",
          });
          props.onDone();
        },
        onError: (e) => setProblem(errorMessage(e)),
      },
    );
  };

  return (
    <Stack gap="xs" p="sm" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 8 }}>
      <Checkbox
        label="Client declined the test and signed a waiver"
        checked={declined}
        onChange={(e) => setDeclined(e.currentTarget.checked)}
      />
      <DateTimePicker
        label={declined ? "Waiver signed" : "Applied"}
        description={`Clinic time (${props.timeZone.replaceAll("_", " ")})`}
        valueFormat="DD/MM/YYYY HH:mm"
        placeholder="dd/mm/yyyy hh:mm"
        value={performedAt}
        onChange={setPerformedAt}
        required
      />
      {!declined && (
        <Select
          label="Pigment tested"
          placeholder={
            pigments.data?.items.length === 0
              ? "No usable pigment batches in Stock"
              : "Choose a batch"
          }
          data={(pigments.data?.items ?? []).map((b) => ({
            value: b.id,
            label: `${b.brand} ${b.product} · lot ${b.lot}`,
          }))}
          value={batchId}
          onChange={setBatchId}
          searchable
          clearable
        />
      )}
      <Textarea
        label="Notes"
        autosize
        minRows={1}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      {problem && (
        <Alert color="red" icon={<IconAlertCircle size={16} />} role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={props.onDone}>
          Cancel
        </Button>
        <Button size="xs" loading={record.isPending} onClick={save}>
          Save test
        </Button>
      </Group>
    </Stack>
  );
}

function ReadingForm(props: {
  test: PatchTest;
  clientId: string;
  timeZone: string;
  onDone: () => void;
}) {
  const read = useRecordReading(props.clientId);
  const [result, setResult] = useState<"negative" | "positive">("negative");
  const [readAt, setReadAt] = useState<string | null>(localNow(props.timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const at = wallClockToIso(readAt, props.timeZone);
    if (!at) return setProblem("Enter when the test was read, as dd/mm/yyyy hh:mm.");
    setProblem(null);
    read.mutate(
      { id: props.test.id, result, readAt: at },
      { onSuccess: props.onDone, onError: (e) => setProblem(errorMessage(e)) },
    );
  };
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Result"
        fullWidth
        value={result}
        onChange={(v) => setResult(v === "positive" ? "positive" : "negative")}
        data={[
          { value: "negative", label: "Negative" },
          { value: "positive", label: "Positive" },
        ]}
      />
      <DateTimePicker
        label="Read"
        valueFormat="DD/MM/YYYY HH:mm"
        placeholder="dd/mm/yyyy hh:mm"
        value={readAt}
        onChange={setReadAt}
        required
      />
      {problem && (
        <Alert color="red" icon={<IconAlertCircle size={16} />} role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={props.onDone}>
          Cancel
        </Button>
        <Button size="xs" loading={read.isPending} onClick={save}>
          Save reading
        </Button>
      </Group>
    </Stack>
  );
}
