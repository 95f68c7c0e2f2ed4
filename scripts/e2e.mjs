// Browser tests in Debian's Chromium through playwright-core. Without a browser the tier is skipped
// loudly, except under CI=true, where a missing browser is a failure.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter(Boolean);
const chromium = candidates.find((p) => existsSync(p));

if (!chromium) {
  const banner = "=".repeat(72);
  console.error(
    `\n${banner}\n  E2E TESTS SKIPPED: no Chromium found (looked at ${candidates.join(", ")}).\n  Install it with: sudo apt-get install chromium   (or set CHROMIUM_PATH)\n${banner}\n`,
  );
  process.exit(process.env.CI === "true" ? 1 : 0);
}

const build = spawnSync(process.execPath, [path.join(root, "scripts/build-web-if-needed.mjs")], {
  cwd: root,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
// scripts/test.mjs asks for a JSON report so it can print one summary line over all tiers.
const report = process.env.STIPPLE_TEST_REPORT;
const reporters = report
  ? ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`]
  : [];
const result = spawnSync(
  process.execPath,
  [vitest, "run", "--project", "e2e", ...reporters, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC", CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
