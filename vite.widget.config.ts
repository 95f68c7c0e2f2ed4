import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";

/** The budget the issue sets for the embeddable widget: gzipped JavaScript. */
export const WIDGET_LIMIT_KB = 60;
export const WIDGET_FILE = "stipple-booking.js";

/** Gzipped size of a file in KB (1 KB = 1024 bytes). */
export function gzippedKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Prints the bundle's gzipped size after the build and fails it over the limit. */
function sizeBudget(): Plugin {
  let outDir = "";
  return {
    name: "stipple-widget-size",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const kb = gzippedKb(path.join(outDir, WIDGET_FILE));
      const line = `widget: ${WIDGET_FILE} ${kb.toFixed(1)} KB gzipped (limit ${WIDGET_LIMIT_KB} KB)`;
      if (kb > WIDGET_LIMIT_KB) throw new Error(`${line}: over the limit`);
      console.warn(line);
    },
  };
}

/**
 * The embeddable booking widget: src/widget/main.ts as one self-contained, minified IIFE with
 * its CSS inlined (it is injected into the widget's shadow root), in dist/widget.
 */
export default defineConfig({
  root: fileURLToPath(new URL("./src/widget", import.meta.url)),
  publicDir: false,
  plugins: [sizeBudget()],
  esbuild: { jsx: "automatic", jsxImportSource: "preact", legalComments: "none" },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: fileURLToPath(new URL("./dist/widget", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: "esbuild",
    target: "es2020",
    cssCodeSplit: false,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL("./src/widget/main.ts", import.meta.url)),
      name: "StippleBooking",
      formats: ["iife"],
      fileName: () => WIDGET_FILE,
    },
  },
});
