/// <reference lib="webworker" />
import { renderPreview } from "../../../domain/preview/index.ts";
import type { RgbaImage } from "../../../domain/preview/types.ts";
import type { FromWorker, ToWorker } from "./render-protocol.ts";

/**
 * Renders previews off the main thread: keeps the photo's pixels, renders each request with the
 * domain renderer into an OffscreenCanvas and hands the frame back as an ImageBitmap.
 */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let image: RgbaImage | null = null;
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "image") {
    image = { width: msg.width, height: msg.height, data: new Uint8ClampedArray(msg.data) };
    canvas = new OffscreenCanvas(msg.width, msg.height);
    return;
  }
  if (!image || !canvas) {
    scope.postMessage({ type: "error", id: msg.id, message: "The photo has not loaded yet." });
    return;
  }
  try {
    const started = performance.now();
    const out = renderPreview(image, msg.design, msg.params);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D context");
    ctx.putImageData(
      new ImageData(out.data as Uint8ClampedArray<ArrayBuffer>, out.width, out.height),
      0,
      0,
    );
    const bitmap = canvas.transferToImageBitmap();
    scope.postMessage({ type: "frame", id: msg.id, bitmap, ms: performance.now() - started }, [
      bitmap,
    ]);
  } catch (error) {
    scope.postMessage({ type: "error", id: msg.id, message: String(error) });
  }
};
