import { Button, Group, SegmentedControl, Slider, Stack, Text } from "@mantine/core";
import { IconArrowsShuffle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import {
  type PreviewHealing,
  type PreviewParams,
  type PreviewStage,
  previewHealings,
  previewStages,
} from "../../../domain/preview/types.ts";
import { healingLabels, stageLabels } from "./editor-model.ts";
import { markChange } from "./use-live-render.ts";

interface ParamsPanelProps {
  params: PreviewParams;
  readOnly: boolean;
  /** The plan's suggested final pigment strength, shown as a mark on the shade slider. */
  planShadePct: number | null;
  change: (params: PreviewParams, transient?: boolean) => void;
  commit: () => void;
}

interface SliderSpec {
  key: "densityPerCm2" | "dotDiameterMm" | "shadePct" | "softnessMm" | "randomness";
  label: string;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  hint: string;
}

export const sliderSpecs: SliderSpec[] = [
  {
    key: "densityPerCm2",
    label: "Density",
    min: 20,
    max: 160,
    step: 5,
    format: (v) => `${Math.round(v)} per cm²`,
    hint: "Impressions per cm²; about 100 at the end of a course.",
  },
  {
    key: "dotDiameterMm",
    label: "Dot size",
    min: 0.2,
    max: 1,
    step: 0.05,
    format: (v) => `${v.toFixed(2)} mm`,
    hint: "Average impression diameter.",
  },
  {
    key: "shadePct",
    label: "Shade",
    min: 5,
    max: 100,
    step: 1,
    format: (v) => `${Math.round(v)} % pigment`,
    hint: "Pigment strength in the mix (100 % is undiluted).",
  },
  {
    key: "softnessMm",
    label: "Hairline softness",
    min: 0,
    max: 15,
    step: 0.5,
    format: (v) => `${v.toFixed(1)} mm`,
    hint: "Width of the feathered transition at the hairline and edges.",
  },
  {
    key: "randomness",
    label: "Randomness",
    min: 0,
    max: 1,
    step: 0.05,
    format: (v) => `${Math.round(v * 100)} %`,
    hint: "How irregular size, tone and spacing are.",
  },
];

/** Sliders and stage choice for the simulation; every change re-renders live. */
export function ParamsPanel({ params, readOnly, planShadePct, change, commit }: ParamsPanelProps) {
  const set = <K extends keyof PreviewParams>(
    key: K,
    value: PreviewParams[K],
    transient = false,
  ) => {
    markChange();
    change({ ...params, [key]: value }, transient);
  };
  return (
    <Stack gap="md">
      {sliderSpecs.map((s) => {
        const marks =
          s.key === "shadePct" && planShadePct !== null
            ? [{ value: planShadePct, label: "Plan" }]
            : s.key === "densityPerCm2"
              ? [{ value: 100, label: "100" }]
              : undefined;
        return (
          <Field key={s.key} label={s.label} value={s.format(params[s.key])} hint={s.hint}>
            <Slider
              // Room for the mark's label under the track, clear of the hint below.
              mb={marks ? "lg" : undefined}
              thumbLabel={s.label}
              min={s.min}
              max={s.max}
              step={s.step}
              value={params[s.key]}
              disabled={readOnly}
              label={s.format}
              size="lg"
              thumbSize={26}
              marks={marks}
              onChange={(v) => set(s.key, v, true)}
              onChangeEnd={commit}
              data-testid={`slider-${s.key}`}
            />
          </Field>
        );
      })}
      <Stack gap={6} mt="xs">
        <Text size="sm" fw={600} id="stage-label">
          Stage
        </Text>
        <SegmentedControl
          aria-labelledby="stage-label"
          fullWidth
          disabled={readOnly}
          value={params.stage}
          data={previewStages.map((v) => ({ value: v, label: stageLabels[v] }))}
          onChange={(v) => set("stage", v as PreviewStage)}
        />
        <SegmentedControl
          aria-label="Healing"
          fullWidth
          disabled={readOnly}
          value={params.healing}
          data={previewHealings.map((v) => ({ value: v, label: healingLabels[v] }))}
          onChange={(v) => set("healing", v as PreviewHealing)}
        />
      </Stack>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconArrowsShuffle size={14} aria-hidden="true" />}
          disabled={readOnly}
          onClick={() => set("seed", (Math.imul(params.seed | 0, 1103515245) + 12345) >>> 1)}
        >
          Another random pattern
        </Button>
      </Group>
    </Stack>
  );
}

function Field({
  label,
  value,
  hint,
  children,
}: {
  label: string;
  value: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {value}
        </Text>
      </Group>
      {children}
      <Text size="xs" c="dimmed" mt={2}>
        {hint}
      </Text>
    </Stack>
  );
}
