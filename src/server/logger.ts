import pino from "pino";

/** Paths that may carry personal or health data; pino replaces them before anything is written. */
export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "*.password",
  "*.email",
  "*.phone",
  "*.dateOfBirth",
  "*.notes",
  "*.answers",
  "body",
];

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: redactPaths, censor: "[redacted]" },
    base: { app: "stipple" },
  });
}
