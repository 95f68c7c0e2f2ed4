import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { isProcessAlive } from "./data-dir-lock.ts";
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from "./embedded.ts";

// These tests start their own clusters; they do not use the shared test database.
const log = pino({ level: "silent" });
const cleanups: Array<() => Promise<void>> = [];

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "stipple-embedded-"));
  // Postgres runs as the postgres user when we are root; mkdtemp's mode 700 would lock it out.
  await chmod(dir, 0o755);
  return dir;
}

async function start(dataDir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedPostgres({ dataDir, log });
  cleanups.push(async () => {
    await db.stop();
    await rm(db.pgDataDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });
  return db;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("startEmbeddedPostgres", () => {
  it("starts a cluster on a loopback port, answers queries and stops", async () => {
    const db = await start(await tempDataDir());
    expect(db.url).toMatch(/^postgres:\/\/postgres:[0-9a-f]{48}@127\.0\.0\.1:\d+\/postgres$/);
    expect(await query(db.url, "select 1 as one")).toEqual([{ one: 1 }]);
    const [settings] = await query(db.url, "show max_connections");
    expect(settings).toEqual({ max_connections: "200" });

    await db.stop();
    await db.stop();
    await expect(query(db.url, "select 1")).rejects.toThrow();
  });

  it("creates a database once and returns its url", async () => {
    const db = await start(await tempDataDir());
    const url = await ensureDatabase(db.url, "stipple");
    expect(await ensureDatabase(db.url, "stipple")).toBe(url);
    expect(await query(url, "select current_database() as name")).toEqual([{ name: "stipple" }]);
  });

  it("takes over from a Postgres that an earlier run left behind", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await query(first.url, "create table kept (note text); insert into kept values ('still here')");

    // No stop(): as if the server had been killed. The new start must shut the old one down.
    const second = await start(dataDir);
    expect(second.pgDataDir).toBe(first.pgDataDir);
    expect(await query(second.url, "select note from kept")).toEqual([{ note: "still here" }]);
    await first.stop();
    expect(await query(second.url, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("recovers after the server process was killed with SIGKILL", async () => {
    const dataDir = await tempDataDir();
    const embeddedModule = fileURLToPath(new URL("./embedded.ts", import.meta.url));
    const script = [
      `import pino from "pino";`,
      `import { startEmbeddedPostgres } from ${JSON.stringify(embeddedModule)};`,
      `const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, log: pino({ level: "silent" }) });`,
      "console.log(JSON.stringify(db));",
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const orphan = await new Promise<EmbeddedDatabase>((resolve, reject) => {
      child.stdout.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
      child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    await query(orphan.url, "create table kept (note text); insert into kept values ('survived')");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    // Postgres outlives the killed server and still holds the data.
    expect(await query(orphan.url, "select 1 as one")).toEqual([{ one: 1 }]);
    const pidFile = await readFile(path.join(orphan.pgDataDir, "postmaster.pid"), "utf8");
    const orphanPid = Number.parseInt(pidFile, 10);
    expect(isProcessAlive(orphanPid)).toBe(true);

    const db = await start(dataDir);
    expect(isProcessAlive(orphanPid)).toBe(false);
    expect(await query(db.url, "select note from kept")).toEqual([{ note: "survived" }]);
  });
});
