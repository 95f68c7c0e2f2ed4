import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle, IconTestPipe } from "@tabler/icons-react";
import {
  estimatedImpressions,
  type TreatmentPlan,
  totalAreaCm2,
} from "../../../../domain/planning/index.ts";
import classes from "./plan.module.css";
import { HAIR_PLAN_LABELS, ratioText } from "./plan-words.ts";
import { ShadeSwatch } from "./shade-swatch.tsx";

const number = new Intl.NumberFormat("en-GB");

function Stat({ label, value, unit }: { label: string; value: string; unit?: string }) {
  return (
    <div className={classes.stat}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      <Text fz="xl" fw={650} lh={1.3}>
        {value}
        {unit && (
          <Text span fz="sm" c="dimmed" fw={500}>
            {" "}
            {unit}
          </Text>
        )}
      </Text>
    </div>
  );
}

/** The size of the job at a glance; follows the edits as they are made. */
export function PlanStats({ plan }: { plan: TreatmentPlan }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
      <Stat label="Treated area" value={number.format(totalAreaCm2(plan))} unit="cm²" />
      <Stat label="Target density" value={String(plan.targetDensityPerCm2)} unit="per cm²" />
      <Stat label="Impressions" value={`≈ ${number.format(estimatedImpressions(plan))}`} />
      <Stat label="Sessions" value={String(plan.sessions.length)} />
      <Stat label="Hair plan" value={HAIR_PLAN_LABELS[plan.hairLengthPlan]} />
    </SimpleGrid>
  );
}

/** The suggested pigment, the blue-shift warning, the patch test and what to tell the client. */
export function PigmentAndCaveats({ plan }: { plan: TreatmentPlan }) {
  const { pigment, patchTest } = plan;
  const risk = pigment.blueShiftRisk;
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby="plan-pigment-title"
        style={risk ? { borderColor: "var(--mantine-color-orange-6)", borderWidth: 2 } : undefined}
      >
        <Group gap="md" align="flex-start" wrap="nowrap">
          <ShadeSwatch strengthPct={pigment.strengthPct} size={56} />
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} fz="md" id="plan-pigment-title">
              Suggested pigment: {pigment.shadeLabel}
            </Title>
            <Text size="sm">
              {ratioText(pigment.ratio)} · {pigment.strengthPct} % strength at the final session
            </Text>
            {risk && (
              <Group gap={8} wrap="nowrap" align="flex-start" role="note">
                <IconAlertTriangle
                  size={20}
                  color="var(--mantine-color-orange-7)"
                  aria-hidden="true"
                  style={{ flex: "none", marginTop: 1 }}
                />
                <Text size="sm" fw={650} style={{ color: "#9a3412" }}>
                  Blue-shift risk: fair skin can heal blue or green with a dark shade. Do not go
                  darker than {pigment.strengthPct} %.
                </Text>
              </Group>
            )}
            {pigment.notes.length > 0 && (
              <List size="sm" c="dimmed" spacing={2}>
                {pigment.notes.map((note) => (
                  <List.Item key={note}>{note}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Group>
      </Paper>

      {patchTest.required && (
        <Paper
          withBorder
          p="md"
          bg="grape.0"
          style={{ borderColor: "var(--mantine-color-grape-2)" }}
        >
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge
              color="grape"
              variant="filled"
              size="lg"
              leftSection={<IconTestPipe size={14} aria-hidden="true" />}
              style={{ flex: "none" }}
            >
              Patch test required
            </Badge>
            <Text size="sm" c="grape.9">
              {patchTest.reason ?? "A patch test is needed before treatment."} Read it at least{" "}
              {patchTest.minHoursBeforeSession} h before session 1.
            </Text>
          </Group>
        </Paper>
      )}

      {plan.caveats.length > 0 && (
        <Alert
          color="blue"
          variant="light"
          title="Tell the client"
          icon={<IconInfoCircle size={18} aria-hidden="true" />}
        >
          <List size="sm" spacing={4}>
            {plan.caveats.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
