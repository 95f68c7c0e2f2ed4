import type { PreviewDesign, PreviewParams } from "../../../domain/preview/types.ts";

/** Messages between the editor and its render worker. */
export type ToWorker =
  | { type: "image"; width: number; height: number; data: ArrayBuffer }
  | { type: "render"; id: number; design: PreviewDesign; params: PreviewParams };

export type FromWorker =
  | { type: "frame"; id: number; bitmap: ImageBitmap; ms: number }
  | { type: "error"; id: number; message: string };
