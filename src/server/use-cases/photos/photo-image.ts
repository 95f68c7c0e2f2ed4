import sharp from "sharp";
import { AppError, badRequest } from "../../http/problem.ts";

/** Limits for one uploaded photo; the byte limit comes from the PHOTO_MAX_MB setting. */
export interface PhotoLimits {
  maxBytes: number;
  /** Decoded pixels refused above this (decompression bombs): 100 MP covers any phone camera. */
  maxInputPixels: number;
  /** Long edge of the stored photo. */
  maxEdge: number;
  /** Long edge of the thumbnail. */
  thumbEdge: number;
  quality: number;
}

export const defaultPhotoLimits: PhotoLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxInputPixels: 100_000_000,
  maxEdge: 3000,
  thumbEdge: 400,
  quality: 85,
};

export interface ProcessedPhoto {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

const ACCEPTED = new Set(["jpeg", "png", "webp"]);

const problem = (status: 413 | 422, type: string, title: string, detail: string) =>
  new AppError({ type: `https://stipple.dev/problems/${type}`, title, status, detail });

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const photoTooLarge = (maxBytes: number) =>
  problem(413, "too-large", "Photo too large", `The photo must be at most ${megabytes(maxBytes)}.`);

const notAnImage = () =>
  problem(
    422,
    "not-an-image",
    "Not a photo",
    "The file is not a photo. Upload a JPEG, PNG or WebP image.",
  );

/**
 * Checks an uploaded photo by its bytes (never its name or declared type) and produces the stored
 * versions: upright (EXIF orientation applied), converted to sRGB, every metadata block (EXIF, GPS,
 * XMP, IPTC, ICC) dropped, re-encoded as JPEG within `maxEdge`, plus a thumbnail.
 */
export async function processPhoto(
  input: Buffer,
  limits: PhotoLimits = defaultPhotoLimits,
): Promise<ProcessedPhoto> {
  if (input.byteLength === 0) throw badRequest("The uploaded file is empty.");
  if (input.byteLength > limits.maxBytes) throw photoTooLarge(limits.maxBytes);
  const options = { limitInputPixels: false as const, failOn: "error" as const };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, options).metadata();
  } catch {
    throw notAnImage();
  }
  if (meta.format === "heif") {
    if (meta.compression === "hevc") {
      throw problem(
        422,
        "unsupported-image",
        "HEIC is not supported",
        "HEIC photos are not supported. Please use JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible).",
      );
    }
  } else if (!meta.format || !ACCEPTED.has(meta.format)) {
    throw notAnImage();
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > limits.maxInputPixels) {
    throw problem(
      422,
      "too-many-pixels",
      "Photo too large in pixels",
      `The photo is ${meta.width}×${meta.height} pixels; at most ${Math.round(limits.maxInputPixels / 1_000_000)} megapixels are accepted.`,
    );
  }
  const decode = { limitInputPixels: limits.maxInputPixels, failOn: "error" as const };
  try {
    // Decode once (upright, sRGB) to a raw bitmap, then encode both sizes from it. sharp keeps
    // no metadata unless withMetadata/keepExif is asked for, so nothing from the camera survives.
    const { data, info } = await sharp(input, decode)
      .rotate()
      .toColourspace("srgb")
      .resize(limits.maxEdge, limits.maxEdge, { fit: "inside", withoutEnlargement: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const full = await sharp(data, raw).jpeg({ quality: limits.quality, mozjpeg: true }).toBuffer();
    const thumb = await sharp(data, raw)
      .resize(limits.thumbEdge, limits.thumbEdge, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    return { full, thumb, width: info.width, height: info.height };
  } catch {
    throw problem(
      422,
      "corrupt-image",
      "Photo could not be read",
      "The photo could not be read: the file may be damaged or only partly uploaded. Please take or upload it again.",
    );
  }
}
