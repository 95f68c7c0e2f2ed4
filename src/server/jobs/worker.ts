import { type Runner, run, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import type { Logger } from "../logger.ts";
import { replanClinicMessages } from "../use-cases/messaging/replan-clinic.ts";
import type { DeliveryDeps } from "./delivery-settings.ts";
import { dispatchMessage } from "./dispatch.ts";
import { DELIVER_TASK, REPLAN_CLINIC_TASK, SWEEP_TASK } from "./queue.ts";
import { sweepOutbox } from "./sweep.ts";

export interface DeliveryWorkerOptions {
  /** The database url; graphile-worker keeps its own small pool. */
  url: string;
  deps: DeliveryDeps;
  concurrency: number;
  /** How long a graceful stop waits for deliveries under way (ms). */
  shutdownTimeoutMs: number;
}

export interface DeliveryWorker {
  /** Stops taking jobs, lets deliveries under way finish, then closes its pool. */
  stop(): Promise<void>;
}

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message) => {
    const fields = { worker: scope.workerId, job: scope.jobId, task: scope.taskIdentifier };
    if (level === "error") log.error(fields, message);
    else if (level === "warning") log.warn(fields, message);
    // Every job's start and finish is graphile-worker's "info": too chatty for Stipple's log.
    else log.debug(fields, message);
  });
}

function messageIdOf(payload: unknown): string | null {
  const id = (payload as { messageId?: unknown } | null)?.messageId;
  return typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

/**
 * Runs delivery jobs (one per outbox message, queued by queueDelivery) and, every minute, the
 * sweep that settles interrupted deliveries and re-queues due messages whose job was lost. Several
 * workers may run against one database; the claim in dispatch.ts keeps each message to one send.
 */
export async function startDeliveryWorker(options: DeliveryWorkerOptions): Promise<DeliveryWorker> {
  const { deps } = options;
  // A worker that was killed leaves its jobs locked for hours: pick their messages up now.
  const swept = await sweepOutbox(deps.db, deps.settings);
  if (swept.interrupted + swept.requeued > 0) deps.log.info(swept, "outbox swept at start-up");

  // Our own pool, so stopping can wait until every connection is closed (graphile-worker does
  // not wait for the pools it makes), before the embedded database shuts down.
  const pool = new pg.Pool({ connectionString: options.url, max: options.concurrency + 2 });
  // A dropped connection (the database restarting) fails that query; graphile-worker retries.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency: options.concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      gracefulShutdownAbortTimeout: options.shutdownTimeoutMs,
      logger: workerLogger(deps.log),
      crontab: `* * * * * ${SWEEP_TASK} ?max=1&jobKey=${SWEEP_TASK}`,
      taskList: {
        [DELIVER_TASK]: async (payload) => {
          const id = messageIdOf(payload);
          if (!id) {
            deps.log.warn({ payload }, "delivery job without a message id: ignored");
            return;
          }
          await dispatchMessage(deps, id);
        },
        [REPLAN_CLINIC_TASK]: async (payload) => {
          const orgId = (payload as { orgId?: unknown } | null)?.orgId;
          if (typeof orgId !== "string") return;
          const count = await replanClinicMessages(deps.db, orgId, new Date());
          deps.log.info(
            { orgId, appointments: count },
            "messages re-planned after a settings change",
          );
        },
        [SWEEP_TASK]: async () => {
          const result = await sweepOutbox(deps.db, deps.settings);
          if (result.interrupted + result.requeued > 0) deps.log.info(result, "outbox swept");
        },
      },
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= runner
        .stop()
        .catch((error: unknown) => {
          deps.log.warn({ err: String(error) }, "delivery worker did not stop cleanly");
        })
        .then(() => pool.end())
        .catch(() => {});
      return stopped;
    },
  };
}
