// Builds the staff web app when its sources changed since the last build (npm start runs this),
// so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const inputs = [
  "src/web",
  "src/shared",
  "src/domain",
  "vite.config.ts",
  "postcss.config.cjs",
  "package-lock.json",
];
const stampFile = path.join(root, "dist/web/.build-hash");

function walk(p, hash) {
  const full = path.join(root, p);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) walk(path.join(p, name), hash);
  } else {
    hash.update(p);
    hash.update(readFileSync(full));
  }
}

const hash = createHash("sha256");
for (const input of inputs) walk(input, hash);
const digest = hash.digest("hex");
const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (previous === digest && existsSync(path.join(root, "dist/web/index.html"))) process.exit(0);

console.log("Building the web app (first start or sources changed)…");
const vite = path.join(root, "node_modules/vite/bin/vite.js");
const result = spawnSync(
  process.execPath,
  [vite, "build", "--config", "vite.config.ts", "--logLevel", "warn"],
  {
    cwd: root,
    stdio: "inherit",
    // Always a production build: under a test runner NODE_ENV=test would give React's development
    // build, whose StrictMode double effects behave differently from what clinics run.
    env: { ...process.env, NODE_ENV: "production" },
  },
);
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, `${digest}\n`);
