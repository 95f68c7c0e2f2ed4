import { renderPreview } from "../../../domain/preview/index.ts";
import type { PreviewDesign, PreviewParams, RgbaImage } from "../../../domain/preview/types.ts";
import type { FromWorker, ToWorker } from "./render-protocol.ts";

export interface Frame {
  source: CanvasImageSource;
  width: number;
  height: number;
  /** Time the renderer itself took, in ms. */
  ms: number;
  /** Where it ran, for the record. */
  where: "worker" | "main";
}

interface Request {
  id: number;
  design: PreviewDesign;
  params: PreviewParams;
  resolve: (frame: Frame | null) => void;
}

/**
 * Renders frames of one photo, latest request wins: while one render runs, only the newest waiting
 * request is kept (older ones resolve null), so dragging a slider never queues up stale frames.
 * Uses a module Web Worker with OffscreenCanvas; without OffscreenCanvas it renders on the main
 * thread instead.
 */
export class RenderClient {
  private worker: Worker | null = null;
  private busy: Request | null = null;
  private waiting: Request | null = null;
  private nextId = 1;
  private canvas: HTMLCanvasElement | null = null;

  constructor(private readonly image: RgbaImage) {
    const canOffscreen =
      typeof OffscreenCanvas !== "undefined" &&
      typeof Worker !== "undefined" &&
      "transferToImageBitmap" in OffscreenCanvas.prototype;
    if (canOffscreen) {
      try {
        this.worker = new Worker(new URL("./render-worker.ts", import.meta.url), {
          type: "module",
        });
        this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.onFrame(e.data);
        this.worker.onerror = () => this.fallBack();
        const copy = image.data.slice().buffer;
        this.post({ type: "image", width: image.width, height: image.height, data: copy }, [copy]);
      } catch {
        this.worker = null;
      }
    }
  }

  get mode(): "worker" | "main" {
    return this.worker ? "worker" : "main";
  }

  render(design: PreviewDesign, params: PreviewParams): Promise<Frame | null> {
    return new Promise((resolve) => {
      const req = { id: this.nextId++, design, params, resolve };
      if (this.waiting) this.waiting.resolve(null);
      this.waiting = req;
      this.pump();
    });
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.busy?.resolve(null);
    this.waiting?.resolve(null);
    this.busy = null;
    this.waiting = null;
  }

  private post(msg: ToWorker, transfer: Transferable[] = []) {
    this.worker?.postMessage(msg, transfer);
  }

  private pump() {
    if (this.busy || !this.waiting) return;
    const req = this.waiting;
    this.waiting = null;
    this.busy = req;
    if (this.worker) {
      this.post({ type: "render", id: req.id, design: req.design, params: req.params });
      return;
    }
    // Main thread: yield first so the slider's own repaint is not held up by the render.
    setTimeout(() => {
      const frame = this.renderHere(req);
      this.busy = null;
      req.resolve(frame);
      this.pump();
    }, 0);
  }

  private onFrame(msg: FromWorker) {
    const req = this.busy;
    if (!req || req.id !== msg.id) return;
    this.busy = null;
    if (msg.type === "frame") {
      req.resolve({
        source: msg.bitmap,
        width: msg.bitmap.width,
        height: msg.bitmap.height,
        ms: msg.ms,
        where: "worker",
      });
    } else {
      req.resolve(null);
    }
    this.pump();
  }

  /** A worker that fails to start (e.g. blocked) gives way to rendering here. */
  private fallBack() {
    this.worker?.terminate();
    this.worker = null;
    const req = this.busy;
    this.busy = null;
    if (req && !this.waiting) this.waiting = req;
    else req?.resolve(null);
    this.pump();
  }

  private renderHere(req: Request): Frame | null {
    const started = performance.now();
    const out = renderPreview(this.image, req.design, req.params);
    const canvas = document.createElement("canvas");
    canvas.width = out.width;
    canvas.height = out.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(out.data), out.width, out.height), 0, 0);
    this.canvas = canvas;
    return {
      source: this.canvas,
      width: out.width,
      height: out.height,
      ms: performance.now() - started,
      where: "main",
    };
  }
}
