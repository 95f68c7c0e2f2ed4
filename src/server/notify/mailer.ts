import type { Database } from "../db/client.ts";
import { outboxMessage } from "../db/schema/index.ts";
import type { Env } from "../env.ts";
import { type ClaimedMessage, deliverClaimed } from "../jobs/deliver.ts";
import { deliverySettings } from "../jobs/delivery-settings.ts";
import type { Logger } from "../logger.ts";
import type { Transports } from "./transport.ts";
import { createTransports } from "./transports.ts";

export interface OutgoingEmail {
  orgId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /**
   * Sends now, through the outbox: the row is recorded as claimed (`sending`), handed to the
   * transport, then marked `sent`, or `retrying` later (a passing failure) or `failed`.
   */
  send(email: OutgoingEmail): Promise<{ id: string; status: "sent" | "retrying" | "failed" }>;
  readonly transport: "smtp" | "dev-outbox";
}

/** Immediate emails (sign-in, invitations, password reset, waitlist offers) over the outbox. */
export function createMailer(
  env: Env,
  db: Database,
  log: Logger,
  transports: Transports = createTransports(env),
): Mailer {
  const deps = { db, transports, settings: deliverySettings(env), log };
  return {
    transport: transports.email.name === "dev" ? "dev-outbox" : "smtp",
    async send(email) {
      const [row] = await db
        .insert(outboxMessage)
        .values({
          orgId: email.orgId ?? null,
          channel: "email",
          recipient: email.to,
          subject: email.subject,
          bodyText: email.text,
          bodyHtml: email.html ?? null,
          transport: transports.email.name,
          status: "sending",
          claimedAt: new Date(),
          attempts: 1,
        })
        .returning();
      if (!row) throw new Error("The outbox did not record the email.");
      const status = await deliverClaimed(deps, row as ClaimedMessage);
      return { id: row.id, status };
    },
  };
}
