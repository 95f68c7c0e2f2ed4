import { useQuery } from "@tanstack/react-query";
import type { RgbaImage } from "../../../domain/preview/types.ts";

/** The editor works on the photo at most this wide or tall, so a frame renders fast enough. */
export const WORK_MAX_EDGE = 1024;

export interface WorkImage {
  /** The photo's pixels at working size. */
  image: RgbaImage;
  /** The same pixels ready to draw (the "before"). */
  canvas: HTMLCanvasElement;
  /** Working size ÷ the stored photo's size. */
  factor: number;
}

async function load(url: string, photoWidth: number, signal: AbortSignal): Promise<WorkImage> {
  const res = await fetch(url, { signal, credentials: "same-origin" });
  if (!res.ok)
    throw new Error(
      res.status === 410 ? "The photo link expired." : "The photo could not be loaded.",
    );
  const bitmap = await createImageBitmap(await res.blob());
  const scale = Math.min(1, WORK_MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("This browser cannot draw images.");
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const data = ctx.getImageData(0, 0, width, height);
  return {
    image: { width, height, data: data.data },
    canvas,
    factor: width / photoWidth,
  };
}

/** Loads a photo through its signed URL and decodes it at working size. */
export function usePhotoPixels(photoId: string | null, url: string | null, photoWidth: number) {
  return useQuery({
    queryKey: ["preview", "pixels", photoId],
    queryFn: ({ signal }) => load(url as string, photoWidth, signal),
    enabled: !!photoId && !!url,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: 1,
  });
}
