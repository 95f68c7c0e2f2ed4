import { DataDirLockedError } from "../server/db/data-dir-lock.ts";
import { EnvError, parseEnv } from "../server/env.ts";
import { createLogger } from "../server/logger.ts";
import { openRuntime, runWorker, serveStipple, WorkerConfigError } from "../server/main.ts";
import { seedDemoClinic } from "../server/seed/demo-clinic.ts";

const usage = `Usage: stipple <command>

Commands:
  serve     start the server (default); migrates the database first
  worker    deliver emails and text messages from the outbox, without serving HTTP;
            needs DATABASE_URL; run the server with WORKER=off to leave delivery to it
  migrate   apply database migrations and exit
  seed      create the demo clinic if the database has no clinic yet
  help      show this text

Configuration comes from environment variables; see README.md.`;

async function main(command: string) {
  const env = parseEnv();
  const log = createLogger(env.LOG_LEVEL);
  switch (command) {
    case "serve":
      await serveStipple(env, log);
      return;
    case "worker":
      await runWorker(env, log);
      return;
    case "migrate": {
      const runtime = await openRuntime(env, log);
      await runtime.close();
      console.log("Database is up to date.");
      return;
    }
    case "seed": {
      const runtime = await openRuntime(env, log);
      try {
        const demo = await seedDemoClinic(runtime.deps);
        console.log(demo ? "Demo clinic created." : "A clinic already exists; nothing to do.");
      } finally {
        await runtime.close();
      }
      return;
    }
    case "help":
    case "--help":
      console.log(usage);
      return;
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      process.exit(2);
  }
}

main(process.argv[2] ?? "serve").catch((error: unknown) => {
  if (
    error instanceof EnvError ||
    error instanceof DataDirLockedError ||
    error instanceof WorkerConfigError
  ) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
