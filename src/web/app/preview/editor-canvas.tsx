import { Box, Loader, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { PreviewDesign } from "../../../domain/preview/types.ts";
import type { Tool } from "./editor-model.ts";
import { drawOverlay } from "./overlay-draw.ts";
import type { Frame } from "./render-client.ts";
import type { useCanvasTools } from "./use-canvas-tools.ts";
import type { WorkImage } from "./use-photo-pixels.ts";

interface EditorCanvasProps {
  work: WorkImage;
  frame: Frame | null;
  design: PreviewDesign;
  tool: Tool;
  brushRadiusPx: number;
  tools: ReturnType<typeof useCanvasTools>;
  readOnly: boolean;
  /** Show the photo without the simulation (the "before"). */
  before?: boolean;
}

const toolHelp: Record<Tool, string> = {
  calibrate: "Drag from one end of the known distance to the other.",
  helpers: "Tap to place the chosen helper point; drag a helper to move it.",
  hairline:
    "Tap to add a hairline point, drag a point to move it. Arrow keys nudge the selected point, Delete removes it, [ and ] choose another.",
  paint: "Paint the treatment area with your finger or the mouse.",
  erase: "Erase from the treatment area.",
};

/** The photo with the live simulation and the drawing on top; takes pointer and keyboard input. */
export function EditorCanvas({
  work,
  frame,
  design,
  tool,
  brushRadiusPx,
  tools,
  readOnly,
  before,
}: EditorCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    ctx.drawImage(!before && frame ? frame.source : work.canvas, 0, 0, canvas.width, canvas.height);
    const rect = canvas.getBoundingClientRect();
    const editing = !readOnly;
    drawOverlay(ctx, design, {
      factor: work.factor,
      dpr: rect.width > 0 ? canvas.width / rect.width : 1,
      showHairline: tool === "hairline" || tool === "helpers" || (editing && tool !== "calibrate"),
      showHelpers: tool === "helpers" || tool === "hairline",
      showCalibration: tool === "calibrate",
      showMask: tool === "paint" || tool === "erase",
      selectedPoint: tool === "hairline" ? tools.selectedPoint : null,
      selectedHelper: tool === "helpers" ? tools.selectedHelper : null,
      brush:
        editing && tools.hover && (tool === "paint" || tool === "erase")
          ? { at: tools.hover, radiusPx: brushRadiusPx, erase: tool === "erase" }
          : null,
    });
  }, [
    work,
    frame,
    design,
    tool,
    tools.selectedPoint,
    tools.selectedHelper,
    tools.hover,
    brushRadiusPx,
    readOnly,
    before,
  ]);

  return (
    <Box pos="relative">
      <canvas
        ref={ref}
        width={work.image.width}
        height={work.image.height}
        tabIndex={0}
        aria-label={`Preview drawing area. ${readOnly ? "Read only." : toolHelp[tool]}`}
        data-testid="preview-canvas"
        style={{
          display: "block",
          width: "100%",
          maxWidth: `calc(74vh * ${work.image.width / work.image.height})`,
          height: "auto",
          margin: "0 auto",
          borderRadius: 8,
          touchAction: "none",
          cursor: readOnly
            ? "default"
            : tool === "paint" || tool === "erase"
              ? "none"
              : "crosshair",
          background: "#111",
        }}
        {...(readOnly ? {} : tools.handlers)}
      />
      {!frame && (
        <Box
          pos="absolute"
          top={8}
          right={8}
          bg="rgba(0,0,0,0.55)"
          px="sm"
          py={4}
          style={{ borderRadius: 6 }}
        >
          <Loader size="xs" color="white" aria-label="Rendering the preview" />
        </Box>
      )}
      {!readOnly && (
        <Text size="sm" c="dimmed" mt={6}>
          {toolHelp[tool]}
        </Text>
      )}
    </Box>
  );
}
