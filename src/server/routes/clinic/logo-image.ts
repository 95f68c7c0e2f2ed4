import sharp from "sharp";
import { LOGO_MAX_BYTES } from "../../../shared/contracts/clinic.ts";
import { AppError, badRequest } from "../../http/problem.ts";

const ACCEPTED = new Set(["png", "jpeg", "webp"]);
const LOGO_SIZE = 512;
/** A 2 MB file can still decode to a huge bitmap; refuse anything above ~40 megapixels. */
const MAX_PIXELS = 40_000_000;

export const tooLarge = () =>
  new AppError({
    type: "https://stipple.dev/problems/too-large",
    title: "File too large",
    status: 413,
    detail: `The logo must be at most ${LOGO_MAX_BYTES / 1024 / 1024} MB.`,
  });

const notAnImage = () => badRequest("The logo must be a PNG, JPEG or WebP image.");

/**
 * Turns an uploaded image into the stored logo: upright (EXIF orientation applied), within
 * 512×512, PNG. sharp writes no metadata unless asked, so EXIF and GPS tags are dropped.
 */
export async function processLogo(input: Uint8Array): Promise<Buffer> {
  if (input.byteLength > LOGO_MAX_BYTES) throw tooLarge();
  if (input.byteLength === 0) throw badRequest("The uploaded file is empty.");
  const options = { limitInputPixels: MAX_PIXELS, failOn: "error" as const };
  let format: string | undefined;
  try {
    format = (await sharp(input, options).metadata()).format;
  } catch {
    throw notAnImage();
  }
  if (!format || !ACCEPTED.has(format)) throw notAnImage();
  try {
    return await sharp(input, options)
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "inside", withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch {
    throw badRequest("The image could not be read. It may be damaged or too large in pixels.");
  }
}
