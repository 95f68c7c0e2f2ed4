/** One outbox message as a transport sees it. */
export interface OutboundMessage {
  id: string;
  channel: "email" | "sms";
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
}

/** Delivers messages of one channel: SMTP, an SMS provider, or the dev outbox. */
export interface Transport {
  /** Recorded on the outbox row: `smtp`, `twilio` or `dev`. */
  readonly name: string;
  /** Resolves with the provider's id for the message; throws TransportError when not accepted. */
  send(message: OutboundMessage): Promise<{ providerMessageId: string | null }>;
  close?(): Promise<void> | void;
}

/**
 * The provider did not accept the message. `retryable` errors (connection refused, busy, 5xx) are
 * tried again later; others (a number or address the provider rejects) fail at once.
 */
export class TransportError extends Error {
  override readonly name = "TransportError";
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface Transports {
  email: Transport;
  sms: Transport;
  close(): Promise<void>;
}

/** Nothing configured for a channel: the message is recorded as sent and read at /dev/outbox. */
export const devTransport: Transport = {
  name: "dev",
  async send() {
    return { providerMessageId: null };
  },
};
