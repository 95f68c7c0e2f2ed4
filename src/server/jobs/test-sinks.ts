import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { SMTPServer } from "smtp-server";

/** For integration tests only: a local SMTP server and a Twilio-compatible SMS provider. */

export interface ReceivedEmail {
  messageId: string | null;
  subject: string | null;
  to: string[];
  from: string | null;
  raw: string;
}

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const match = unfolded.match(new RegExp(`^${name}:\\s*(.*)$`, "im"));
  return match?.[1]?.trim() ?? null;
}

export async function startSmtpSink(options: { delayMs?: number } = {}) {
  const received: ReceivedEmail[] = [];
  let reject: { code: number; message: string } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No network here: a reverse DNS lookup per connection would only wait for a timeout.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.delayMs) await sleep(options.delayMs);
        if (reject) {
          const error = Object.assign(new Error(reject.message), { responseCode: reject.code });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          messageId: header(raw, "Message-ID"),
          subject: header(raw, "Subject"),
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          raw,
        });
        callback();
      });
    },
  });
  // A client killed mid-conversation resets its socket: expected here, not a test failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    /** Answer every message with this SMTP error from now on (null: accept again). */
    rejectWith(error: { code: number; message: string } | null) {
      reject = error;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedSms {
  path: string;
  authorization: string | null;
  contentType: string | null;
  form: Record<string, string>;
}

export type SmsResponder = (sms: ReceivedSms, n: number) => { status: number; body: unknown };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startSmsSink(options: { delayMs?: number } = {}) {
  const received: ReceivedSms[] = [];
  let responder: SmsResponder = (_sms, n) => ({
    status: 201,
    body: { sid: `SM${String(n).padStart(32, "0")}`, status: "queued" },
  });
  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    const sms: ReceivedSms = {
      path: req.url ?? "",
      authorization: req.headers.authorization ?? null,
      contentType: req.headers["content-type"] ?? null,
      form: Object.fromEntries(new URLSearchParams(text)),
    };
    if (options.delayMs) await sleep(options.delayMs);
    received.push(sms);
    const answer = responder(sms, received.length);
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith(fn: SmsResponder) {
      responder = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
