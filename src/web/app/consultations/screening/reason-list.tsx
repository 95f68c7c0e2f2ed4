import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconClockPause, IconFileCertificate } from "@tabler/icons-react";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { calendarDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import type { ClearanceInput } from "../consultations-api.ts";
import {
  clearanceKindLabels,
  isClearableRule,
  outcomeInfo,
  ruleLabel,
} from "./screening-labels.ts";

type Screening = NonNullable<ConsultationDetail["screening"]>;
type Reason = Screening["reasons"][number];
export type ClearanceRequest = Pick<ClearanceInput, "ruleId" | "kind">;

/** Every reason the screening gave, strongest first, with what can be recorded against it. */
export function ReasonList({
  consultation,
  screening,
  readOnly,
  onRecord,
}: {
  consultation: ConsultationDetail;
  screening: Screening;
  readOnly: boolean;
  onRecord: (request: ClearanceRequest & { message: string }) => void;
}) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {screening.reasons.map((reason) => (
        <ReasonItem
          // Reasons have no id of their own, but a rule fires at most once.
          key={reason.ruleId}
          reason={reason}
          consultation={consultation}
          readOnly={readOnly}
          onRecord={onRecord}
        />
      ))}
    </Stack>
  );
}

function ReasonItem({
  reason,
  consultation,
  readOnly,
  onRecord,
}: {
  reason: Reason;
  consultation: ConsultationDetail;
  readOnly: boolean;
  onRecord: (request: ClearanceRequest & { message: string }) => void;
}) {
  const { clinic } = useMe();
  const outcome = outcomeInfo[reason.outcome];
  // The engine appends "Cleared: …" to the message; the screen says it in its own line instead.
  const message = reason.cleared ? reason.message.replace(/\s*Cleared: .*$/, "") : reason.message;
  const kind =
    reason.outcome === "gp_letter" ? "gp_letter" : reason.outcome === "defer" ? "deferral" : null;
  const ruleId = isClearableRule(reason.ruleId) ? reason.ruleId : null;
  const canRecord = !readOnly && !reason.cleared;

  return (
    <Paper component="li" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: "1 1 320px" }} miw={0}>
          <Group gap="xs">
            <Badge color={reason.cleared ? "gray" : outcome.colour} variant="light">
              {outcome.label}
            </Badge>
            <Text fw={600} size="sm">
              {ruleLabel(reason.ruleId)}
            </Text>
            {reason.patchTest && (
              <Badge color="grape" variant="outline">
                Patch test advised
              </Badge>
            )}
          </Group>
          <Text
            size="sm"
            td={reason.cleared ? "line-through" : undefined}
            c={reason.cleared ? "dimmed" : undefined}
          >
            {message}
          </Text>
          {reason.cleared && (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconCircleCheck
                size={18}
                color="var(--mantine-color-green-filled)"
                aria-hidden="true"
              />
              <Text size="sm" c="var(--mantine-color-green-light-color)" fw={500}>
                Cleared: {clearedBy(consultation, reason.cleared, clinic.locale)}
              </Text>
            </Group>
          )}
        </Stack>
        {canRecord && kind && ruleId && (
          <Button
            variant="light"
            color={outcome.colour}
            size="md"
            leftSection={
              kind === "gp_letter" ? (
                <IconFileCertificate size={18} aria-hidden="true" />
              ) : (
                <IconClockPause size={18} aria-hidden="true" />
              )
            }
            onClick={() => onRecord({ ruleId, kind, message })}
          >
            {kind === "gp_letter" ? "Record GP letter" : "Record agreed deferral date"}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function clearedBy(
  consultation: ConsultationDetail,
  cleared: NonNullable<Reason["cleared"]>,
  locale: string,
): string {
  const record = consultation.clearances.find(
    (c) =>
      c.ruleId === cleared.ruleId && c.kind === cleared.kind && c.recordedOn === cleared.recordedOn,
  );
  const who = record?.recordedByName ? ` by ${record.recordedByName}` : "";
  return `${clearanceKindLabels[cleared.kind]} recorded${who} on ${calendarDate(cleared.recordedOn, locale)}`;
}
