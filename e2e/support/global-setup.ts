import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { errorLines } from "./log-lines.ts";

/**
 * Starts one real `stipple serve` (embedded Postgres, demo clinic) for the whole e2e tier, on a
 * fresh data folder and a free port, and stops it afterwards. Specs read the address with
 * `inject("baseUrl")` and the server's log (pino JSON lines) with `inject("serverLogPath")`.
 * With E2E_BASE_URL set it uses that running server instead (E2E_SERVER_LOG: its log file).
 *
 * The server runs from a snapshot of the working tree taken at the start (sources, built web app,
 * node_modules linked), so edits or a `vite build` in the working tree during the run cannot pull
 * the web app out from under the browser. E2E_IN_PLACE=1 runs it from the working tree instead.
 */
declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverLogPath: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const TAIL_LINES = 60;
/** What the server and the web build need; node_modules is linked, not copied. */
const SNAPSHOT = [
  "src",
  "scripts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "vite.config.ts",
  "vite.widget.config.ts",
  "postcss.config.cjs",
];

/** Copies the app into `dir`, with the current web and widget builds when they are complete. */
async function snapshotApp(dir: string) {
  await mkdir(dir, { recursive: true });
  for (const item of SNAPSHOT) {
    const from = path.join(root, item);
    if (existsSync(from)) await cp(from, path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  // A build running right now leaves dist/web half-written: then the snapshot builds its own.
  await cp(path.join(root, "dist/web"), path.join(dir, "dist/web"), { recursive: true }).catch(() =>
    rm(path.join(dir, "dist/web"), { recursive: true, force: true }),
  );
  await cp(path.join(root, "dist/widget"), path.join(dir, "dist/widget"), {
    recursive: true,
  }).catch(() => rm(path.join(dir, "dist/widget"), { recursive: true, force: true }));
}

function buildWebIfNeeded(appRoot: string) {
  const build = spawnSync(
    process.execPath,
    [path.join(appRoot, "scripts/build-web-if-needed.mjs")],
    { cwd: appRoot, stdio: "inherit" },
  );
  if (build.status !== 0) throw new Error("Building the web app failed");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}

function tail(file: string, lines = TAIL_LINES): string {
  if (!existsSync(file)) return "(no server output)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return once(child, "exit").then(() => undefined);
}

/** After a SIGKILL the server's Postgres child keeps running: stop it through its pid file. */
async function stopOrphanPostgres(dataDir: string) {
  const located = await readFile(path.join(dataDir, "postgres-location"), "utf8").catch(() => "");
  const pgDir = located.trim() || path.join(dataDir, "postgres");
  const pidText = await readFile(path.join(pgDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidText.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGQUIT");
  } catch {
    // already gone
  }
}

async function waitReady(baseUrl: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The Stipple server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready. Last output:\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `The Stipple server was not ready within ${READY_TIMEOUT_MS / 1000} s. Last output:\n${tail(logFile)}`,
  );
}

export default async function setup(project: TestProject) {
  // For working on specs: point at a server that is already running (its log is optional).
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("baseUrl", external.replace(/\/$/, ""));
    project.provide("serverLogPath", process.env.E2E_SERVER_LOG ?? "");
    return;
  }

  const workDir = await mkdtemp(path.join(os.tmpdir(), "stipple-e2e-"));
  // Run as root, Postgres runs as the postgres user and must reach the data folder.
  await chmod(workDir, 0o755);
  const dataDir = path.join(workDir, "data");
  await mkdir(dataDir, { mode: 0o755 });
  await chmod(dataDir, 0o755);
  const appRoot = process.env.E2E_IN_PLACE ? root : path.join(workDir, "app");
  try {
    if (appRoot !== root) await snapshotApp(appRoot);
    // `npm run test:e2e` has built the web app already; this covers `vitest run --project e2e`.
    buildWebIfNeeded(appRoot);
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(workDir, "server.log");
  const log = createWriteStream(logFile);

  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: appRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      SIGN_IN_RATE_LIMIT: "200",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS).unref(),
      );
      if ((await Promise.race([exited(child), timer])) === "timeout") {
        console.warn(`e2e: the server did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
        child.kill("SIGKILL");
        await exited(child);
        await stopOrphanPostgres(dataDir);
      }
    }
    await new Promise<void>((resolve) => log.end(resolve));
    const errors = errorLines(await readFile(logFile, "utf8").catch(() => ""));
    if (errors.length > 0) {
      console.warn(`e2e: the server logged ${errors.length} error line(s):\n${errors.join("\n")}`);
    }
    if (process.env.E2E_KEEP_DATA) {
      console.warn(`e2e: kept ${workDir} (E2E_KEEP_DATA is set)`);
    } else {
      await rm(workDir, { recursive: true, force: true });
    }
  };

  try {
    await waitReady(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }

  project.provide("baseUrl", baseUrl);
  project.provide("serverLogPath", logFile);
  return stop;
}
