// `npm test`: unit and integration tests (Vitest), then the browser tier (see scripts/e2e.mjs).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, TZ: "UTC" };
const run = (args) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env }).status ?? 1;

const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const unitAndIntegration = run([
  vitest,
  "run",
  "--project",
  "unit",
  "--project",
  "integration",
  ...process.argv.slice(2),
]);
if (unitAndIntegration !== 0) process.exit(unitAndIntegration);
process.exit(run([path.join(root, "scripts/e2e.mjs")]));
