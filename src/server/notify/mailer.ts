import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "../db/client.ts";
import { outboxMessage } from "../db/schema/index.ts";
import type { Env } from "../env.ts";
import type { Logger } from "../logger.ts";

export interface OutgoingEmail {
  orgId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Records the message in the outbox, then delivers it (SMTP) or leaves it in the dev outbox. */
  send(email: OutgoingEmail): Promise<{ id: string; status: "sent" | "failed" }>;
  readonly transport: "smtp" | "dev-outbox";
}

export function createMailer(env: Env, db: Database, log: Logger): Mailer {
  const smtp = env.SMTP_HOST
    ? nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
      })
    : null;
  const transport = smtp ? "smtp" : "dev-outbox";

  return {
    transport,
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
          transport,
          status: smtp ? "scheduled" : "sent",
          sentAt: smtp ? null : new Date(),
        })
        .returning({ id: outboxMessage.id });
      const id = row?.id ?? "";
      if (!smtp) return { id, status: "sent" };
      try {
        await smtp.sendMail({
          from: env.MAIL_FROM,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
        });
        await db
          .update(outboxMessage)
          .set({ status: "sent", sentAt: new Date() })
          .where(eq(outboxMessage.id, id));
        return { id, status: "sent" };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.warn({ messageId: id, err: message }, "email delivery failed");
        await db
          .update(outboxMessage)
          .set({ status: "failed", error: message })
          .where(eq(outboxMessage.id, id));
        return { id, status: "failed" };
      }
    },
  };
}
