import sharp from "sharp";
import { badRequest } from "../../http/problem.ts";

const MAX_WIDTH = 2400;
const MAX_HEIGHT = 1200;

/**
 * Checks a drawn signature (a PNG data URL from the signature pad) and re-encodes it without
 * metadata. Refuses anything that is not a PNG, is too large, or has nothing drawn on it.
 */
export async function processSignature(dataUrl: string): Promise<Buffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  const input = Buffer.from(base64, "base64");
  const unreadable = () =>
    badRequest("The signature could not be read. Ask the client to sign again.");
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { failOn: "error" }).metadata();
  } catch {
    throw unreadable();
  }
  if (meta.format !== "png" || !meta.width || !meta.height) throw unreadable();
  if (meta.width > MAX_WIDTH || meta.height > MAX_HEIGHT) {
    throw badRequest(`The signature image must be at most ${MAX_WIDTH}×${MAX_HEIGHT} pixels.`);
  }
  // Ink = pixels that are both visible and dark; a blank pad has none.
  let pixels: { data: Buffer; info: sharp.OutputInfo };
  try {
    pixels = await sharp(input, { failOn: "error" })
      .toColourspace("srgb")
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unreadable();
  }
  const { data, info } = pixels;
  let ink = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const alpha = data[i + 3] ?? 0;
    const lum = ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255)) / 3;
    if (alpha > 64 && lum < 160) ink++;
  }
  if (ink < 50) {
    throw badRequest("The signature is empty. Ask the client to sign in the box.", {
      errors: [{ field: "signature", message: "is empty" }],
    });
  }
  try {
    return await sharp(input, { failOn: "error" }).png().toBuffer();
  } catch {
    throw unreadable();
  }
}
