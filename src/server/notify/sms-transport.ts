import type { Env } from "../env.ts";
import { type OutboundMessage, type Transport, TransportError } from "./transport.ts";

export interface SmsProviderConfig {
  /** e.g. https://api.twilio.com, or any provider speaking Twilio's Messages API. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  timeoutMs: number;
}

interface TwilioAnswer {
  sid?: unknown;
  code?: unknown;
  message?: unknown;
}

function describeFailure(status: number, answer: TwilioAnswer | null, raw: string): string {
  if (answer && typeof answer.message === "string") {
    const code = answer.code === undefined ? "" : ` (error ${String(answer.code)})`;
    return `SMS provider: ${answer.message}${code}`;
  }
  return `SMS provider answered HTTP ${status}${raw ? `: ${raw.slice(0, 200)}` : ""}`;
}

/**
 * SMS through a Twilio-compatible Messages API: POST form-encoded To/From/Body with HTTP basic
 * auth (account SID and token); the answer's `sid` is the provider's message id.
 */
export function createTwilioSmsTransport(config: SmsProviderConfig): Transport {
  const base = config.baseUrl.replace(/\/$/, "");
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64")}`;
  return {
    name: "twilio",
    async send(message: OutboundMessage) {
      const form = new URLSearchParams({
        To: message.recipient,
        From: config.from,
        Body: message.bodyText,
      });
      let res: Response;
      try {
        res = await fetch(url, {
          method: "POST",
          headers: {
            authorization,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          body: form,
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (error) {
        if ((error as Error).name === "TimeoutError") {
          // The provider may have accepted it before going quiet: never send it blindly again.
          throw new TransportError(
            `The SMS provider did not answer within ${Math.round(config.timeoutMs / 1000)} s; the message may have been sent. Check before resending.`,
            false,
          );
        }
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new TransportError(
          `Could not reach the SMS provider: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
          true,
        );
      }
      const raw = await res.text().catch(() => "");
      let answer: TwilioAnswer | null = null;
      try {
        answer = JSON.parse(raw) as TwilioAnswer;
      } catch {
        answer = null;
      }
      if (res.ok && answer && typeof answer.sid === "string") {
        return { providerMessageId: answer.sid };
      }
      if (res.ok) {
        throw new TransportError(
          "The SMS provider accepted the request but returned no message id; check before resending.",
          false,
        );
      }
      // Rate limits and server errors pass; a rejected number or message does not.
      const retryable = res.status === 429 || res.status >= 500;
      throw new TransportError(describeFailure(res.status, answer, raw), retryable);
    },
  };
}

export function smsConfigFromEnv(env: Env): SmsProviderConfig | null {
  if (!env.SMS_PROVIDER_URL || !env.SMS_ACCOUNT_SID || !env.SMS_AUTH_TOKEN || !env.SMS_FROM) {
    return null;
  }
  return {
    baseUrl: env.SMS_PROVIDER_URL,
    accountSid: env.SMS_ACCOUNT_SID,
    authToken: env.SMS_AUTH_TOKEN,
    from: env.SMS_FROM,
    timeoutMs: env.TRANSPORT_TIMEOUT_SECONDS * 1000,
  };
}
