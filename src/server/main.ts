import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { createAuth } from "./auth/auth.ts";
import { loadAuthSecret } from "./auth/secret.ts";
import { createDatabase } from "./db/client.ts";
import { acquireDataDirLock } from "./db/data-dir-lock.ts";
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from "./db/embedded.ts";
import { runMigrations } from "./db/migrate.ts";
import type { Env } from "./env.ts";
import { createFileStore } from "./files/select-store.ts";
import type { AppDeps } from "./http/context.ts";
import { deliverySettings } from "./jobs/delivery-settings.ts";
import { type DeliveryWorker, startDeliveryWorker } from "./jobs/worker.ts";
import type { Logger } from "./logger.ts";
import { createMailer } from "./notify/mailer.ts";
import type { Transports } from "./notify/transport.ts";
import { createTransports } from "./notify/transports.ts";
import { createPortalAuth } from "./portal/portal-auth.ts";
import { seedDemoClinic } from "./seed/demo-clinic.ts";
import { setMessagingPublicUrl } from "./use-cases/messaging/public-url.ts";
import { startWaitlistSweep } from "./use-cases/waitlist/waitlist-sweep.ts";

export interface Runtime {
  deps: AppDeps;
  transports: Transports;
  /** The database url (the embedded cluster's when DATABASE_URL is unset). */
  url: string;
  close(): Promise<void>;
}

/** env → data-dir lock → database → migrations → dependencies; shared by serve, migrate and seed. */
export async function openRuntime(env: Env, log: Logger): Promise<Runtime> {
  // Links in planned messages (check-ins) point at this address, also for the demo clinic's seed.
  setMessagingPublicUrl(env.PUBLIC_URL);
  const release = await acquireDataDirLock(env.DATA_DIR);
  let embedded: EmbeddedDatabase | null = null;
  try {
    let url = env.DATABASE_URL;
    if (!url) {
      log.info({ dataDir: env.DATA_DIR }, "starting the embedded PostgreSQL");
      embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, log });
      url = await ensureDatabase(embedded.url, "stipple");
    }
    await runMigrations(url);
    const { db, pool } = createDatabase(url);
    const transports = createTransports(env);
    const mailer = createMailer(env, db, log, transports);
    const secret = await loadAuthSecret(env.DATA_DIR, env.AUTH_SECRET);
    const auth = createAuth({
      db,
      secret,
      publicUrl: env.PUBLIC_URL,
      signInRateLimit: env.SIGN_IN_RATE_LIMIT,
      mailer,
      log,
    });
    const portalAuth = createPortalAuth({
      db,
      secret,
      publicUrl: env.PUBLIC_URL,
      codeRateLimit: env.SIGN_IN_RATE_LIMIT,
      mailer,
      log,
    });
    const { store: files, kind: fileStore } = createFileStore(env);
    log.info({ fileStore }, "file storage selected");
    const deps: AppDeps = { env, db, auth, portalAuth, mailer, files, log };
    return {
      deps,
      transports,
      url,
      async close() {
        await transports.close().catch(() => {});
        await pool.end().catch(() => {});
        await embedded?.stop();
        await release();
      },
    };
  } catch (error) {
    await embedded?.stop().catch(() => {});
    await release();
    throw error;
  }
}

/** Runs the server until SIGINT/SIGTERM, then stops HTTP, the database and the lock in order. */
export async function serveStipple(env: Env, log: Logger): Promise<void> {
  const runtime = await openRuntime(env, log);
  const { deps } = runtime;
  if (env.DEMO_DATA) {
    const demo = await seedDemoClinic(deps);
    if (demo) printDemoLogins(env, demo.logins);
  }
  if (deps.mailer.transport === "dev-outbox") {
    log.warn("no SMTP server configured: emails go to the dev outbox at /dev/outbox");
  }
  if (runtime.transports.sms.name === "dev") {
    log.warn("no SMS provider configured: text messages go to the dev outbox at /dev/outbox");
  }
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await runtime.close();
    throw error.code === "EADDRINUSE"
      ? new Error(`Port ${env.PORT} on ${env.HOST} is already in use. Set PORT to another port.`)
      : error;
  });
  console.log(`\n  Stipple is running at ${env.PUBLIC_URL}\n`);
  const waitlistSweep = startWaitlistSweep(deps, env.WAITLIST_SWEEP_SECONDS);
  let worker: DeliveryWorker | null = null;
  if (env.WORKER) {
    worker = await startDeliveryWorker(
      workerOptions(env, runtime.url, { ...deps, transports: runtime.transports }),
    );
  } else {
    log.info("WORKER=off: messages are delivered by a separate `stipple worker` process");
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await waitlistSweep.stop();
    await worker?.stop();
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function printDemoLogins(env: Env, logins: { role: string; email: string; password: string }[]) {
  const lines = logins.map((l) => `    ${l.role.padEnd(14)} ${l.email.padEnd(34)} ${l.password}`);
  console.log(
    `\n  Demo clinic created: Southampton SMP Studio\n  Sign in at ${env.PUBLIC_URL} with:\n${lines.join("\n")}\n`,
  );
}

function workerOptions(
  env: Env,
  url: string,
  deps: Pick<AppDeps, "db" | "log"> & { transports: Transports },
) {
  return {
    url,
    deps: {
      db: deps.db,
      transports: deps.transports,
      settings: deliverySettings(env),
      log: deps.log,
    },
    concurrency: env.WORKER_CONCURRENCY,
    // Let a delivery under way finish: every transport step is bounded by the transport timeout.
    shutdownTimeoutMs: (env.TRANSPORT_TIMEOUT_SECONDS + 5) * 1000,
  };
}

/**
 * `stipple worker`: delivers the outbox without serving HTTP, next to a `stipple serve` started
 * with WORKER=off (or several workers). Needs DATABASE_URL: the embedded database belongs to
 * the server process.
 */
export async function runWorker(env: Env, log: Logger): Promise<void> {
  if (!env.DATABASE_URL) {
    throw new WorkerConfigError(
      "stipple worker needs DATABASE_URL: the embedded database belongs to `stipple serve`, which runs its own worker unless WORKER=off.",
    );
  }
  await runMigrations(env.DATABASE_URL);
  const { db, pool } = createDatabase(env.DATABASE_URL, { max: env.WORKER_CONCURRENCY + 4 });
  const transports = createTransports(env);
  let worker: DeliveryWorker;
  try {
    worker = await startDeliveryWorker(
      workerOptions(env, env.DATABASE_URL, { db, transports, log }),
    );
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  log.info(
    { email: transports.email.name, sms: transports.sms.name, concurrency: env.WORKER_CONCURRENCY },
    "delivery worker started",
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "delivery worker stopping");
    await worker.stop();
    await transports.close().catch(() => {});
    await pool.end().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/** A setting the worker cannot run without; shown to the operator without a stack trace. */
export class WorkerConfigError extends Error {}
