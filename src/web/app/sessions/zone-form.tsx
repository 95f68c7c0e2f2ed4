import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type ZoneId, zoneIds } from "../../../domain/planning/types.ts";
import { ZONE_LABELS } from "../../../domain/planning/zones.ts";
import type { Formatter } from "../../../domain/time/format.ts";
import {
  epochToLocal,
  formatLocalTime,
  parseLocalTime,
  wallClockToEpoch,
} from "../../../domain/time/zoned.ts";
import type { SessionWorkspace, ZoneView } from "../../../shared/contracts/sessions.ts";
import type { StockKind } from "../../../shared/contracts/stock.ts";
import { errorMessage } from "../../lib/api.ts";
import { usableBatchesQuery, useAddZone, useUpdateZone } from "./sessions-api.ts";

interface ZoneFormProps {
  ws: SessionWorkspace;
  zone: ZoneView | null;
  opened: boolean;
  formatter: Formatter;
  onClose: () => void;
}

function BatchSelect(props: {
  kind: StockKind;
  on: string;
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  required?: boolean;
  formatter: Formatter;
  current?: { id: string; label: string } | null;
}) {
  const batches = useQuery(usableBatchesQuery(props.kind, props.on));
  const data = (batches.data?.items ?? []).map((b) => ({
    value: b.id,
    label: `${b.brand} ${b.product}${b.needleConfig ? ` ${b.needleConfig}` : ""} · lot ${b.lot} · use by ${props.formatter.date(Date.parse(`${b.expiresOn}T12:00:00Z`))}`,
  }));
  if (props.current && !data.some((d) => d.value === props.current?.id))
    data.unshift({ value: props.current.id, label: props.current.label });
  return (
    <Select
      size="md"
      label={props.label}
      withAsterisk={props.required}
      placeholder={
        batches.isPending
          ? "Loading batches…"
          : data.length
            ? "Pick a batch"
            : "No usable batches in stock"
      }
      data={data}
      value={props.value}
      onChange={props.onChange}
      clearable={!props.required}
      searchable
      nothingFoundMessage="No usable batch matches"
      error={batches.isError ? errorMessage(batches.error) : undefined}
    />
  );
}

const refLabel = (b: ZoneView["pigmentBatch"]) => `${b.brand} ${b.product} · lot ${b.lot}`;

