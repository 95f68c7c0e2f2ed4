import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gzippedKb, WIDGET_FILE, WIDGET_LIMIT_KB } from "../../vite.widget.config.ts";

/**
 * The embeddable widget stays within its budget: builds it with the real config (into a temporary
 * folder, so a running server's dist/widget is untouched) and measures the gzipped file.
 */
describe("booking widget bundle", () => {
  let outDir = "";
  let file = "";

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), "stipple-widget-"));
    await build({
      configFile: fileURLToPath(new URL("../../vite.widget.config.ts", import.meta.url)),
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
    });
    file = path.join(outDir, WIDGET_FILE);
  }, 60_000);
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it(`is at most ${WIDGET_LIMIT_KB} KB gzipped`, () => {
    const kb = gzippedKb(file);
    expect(kb).toBeGreaterThan(1);
    expect(kb).toBeLessThanOrEqual(WIDGET_LIMIT_KB);
  });

  it("is one self-contained script without the app's runtime libraries", async () => {
    const code = await readFile(file, "utf8");
    // An IIFE: no import statements left for the host page to resolve.
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    // Contracts are imported as types only: no zod, React or Mantine in the bundle.
    expect(code).not.toMatch(/ZodError|zod|react-dom|mantine/i);
    // Its CSS is inlined (for the shadow root), not a separate file.
    expect(code).toContain(":host");
  });
});
