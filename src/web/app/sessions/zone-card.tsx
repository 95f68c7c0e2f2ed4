import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import {
  type AmendmentFact,
  currentValue,
  fieldHistory,
} from "../../../domain/sessions/amendments.ts";
import type { Formatter } from "../../../domain/time/format.ts";
import type { BatchRef, ZoneView } from "../../../shared/contracts/sessions.ts";

const batch = (b: BatchRef, f: Formatter) =>
  `${b.brand} ${b.product}${b.needleConfig ? ` ${b.needleConfig}` : ""}, lot ${b.lot} (use by ${f.date(Date.parse(`${b.expiresOn}T12:00:00Z`))})`;

function Field(props: {
  label: string;
  children: ReactNode;
  history?: ReturnType<typeof fieldHistory>;
  show?: (v: string | number | null) => string;
}) {
  const last = props.history?.at(-1);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      {last ? (
        <>
          <Text td="line-through" c="dimmed" size="sm">
            {props.children}
          </Text>
          <Group gap={6}>
            <Text fw={600}>{props.show ? props.show(last.to) : String(last.to ?? "—")}</Text>
            <Badge size="sm" color="orange" variant="light">
              Amended
            </Badge>
          </Group>
        </>
      ) : (
        <Text>{props.children}</Text>
      )}
    </Stack>
  );
}

/** One zone as recorded; on a signed record, amended fields show the original struck through. */
export function ZoneCard(props: {
  zone: ZoneView;
  formatter: Formatter;
  amendments?: readonly AmendmentFact[];
  actions?: ReactNode;
}) {
  const { zone: z, formatter: f, amendments = [], actions } = props;
  const h = (field: string) => fieldHistory(amendments, z.id, field);
  const dilutionHistory = [...h("pigmentParts"), ...h("waterParts")];
  const dilutionNow = `${currentValue(z.pigmentParts, amendments, z.id, "pigmentParts")} : ${currentValue(z.waterParts, amendments, z.id, "waterParts")}`;
  const pct = (v: string | number | null) => (v === null ? "—" : `${v} %`);
  const time = (v: string | number | null) => (typeof v === "string" ? f.time(Date.parse(v)) : "—");
  return (
    <Card withBorder radius="md" padding="md" data-zone={z.zone}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={650} size="lg">
            {z.label}
          </Text>
          {actions}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Field label="Pigment">{batch(z.pigmentBatch, f)}</Field>
          <Field
            label="Dilution (pigment : water)"
            history={dilutionHistory}
            show={() => dilutionNow}
          >
            {z.pigmentParts} : {z.waterParts}
          </Field>
          <Field label="Shade" history={h("shadeLabel")}>
            {z.shadeLabel || "—"}
          </Field>
          <Field label="Needles">{batch(z.needleBatch, f)}</Field>
          <Field label="Cartridges" history={h("needleCount")}>
            {z.needleCount}
          </Field>
          <Field label="Coverage" history={h("coveragePct")} show={pct}>
            {pct(z.coveragePct)}
          </Field>
          <Field label="Density per cm²" history={h("densityPerCm2")}>
            {z.densityPerCm2 ?? "—"}
          </Field>
          <Field label="Anaesthetic">
            {z.anaestheticBatch ? batch(z.anaestheticBatch, f) : "None"}
          </Field>
          <Field label="Applied at" history={h("anaestheticAppliedAt")} show={time}>
            {time(z.anaestheticAppliedAt)}
          </Field>
        </SimpleGrid>
        <Field label="Depth notes" history={h("depthNotes")}>
          {z.depthNotes || "—"}
        </Field>
        <Field label="Skin response" history={h("reactions")}>
          {z.reactions || "None noted"}
        </Field>
      </Stack>
    </Card>
  );
}
