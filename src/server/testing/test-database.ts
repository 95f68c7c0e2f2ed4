import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { inject } from "vitest";

// Built and migrated once per run by global-setup.ts.
const TEMPLATE_DATABASE = "stipple_template";

export interface TestDatabase {
  url: string;
  /** Ends every connection to the database and drops it. */
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function isTemplateBusy(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === "55006" || /being accessed by other users/.test(message ?? "");
}

/** A fresh database for one test file, cloned from the migrated template (fast: a file copy). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  await withAdmin(async (client) => {
    const create = `create database ${client.escapeIdentifier(name)} template ${TEMPLATE_DATABASE}`;
    // Cloning needs the template to have no sessions; one may be closing as we start.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(create);
        return;
      } catch (error) {
        if (!isTemplateBusy(error) || attempt >= 8) throw error;
        await sleep(100 * attempt);
      }
    }
  });

  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () => {
      dropped ??= withAdmin(async (client) => {
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      });
      return dropped;
    },
  };
}
