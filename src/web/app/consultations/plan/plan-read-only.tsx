import { Card, Grid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { PlanView } from "../../../../shared/contracts/consultations.ts";
import { useFormatter } from "../../../lib/format.ts";
import { PigmentAndCaveats, PlanStats } from "./plan-summary.tsx";
import { SessionsTable, ZonesTable } from "./plan-tables.tsx";

/** A plan that can no longer change (signed, or its consultation is closed). */
export function PlanReadOnly({ view, banner }: { view: PlanView; banner: ReactNode }) {
  const formatter = useFormatter();
  const { plan } = view;
  return (
    <Stack gap="lg">
      <Title order={2} fz="h3">
        Treatment plan
      </Title>
      {banner}
      <PlanStats plan={plan} />
      <PigmentAndCaveats plan={plan} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card component="section" aria-label="Zones" h="100%">
            <Title order={3} fz="lg" mb="xs">
              Zones
            </Title>
            <ZonesTable plan={plan} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card component="section" aria-label="Sessions" h="100%">
            <Title order={3} fz="lg" mb="xs">
              Sessions
            </Title>
            <SessionsTable plan={plan} />
          </Card>
        </Grid.Col>
      </Grid>
      <Card component="section" aria-labelledby="plan-aftercare-title">
        <Title order={3} fz="lg" mb="xs" id="plan-aftercare-title">
          Aftercare and price
        </Title>
        <Stack gap={4}>
          {plan.touchUps.map((t) => (
            <Text key={t.label} size="sm">
              {t.label}: between day {t.fromDay} and day {t.toDay} after the last session
            </Text>
          ))}
          <Text size="sm">
            Recall after {plan.recallMonths} months
            {plan.secondRecallMonths ? `, and again at ${plan.secondRecallMonths} months` : ""}.
          </Text>
          <Text size="sm">
            Agreed price <strong>{formatter.money(view.quote.totalPence)}</strong> (deposit{" "}
            {formatter.money(view.quote.depositPence)}).
          </Text>
          {plan.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {plan.notes}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
