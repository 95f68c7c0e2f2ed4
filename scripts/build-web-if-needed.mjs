// Builds the staff web app and the booking widget when their sources changed since the last
// build (npm start runs this), so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const targets = [
  {
    name: "the web app",
    config: "vite.config.ts",
    output: "dist/web/index.html",
    inputs: [
      "src/web",
      "src/shared",
      "src/domain",
      "vite.config.ts",
      "postcss.config.cjs",
      "package-lock.json",
    ],
  },
  {
    name: "the booking widget",
    config: "vite.widget.config.ts",
    output: "dist/widget/stipple-booking.js",
    inputs: ["src/widget", "src/shared", "vite.widget.config.ts", "package-lock.json"],
  },
];

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

for (const target of targets) buildIfNeeded(target);

function buildIfNeeded({ name, config, output, inputs }) {
  const stampFile = path.join(root, path.dirname(output), ".build-hash");
  const hash = createHash("sha256");
  for (const input of inputs) walk(input, hash);
  const digest = hash.digest("hex");
  const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  if (previous === digest && existsSync(path.join(root, output))) return;

  console.log(`Building ${name} (first start or sources changed)…`);
  const vite = path.join(root, "node_modules/vite/bin/vite.js");
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--config", config, "--logLevel", "warn"],
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
}
