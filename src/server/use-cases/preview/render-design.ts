import sharp from "sharp";
import { renderPreview } from "../../../domain/preview/index.ts";
import type { PreviewDesign, PreviewParams } from "../../../domain/preview/types.ts";

/** The stored result is at most this many pixels on its long edge (the design scales to match). */
export const RENDER_MAX_EDGE = 2048;
export const RENDER_THUMB_EDGE = 400;

export interface RenderedDesign {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

/**
 * Renders a design on its photo in Node: the stored photo (already upright and stripped of
 * metadata) is decoded to raw RGBA within RENDER_MAX_EDGE, the design's coordinates and scale are
 * brought to that size, and the result is encoded as a JPEG with a 400 px thumbnail.
 */
export async function renderDesign(
  photo: Buffer,
  design: PreviewDesign,
  params: PreviewParams,
): Promise<RenderedDesign> {
  const { data, info } = await sharp(photo)
    .resize({
      width: RENDER_MAX_EDGE,
      height: RENDER_MAX_EDGE,
      fit: "inside",
      withoutEnlargement: true,
    })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // renderPreview brings the design (drawn on the full photo) to the decoded size.
  const rendered = renderPreview(
    {
      width: info.width,
      height: info.height,
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    },
    design,
    params,
  );
  const pixels = Buffer.from(
    rendered.data.buffer,
    rendered.data.byteOffset,
    rendered.data.byteLength,
  );
  const raw = { raw: { width: rendered.width, height: rendered.height, channels: 4 as const } };
  const full = await sharp(pixels, raw).removeAlpha().jpeg({ quality: 88 }).toBuffer();
  const thumb = await sharp(full)
    .resize({ width: RENDER_THUMB_EDGE, height: RENDER_THUMB_EDGE, fit: "inside" })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { full, thumb, width: rendered.width, height: rendered.height };
}
