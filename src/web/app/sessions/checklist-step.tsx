import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { AnswerValue } from "../../../domain/screening/types.ts";
import {
  MIN_OVERRIDE_REASON,
  PRE_CARE_LABELS,
  type PreCareItemId,
  preCareItemIds,
} from "../../../domain/sessions/checklist.ts";
import type {
  ChecklistInput,
  ChecklistItemView,
  ChecklistResult,
} from "../../../shared/contracts/sessions.ts";
import { errorMessage, isApiError } from "../../lib/api.ts";
import type { AnswerDraft } from "../consultations/intake/intake-answers.ts";
import { useClinicToday } from "../consultations/use-clinic-today.ts";
import { itemBadge } from "./checklist-labels.ts";
import { RescreenForm, type RescreenMode } from "./rescreen-form.tsx";
import { questionnaireQuery, useEvaluateChecklist, useStartSession } from "./sessions-api.ts";

type SentAnswers = Record<string, string | boolean | string[]>;
const cleanAnswers = (draft: AnswerDraft): SentAnswers =>
  Object.fromEntries(
    Object.entries(draft)
      .map(
        ([id, v]) =>
          [id, typeof v === "string" ? v.trim() : Array.isArray(v) ? [...v] : v] as const,
      )
      .filter(([, v]) => v !== "" && !(Array.isArray(v) && v.length === 0)),
  ) as SentAnswers;

/** Before the session: every item checked, failures explained, overrides with a reason, then Start. */
export function ChecklistStep({
  appointmentId,
  canRecord,
}: {
  appointmentId: string;
  canRecord: boolean;
}) {
  const today = useClinicToday();
  const questionnaire = useQuery(questionnaireQuery);
  const [mode, setMode] = useState<RescreenMode>(null);
  const [answers, setAnswers] = useState<AnswerDraft>({});
  const [preCare, setPreCare] = useState<Partial<Record<PreCareItemId, boolean>>>({});
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ChecklistResult | null>(null);
  const evaluate = useEvaluateChecklist(appointmentId);
  const start = useStartSession(appointmentId);

  const input: ChecklistInput = useMemo(
    () => ({
      rescreen: mode ? { noChange: mode === "no_change", answers: cleanAnswers(answers) } : null,
      preCare,
      overrides: Object.entries(overrides)
        .filter(([, reason]) => reason.trim().length >= MIN_OVERRIDE_REASON)
        .map(([item, reason]) => ({
          item: item as ChecklistItemView["id"],
          reason: reason.trim(),
        })),
    }),
    [mode, answers, preCare, overrides],
  );

  // Re-evaluated a moment after each change, so the items follow the answers.
  const key = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised input is the dependency
  useEffect(() => {
    if (!canRecord) return;
    const timer = setTimeout(() => {
      evaluate.mutate(input, { onSuccess: setResult });
    }, 350);
    return () => clearTimeout(timer);
  }, [key, canRecord]);

  const onAnswer = (id: string, value: AnswerValue | undefined) =>
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });

  if (!canRecord) {
    return (
      <Alert color="gray" title="Not your session">
        Only the appointment's practitioner, an owner or an admin can start this session.
      </Alert>
    );
  }

  const ready = result?.canStart === true && !evaluate.isPending;
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md">
        <RescreenForm
          questionnaire={questionnaire.data}
          mode={mode}
          onMode={setMode}
          answers={answers}
          onAnswer={onAnswer}
          today={today}
        />
      </Paper>

      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Title order={3} size="h4">
            Pre-care followed?
          </Title>
          {preCareItemIds.map((id) => (
            <Group key={id} justify="space-between" wrap="nowrap" gap="md">
              <Text>{PRE_CARE_LABELS[id]}</Text>
              <SegmentedControl
                size="md"
                role="radiogroup"
                aria-label={PRE_CARE_LABELS[id]}
                value={preCare[id] === undefined ? "" : preCare[id] ? "yes" : "no"}
                onChange={(v) => setPreCare((p) => ({ ...p, [id]: v === "yes" }))}
                data={[
                  { value: "yes", label: "Yes" },
                  { value: "no", label: "No" },
                ]}
                style={{ flexShrink: 0 }}
              />
            </Group>
          ))}
        </Stack>
      </Paper>

      <Stack gap="sm" aria-live="polite">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Checklist
          </Title>
          {evaluate.isPending && (
            <Text size="sm" c="dimmed">
              Checking…
            </Text>
          )}
        </Group>
        {evaluate.isError && <Alert color="red">{errorMessage(evaluate.error)}</Alert>}
        {!result && !evaluate.isError && <Text c="dimmed">Checking the items…</Text>}
        {result?.items.map((item) => (
          <ItemCard
            key={item.id}
            item={item}
            reason={overrides[item.id]}
            onReason={(reason) =>
              setOverrides((o) => {
                const next = { ...o };
                if (reason === undefined) delete next[item.id];
                else next[item.id] = reason;
                return next;
              })
            }
          />
        ))}
      </Stack>

      {start.isError && (
        <Alert color="red" title="The session did not start">
          {isApiError(start.error, 409)
            ? "This session has already been started. Reload the page."
            : errorMessage(start.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        {!ready && result && (
          <Text size="sm" c="dimmed">
            Every item must pass or be overridden with a reason.
          </Text>
        )}
        <Button
          size="lg"
          disabled={!ready}
          loading={start.isPending}
          onClick={() => start.mutate(input)}
        >
          Start session
        </Button>
      </Group>
    </Stack>
  );
}

function ItemCard(props: {
  item: ChecklistItemView;
  reason: string | undefined;
  onReason: (reason: string | undefined) => void;
}) {
  const { item, reason, onReason } = props;
  const badge = itemBadge(item);
  const failed = item.status === "fail";
  const short = reason !== undefined && reason.trim().length < MIN_OVERRIDE_REASON;
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      data-item={item.id}
      data-status={item.override ? "overridden" : item.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{item.label}</Text>
          <Badge size="lg" color={badge.color} variant="light">
            {badge.label}
          </Badge>
        </Group>
        {item.reasons.map((r) => (
          <Text key={r} size="sm" c={failed && !item.override ? "red.8" : "dimmed"}>
            {r}
          </Text>
        ))}
        {failed && !item.overridable && (
          <Text size="sm" fw={500}>
            This cannot be overridden.
          </Text>
        )}
        {failed && item.overridable && reason === undefined && (
          <Group>
            <Button variant="default" size="md" onClick={() => onReason("")}>
              Override…
            </Button>
          </Group>
        )}
        {failed && item.overridable && reason !== undefined && (
          <Stack gap="xs">
            <Textarea
              label="Reason for going ahead"
              description={`At least ${MIN_OVERRIDE_REASON} characters; stored with your name and the time.`}
              autosize
              minRows={2}
              value={reason}
              error={
                short && reason.length > 0
                  ? `Write at least ${MIN_OVERRIDE_REASON} characters.`
                  : undefined
              }
              onChange={(e) => onReason(e.currentTarget.value)}
            />
            <Group>
              <Button variant="subtle" size="md" onClick={() => onReason(undefined)}>
                Remove override
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
