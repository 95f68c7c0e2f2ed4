// `npm test`: unit and integration tests (Vitest), then the browser tier (see scripts/e2e.mjs).
// Ends with one plain summary line over all tiers: "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = mkdtempSync(path.join(os.tmpdir(), "stipple-test-report-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(args, report) {
  const env = { ...process.env, TZ: "UTC", STIPPLE_TEST_REPORT: report };
  const status =
    spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env }).status ?? 1;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += r.numPassedTests ?? 0;
    totals.failed += r.numFailedTests ?? 0;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  return status;
}

function finish(status) {
  rmSync(reports, { recursive: true, force: true });
  console.log(
    `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  );
  process.exit(status);
}

const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const json = (name) => path.join(reports, `${name}.json`);
const reporters = (file) => ["--reporter=default", "--reporter=json", `--outputFile.json=${file}`];
const extra = process.argv.slice(2);
const first = run(
  [
    vitest,
    "run",
    "--project",
    "unit",
    "--project",
    "integration",
    ...reporters(json("server")),
    ...extra,
  ],
  json("server"),
);
if (first !== 0) finish(first);
finish(run([path.join(root, "scripts/e2e.mjs")], json("e2e")));
