import type { AppDeps } from "../../http/context.ts";
import { advanceExpiredOffers } from "./offer-lifecycle.ts";
import { setWaitlistMail } from "./offer-mail.ts";

export interface WaitlistSweep {
  /** Stops the timer and waits for a sweep under way to finish. */
  stop(): Promise<void>;
}

/**
 * Every `seconds`, expires waitlist offers whose time is up and offers their time to the next
 * person waiting. Also makes the mailer known to offers made outside a request.
 */
export function startWaitlistSweep(
  deps: Pick<AppDeps, "db" | "mailer" | "env" | "log">,
  seconds: number,
): WaitlistSweep {
  const mail = { mailer: deps.mailer, publicUrl: deps.env.PUBLIC_URL };
  setWaitlistMail(mail);
  let running: Promise<void> | null = null;
  const sweep = async () => {
    try {
      const expired = await advanceExpiredOffers(deps.db, new Date(), mail);
      if (expired > 0) deps.log.info({ expired }, "waitlist offers expired and passed on");
    } catch (error) {
      deps.log.error({ err: error }, "waitlist sweep failed");
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = sweep().finally(() => {
      running = null;
    });
  }, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      setWaitlistMail(null);
    },
  };
}
