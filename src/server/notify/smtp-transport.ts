import nodemailer from "nodemailer";
import type { Env } from "../env.ts";
import { type OutboundMessage, type Transport, TransportError } from "./transport.ts";

/** A stable Message-ID per outbox row, so a receiving server can recognise a repeat. */
export function messageIdFor(outboxId: string, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || "stipple.local";
  return `<outbox-${outboxId}@${host}>`;
}

interface SmtpError {
  message?: string;
  responseCode?: number;
  response?: string;
}

/** Email over SMTP (nodemailer); every wait is bounded by TRANSPORT_TIMEOUT_SECONDS. */
export function createSmtpTransport(env: Env): Transport {
  const timeout = env.TRANSPORT_TIMEOUT_SECONDS * 1000;
  const smtp = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return {
    name: "smtp",
    async send(message: OutboundMessage) {
      try {
        const info = await smtp.sendMail({
          from: env.MAIL_FROM,
          to: message.recipient,
          subject: message.subject,
          text: message.bodyText,
          html: message.bodyHtml ?? undefined,
          messageId: messageIdFor(message.id, env.PUBLIC_URL),
        });
        return { providerMessageId: info.messageId ?? null };
      } catch (error) {
        const e = error as SmtpError;
        const text = e.response ?? e.message ?? String(error);
        // 5xx is the server's final word (e.g. no such mailbox); anything else may pass later.
        const permanent = typeof e.responseCode === "number" && e.responseCode >= 500;
        throw new TransportError(`SMTP: ${text}`, !permanent);
      }
    },
    close: () => smtp.close(),
  };
}
