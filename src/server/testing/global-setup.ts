import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from "../db/embedded.ts";
import { runMigrations } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser url on the `postgres` database; test files clone `stipple_template` from it. */
    adminDatabaseUrl: string;
  }
}

// test-database.ts clones databases from this name.
const TEMPLATE_DATABASE = "stipple_template";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropTemplate(adminUrl: string) {
  await withClient(adminUrl, async (client) => {
    const name = client.escapeIdentifier(TEMPLATE_DATABASE);
    const found = await client.query("select 1 from pg_database where datname = $1", [
      TEMPLATE_DATABASE,
    ]);
    if (found.rowCount === 0) return;
    // A template database cannot be dropped until it stops being one.
    await client.query(`alter database ${name} with is_template false`);
    await client.query(`drop database ${name} with (force)`);
  });
}

/** Builds the migrated template once per run; each test file clones it (see test-database.ts). */
async function buildTemplate(adminUrl: string) {
  await dropTemplate(adminUrl);
  const templateUrl = await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  await withClient(adminUrl, async (client) => {
    const name = client.escapeIdentifier(TEMPLATE_DATABASE);
    // Cloning fails while anyone is connected to the template: refuse new connections, then end
    // any that migrations (or a pool that was not closed) left open.
    await client.query(`alter database ${name} with allow_connections false is_template true`);
    await client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [TEMPLATE_DATABASE],
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const externalUrl = process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;

  if (externalUrl) {
    adminUrl = externalUrl;
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-test-pg-"));
    // mkdtemp makes a mode-700 folder; Postgres runs as the postgres user when we are root.
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, log: pino({ level: "silent" }) });
    adminUrl = embedded.url;
  }

  const teardown = async () => {
    if (embedded) {
      await embedded.stop();
      // pgDataDir differs from dataDir/postgres when the postgres user could not reach os.tmpdir().
      const folders = [dataDir, embedded.pgDataDir].filter((dir) => dir !== undefined);
      await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    } else {
      await dropTemplate(adminUrl);
    }
  };
  try {
    await buildTemplate(adminUrl);
  } catch (error) {
    await teardown().catch(() => {});
    throw error;
  }
  project.provide("adminDatabaseUrl", adminUrl);
  return teardown;
}
