import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { runMigrations as runWorkerMigrations, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
// Any constant works; it only has to be the same for every Stipple process.
const MIGRATION_LOCK = 727_001;

const quietWorkerLogger = new WorkerLogger(() => () => {});

/**
 * Applies pending migrations, Stipple's then graphile-worker's (the job queue lives in the
 * `graphile_worker` schema of the same database); an advisory lock makes concurrent starts take
 * turns.
 */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder });
    await runWorkerMigrations({ connectionString: url, logger: quietWorkerLogger });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
