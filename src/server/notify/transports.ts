import type { Env } from "../env.ts";
import { createTwilioSmsTransport, smsConfigFromEnv } from "./sms-transport.ts";
import { createSmtpTransport } from "./smtp-transport.ts";
import { devTransport, type Transports } from "./transport.ts";

/** SMTP when SMTP_HOST is set, the SMS provider when SMS_* are set; the dev outbox otherwise. */
export function createTransports(env: Env): Transports {
  const email = env.SMTP_HOST ? createSmtpTransport(env) : devTransport;
  const smsConfig = smsConfigFromEnv(env);
  const sms = smsConfig ? createTwilioSmsTransport(smsConfig) : devTransport;
  return {
    email,
    sms,
    async close() {
      await email.close?.();
      await sms.close?.();
    },
  };
}

/** Which channels have no real transport, so their messages stay in the dev outbox. */
export function devChannels(env: Env): ("email" | "sms")[] {
  const channels: ("email" | "sms")[] = [];
  if (!env.SMTP_HOST) channels.push("email");
  if (!smsConfigFromEnv(env)) channels.push("sms");
  return channels;
}