/** One zone worked: batches, dilution, needles, depth, coverage, density, anaesthetic, reactions. */
export function ZoneForm({ ws, zone, opened, formatter, onClose }: ZoneFormProps) {
  const session = ws.session;
  const zoneTz = ws.appointment.timeZone;
  const on = session ? epochToLocal(Date.parse(session.startedAt), zoneTz).date : "";
  const planSession = ws.plan?.session ?? null;
  const planZones = ws.plan?.zones ?? [];
  const firstFree = planZones.find((z) => !session?.zones.some((s) => s.zone === z.id));
  const [zoneId, setZoneId] = useState<ZoneId>(zone?.zone ?? firstFree?.id ?? "hairline");
  const [label, setLabel] = useState(zone?.label ?? firstFree?.label ?? ZONE_LABELS.hairline);
  const [pigment, setPigment] = useState<string | null>(zone?.pigmentBatch.id ?? null);
  const [pigmentParts, setPigmentParts] = useState<number | string>(
    zone?.pigmentParts ?? planSession?.pigmentParts ?? 1,
  );
  const [waterParts, setWaterParts] = useState<number | string>(
    zone?.waterParts ?? planSession?.waterParts ?? 1,
  );
  const [shade, setShade] = useState(zone?.shadeLabel ?? planSession?.shadeLabel ?? "");
  const [needle, setNeedle] = useState<string | null>(zone?.needleBatch.id ?? null);
  const [needleCount, setNeedleCount] = useState<number | string>(zone?.needleCount ?? 1);
  const [depth, setDepth] = useState(zone?.depthNotes ?? "");
  const [coverage, setCoverage] = useState<number | string>(
    zone?.coveragePct ?? planSession?.coveragePct ?? "",
  );
  const [density, setDensity] = useState<number | string>(
    zone?.densityPerCm2 ?? ws.plan?.targetDensityPerCm2 ?? "",
  );
  const [anaesthetic, setAnaesthetic] = useState<string | null>(zone?.anaestheticBatch?.id ?? null);
  const [anaestheticTime, setAnaestheticTime] = useState(
    zone?.anaestheticAppliedAt
      ? formatLocalTime(epochToLocal(Date.parse(zone.anaestheticAppliedAt), zoneTz).minutes)
      : "",
  );
  const [reactions, setReactions] = useState(zone?.reactions ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const add = useAddZone(ws.appointment.id);
  const update = useUpdateZone(ws.appointment.id);
  const saving = add.isPending || update.isPending;

  const zoneOptions = [
    ...planZones.map((z) => ({ value: z.id, label: `${z.label} (in the plan)` })),
    ...zoneIds
      .filter((id) => !planZones.some((z) => z.id === id))
      .map((id) => ({ value: id, label: ZONE_LABELS[id] })),
  ];
  const num = (v: number | string) => (v === "" ? null : Number(v));

  function save() {
    if (!session) return;
    if (!pigment || !needle) {
      setProblem("Pick the pigment batch and the needle batch used.");
      return;
    }
    if (anaestheticTime && !anaesthetic) {
      setProblem("Pick the anaesthetic batch, or clear its time.");
      return;
    }
    setProblem(null);
    const input = {
      zone: zoneId,
      label: label.trim() || ZONE_LABELS[zoneId],
      pigmentBatchId: pigment,
      pigmentParts: Number(pigmentParts),
      waterParts: Number(waterParts),
      shadeLabel: shade,
      needleBatchId: needle,
      needleCount: Number(needleCount),
      depthNotes: depth,
      coveragePct: num(coverage),
      densityPerCm2: num(density),
      anaestheticBatchId: anaesthetic,
      anaestheticAppliedAt:
        anaesthetic && anaestheticTime
          ? new Date(wallClockToEpoch(on, parseLocalTime(anaestheticTime), zoneTz)).toISOString()
          : null,
      reactions,
      version: session.version,
    };
    const done = { onSuccess: onClose, onError: (e: unknown) => setProblem(errorMessage(e)) };
    if (zone) update.mutate({ ...input, zoneId: zone.id }, done);
    else add.mutate(input, done);
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={zone ? `Edit ${zone.label}` : "Record a zone"}
      size="xl"
    >
      <Stack gap="md">
        {planSession && (
          <Text size="sm" c="dimmed">
            Plan for session {planSession.number}: {planSession.shadeLabel.toLowerCase()} (
            {planSession.ratio}), coverage to {planSession.coveragePct} %. {planSession.focus}
          </Text>
        )}
        <SimpleGrid cols={2}>
          <Select
            size="md"
            label="Zone"
            data={zoneOptions}
            value={zoneId}
            allowDeselect={false}
            onChange={(v) => {
              const id = (v ?? "hairline") as ZoneId;
              setZoneId(id);
              setLabel(planZones.find((z) => z.id === id)?.label ?? ZONE_LABELS[id]);
            }}
          />
          <TextInput
            size="md"
            label="Label"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            maxLength={80}
          />
        </SimpleGrid>
        <BatchSelect
          kind="pigment"
          on={on}
          label="Pigment batch"
          required
          value={pigment}
          onChange={setPigment}
          formatter={formatter}
          current={zone ? { id: zone.pigmentBatch.id, label: refLabel(zone.pigmentBatch) } : null}
        />
        <SimpleGrid cols={3}>
          <NumberInput
            size="md"
            label="Pigment parts"
            min={1}
            max={20}
            allowDecimal={false}
            value={pigmentParts}
            onChange={setPigmentParts}
          />
          <NumberInput
            size="md"
            label="Water parts"
            min={0}
            max={20}
            allowDecimal={false}
            value={waterParts}
            onChange={setWaterParts}
            description={`Dilution ${pigmentParts || "?"} : ${waterParts === "" ? "?" : waterParts}`}
          />
          <TextInput
            size="md"
            label="Shade"
            value={shade}
            onChange={(e) => setShade(e.currentTarget.value)}
            maxLength={40}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <BatchSelect
            kind="needle"
            on={on}
            label="Needle batch"
            required
            value={needle}
            onChange={setNeedle}
            formatter={formatter}
            current={zone ? { id: zone.needleBatch.id, label: refLabel(zone.needleBatch) } : null}
          />
          <NumberInput
            size="md"
            label="Cartridges used"
            min={1}
            max={100}
            allowDecimal={false}
            value={needleCount}
            onChange={setNeedleCount}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput
            size="md"
            label="Coverage reached (%)"
            min={0}
            max={100}
            allowDecimal={false}
            value={coverage}
            onChange={setCoverage}
          />
          <NumberInput
            size="md"
            label="Density (impressions per cm²)"
            min={1}
            max={1000}
            allowDecimal={false}
            value={density}
            onChange={setDensity}
          />
        </SimpleGrid>
        <Textarea
          size="md"
          label="Depth notes"
          autosize
          minRows={2}
          value={depth}
          onChange={(e) => setDepth(e.currentTarget.value)}
          maxLength={1000}
        />
        <SimpleGrid cols={2}>
          <BatchSelect
            kind="anaesthetic"
            on={on}
            label="Anaesthetic batch (if used)"
            value={anaesthetic}
            onChange={setAnaesthetic}
            formatter={formatter}
            current={
              zone?.anaestheticBatch
                ? { id: zone.anaestheticBatch.id, label: refLabel(zone.anaestheticBatch) }
                : null
            }
          />
          <TextInput
            size="md"
            type="time"
            label="Anaesthetic applied at"
            value={anaestheticTime}
            onChange={(e) => setAnaestheticTime(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          size="md"
          label="Skin response and reactions"
          placeholder="Bleeding, swelling, redness…"
          autosize
          minRows={2}
          value={reactions}
          onChange={(e) => setReactions(e.currentTarget.value)}
          maxLength={1000}
        />
        {problem && <Alert color="red">{problem}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            Cancel
          </Button>
          <Button size="md" loading={saving} onClick={save}>
            {zone ? "Save zone" : "Add zone"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
