import { Box, Group, Slider, Stack, Text } from "@mantine/core";
import { type PointerEvent, useEffect, useRef, useState } from "react";
import type { Frame } from "./render-client.ts";
import type { WorkImage } from "./use-photo-pixels.ts";

interface CompareProps {
  work: WorkImage;
  frame: Frame | null;
  mode: "slider" | "side";
}

const canvasStyle = (aspect: number) => ({
  display: "block",
  width: "100%",
  maxWidth: `calc(74vh * ${aspect})`,
  height: "auto",
  margin: "0 auto",
  borderRadius: 8,
  background: "#111",
});

/** Before and after: a slider over one image, or the two next to each other. */
export function CompareView({ work, frame, mode }: CompareProps) {
  return mode === "slider" ? (
    <BeforeAfterSlider work={work} frame={frame} />
  ) : (
    <SideBySide work={work} frame={frame} />
  );
}

function BeforeAfterSlider({ work, frame }: Omit<CompareProps, "mode">) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [split, setSplit] = useState(50);
  const dragging = useRef(false);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const { width, height } = canvas;
    const x = Math.round((split / 100) * width);
    ctx.drawImage(work.canvas, 0, 0, width, height);
    if (frame) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, x, height);
      ctx.clip();
      ctx.drawImage(frame.source, 0, 0, width, height);
      ctx.restore();
    }
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(x - 1.5, 0, 3, height);
    ctx.beginPath();
    ctx.arc(x, height / 2, 16, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#1f8a94";
    ctx.font = "600 16px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText("⇔", x, height / 2 + 1);
  }, [work, frame, split]);

  const follow = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    setSplit(Math.min(100, Math.max(0, ((e.clientX - rect.left) / rect.width) * 100)));
  };

  return (
    <Stack gap="xs">
      <canvas
        ref={ref}
        width={work.image.width}
        height={work.image.height}
        role="img"
        aria-label="Before and after: the simulation left of the divider, the photo right of it"
        data-testid="compare-slider-canvas"
        style={{
          ...canvasStyle(work.image.width / work.image.height),
          touchAction: "none",
          cursor: "ew-resize",
        }}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          follow(e);
        }}
        onPointerMove={(e) => dragging.current && follow(e)}
        onPointerUp={() => {
          dragging.current = false;
        }}
      />
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600}>
          After
        </Text>
        <Slider
          thumbLabel="Before and after divider"
          value={split}
          onChange={setSplit}
          min={0}
          max={100}
          label={(v) => `${Math.round(v)} % after`}
          style={{ flex: 1 }}
          size="lg"
          thumbSize={24}
        />
        <Text size="sm" fw={600}>
          Before
        </Text>
      </Group>
    </Stack>
  );
}

function SideBySide({ work, frame }: Omit<CompareProps, "mode">) {
  const before = useRef<HTMLCanvasElement>(null);
  const after = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const b = before.current?.getContext("2d");
    const a = after.current?.getContext("2d");
    const { width, height } = work.image;
    b?.drawImage(work.canvas, 0, 0, width, height);
    a?.drawImage(frame ? frame.source : work.canvas, 0, 0, width, height);
  }, [work, frame]);
  const style = { ...canvasStyle(work.image.width / work.image.height), maxWidth: "100%" };
  return (
    <Group grow align="flex-start" gap="sm" wrap="nowrap">
      {(
        [
          [before, "Before"],
          [after, "After (simulation)"],
        ] as const
      ).map(([r, label]) => (
        <Box key={label}>
          <canvas
            ref={r}
            width={work.image.width}
            height={work.image.height}
            role="img"
            aria-label={label}
            style={style}
          />
          <Text size="sm" ta="center" mt={4}>
            {label}
          </Text>
        </Box>
      ))}
    </Group>
  );
}
