import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconClockPause, IconFileCertificate } from "@tabler/icons-react";
import { useState } from "react";
import type {
  ClearanceView,
  ConsultationDetail,
} from "../../../../shared/contracts/consultations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { calendarDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { calendarWeekday } from "../consultation-labels.ts";
import { useWithdrawClearance } from "../consultations-api.ts";
import { useSaveFeedback } from "../save-feedback.tsx";
import { clearanceKindLabels, ruleLabel, verdictHeadline } from "./screening-labels.ts";

/** The client's GP letters and agreed deferrals on record, each of which can be withdrawn. */
export function ClearanceList({
  consultation,
  readOnly,
}: {
  consultation: ConsultationDetail;
  readOnly: boolean;
}) {
  const { clinic } = useMe();
  const withdraw = useWithdrawClearance(consultation.id);
  const feedback = useSaveFeedback();
  const [pending, setPending] = useState<ClearanceView | null>(null);
  if (consultation.clearances.length === 0) return null;

  const confirm = () => {
    if (!pending) return;
    withdraw.mutate(pending.id, {
      onSuccess: (next) => {
        feedback.saved(
          `${clearanceKindLabels[pending.kind]} withdrawn`,
          next.screening ? `Screening: ${verdictHeadline(next.screening, clinic.locale)}.` : "",
        );
        setPending(null);
      },
      onError: (error) => {
        feedback.failed(error, "Not withdrawn");
        setPending(null);
      },
    });
  };

  return (
    <Card component="section" aria-labelledby="clearances-title">
      <Title order={3} fz="md" id="clearances-title">
        GP letters and deferrals on record
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        These belong to the client, so they count in every consultation.
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {consultation.clearances.map((c) => (
          <Group
            component="li"
            key={c.id}
            justify="space-between"
            align="flex-start"
            gap="md"
            wrap="nowrap"
          >
            <Group gap="sm" align="flex-start" wrap="nowrap" miw={0}>
              <ThemeIcon variant="light" color="slate" size={36} radius="md" aria-hidden="true">
                {c.kind === "gp_letter" ? (
                  <IconFileCertificate size={20} />
                ) : (
                  <IconClockPause size={20} />
                )}
              </ThemeIcon>
              <Stack gap={2} miw={0}>
                <Text fw={600} size="sm">
                  {clearanceKindLabels[c.kind]}: {ruleLabel(c.ruleId)}
                </Text>
                <Text size="sm" c="dimmed">
                  {c.until ? `Until ${calendarWeekday(c.until, clinic.locale)} · ` : ""}
                  Recorded {calendarDate(c.recordedOn, clinic.locale)}
                  {c.recordedByName ? ` by ${c.recordedByName}` : ""}
                </Text>
                {c.note && (
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    “{c.note}”
                  </Text>
                )}
              </Stack>
            </Group>
            {!readOnly && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setPending(c)}
                aria-label={`Withdraw ${clearanceKindLabels[c.kind]}: ${ruleLabel(c.ruleId)}`}
              >
                Withdraw
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === "deferral" ? "Withdraw this deferral?" : "Withdraw this GP letter?"
        }
        confirmLabel="Withdraw"
        destructive
        loading={withdraw.isPending}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      >
        The screening will be run again without it
        {pending ? ` (${ruleLabel(pending.ruleId).toLowerCase()})` : ""}, which may stop treatment
        from being booked. Withdraw only if it was recorded by mistake or no longer holds.
      </ConfirmDialog>
    </Card>
  );
}
