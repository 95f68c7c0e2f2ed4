import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Slider,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBrush,
  IconEraser,
  IconPointFilled,
  IconRuler2,
  IconTimeline,
} from "@tabler/icons-react";
import {
  type HairlineHelperId,
  hairlineHelperIds,
  type PreviewDesign,
} from "../../../domain/preview/types.ts";
import { ESTIMATED_PHOTO_WIDTH_MM, type Tool, withCalibration } from "./editor-model.ts";
import { hairlineFromHelpers, helperLabels, nextHelper } from "./hairline.ts";

interface ToolsPanelProps {
  tool: Tool;
  setTool: (tool: Tool) => void;
  design: PreviewDesign;
  change: (design: PreviewDesign) => void;
  brushMm: number;
  setBrushMm: (mm: number) => void;
  calibrationMm: number;
  setCalibrationMm: (mm: number) => void;
  helperToPlace: HairlineHelperId | null;
  setHelperToPlace: (id: HairlineHelperId | null) => void;
  undo: { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean };
}

const toolOptions: { value: Tool; label: string; icon: typeof IconBrush }[] = [
  { value: "calibrate", label: "Scale", icon: IconRuler2 },
  { value: "helpers", label: "Helpers", icon: IconPointFilled },
  { value: "hairline", label: "Hairline", icon: IconTimeline },
  { value: "paint", label: "Paint", icon: IconBrush },
  { value: "erase", label: "Erase", icon: IconEraser },
];

/** Tool choice and the tool's own settings, with undo and redo. */
export function ToolsPanel(p: ToolsPanelProps) {
  const { design } = p;
  const pending = nextHelper(design.helpers);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <SegmentedControl
          aria-label="Drawing tool"
          size="md"
          value={p.tool}
          onChange={(v) => p.setTool(v as Tool)}
          data={toolOptions.map((t) => ({
            value: t.value,
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                <t.icon size={18} aria-hidden="true" />
                <span>{t.label}</span>
              </Group>
            ),
          }))}
          style={{ flex: 1 }}
        />
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Undo (Ctrl+Z)">
            <ActionIcon
              variant="default"
              size="xl"
              aria-label="Undo"
              onClick={p.undo.undo}
              disabled={!p.undo.canUndo}
            >
              <IconArrowBackUp size={20} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Redo (Ctrl+Shift+Z)">
            <ActionIcon
              variant="default"
              size="xl"
              aria-label="Redo"
              onClick={p.undo.redo}
              disabled={!p.undo.canRedo}
            >
              <IconArrowForwardUp size={20} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      {p.tool === "calibrate" && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NumberInput
            label="Known distance"
            description="e.g. a ruler or a 20 mm sticker in the photo"
            suffix=" mm"
            min={1}
            max={500}
            w={200}
            value={p.calibrationMm}
            onChange={(v) => {
              const mm = typeof v === "number" ? v : Number(v);
              if (!(mm > 0)) return;
              p.setCalibrationMm(mm);
              if (design.calibration)
                p.change(withCalibration(design, { ...design.calibration, mm }));
            }}
          />
          <Text size="sm" c="dimmed" style={{ flex: "1 1 220px" }}>
            {design.calibration
              ? `Calibrated: ${design.pxPerMm.toFixed(2)} pixels per mm.`
              : `Estimated scale: the photo is taken as about ${ESTIMATED_PHOTO_WIDTH_MM / 10} cm wide. Drag along the known distance to calibrate.`}
          </Text>
          {design.calibration && (
            <Button variant="subtle" onClick={() => p.change(withCalibration(design, null))}>
              Use the estimate
            </Button>
          )}
        </Group>
      )}

      {p.tool === "helpers" && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Tap places"
            w={300}
            allowDeselect={false}
            value={p.helperToPlace ?? pending ?? "mid_frontal"}
            onChange={(v) => p.setHelperToPlace(v as HairlineHelperId)}
            data={hairlineHelperIds.map((id) => ({
              value: id,
              label: `${helperLabels[id]}${design.helpers[id] ? " ✓" : ""}`,
            }))}
          />
          <Button
            variant="light"
            disabled={Object.keys(design.helpers).length < 2}
            onClick={() => p.change({ ...design, hairline: hairlineFromHelpers(design.helpers) })}
          >
            Draw hairline through helpers
          </Button>
        </Group>
      )}

      {p.tool === "hairline" && (
        <Group gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ flex: "1 1 260px" }}>
            The painted area is trimmed to the hairline's side. Points near a helper snap onto it.
          </Text>
          <Button
            variant="subtle"
            color="red"
            disabled={design.hairline.length === 0}
            onClick={() => p.change({ ...design, hairline: [] })}
          >
            Clear hairline
          </Button>
        </Group>
      )}

      {(p.tool === "paint" || p.tool === "erase") && (
        <Group gap="sm" align="center" wrap="nowrap">
          <Text size="sm" fw={600} id="brush-size" style={{ whiteSpace: "nowrap" }}>
            Brush size
          </Text>
          <Slider
            thumbLabel="Brush size"
            min={4}
            max={80}
            step={1}
            value={p.brushMm}
            onChange={p.setBrushMm}
            label={(v) => `${v} mm`}
            size="lg"
            thumbSize={24}
            style={{ flex: 1 }}
          />
          <Text size="sm" c="dimmed" w={56} ta="right">
            {p.brushMm} mm
          </Text>
          <Button
            variant="subtle"
            color="red"
            disabled={design.strokes.length === 0}
            onClick={() => p.change({ ...design, strokes: [] })}
          >
            Clear area
          </Button>
        </Group>
      )}
    </Stack>
  );
}
