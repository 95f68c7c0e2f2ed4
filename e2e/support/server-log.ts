import { readFileSync, statSync } from "node:fs";
import { inject } from "vitest";
import { errorLines } from "./log-lines.ts";

/**
 * Remembers where the server log ends now; `errors()` returns the error lines written since,
 * so a spec can assert that its own journey made the server log no error (and no 5xx).
 */
export function watchServerErrors() {
  const file = inject("serverLogPath");
  const start = file ? statSync(file).size : 0;
  return {
    errors(): string[] {
      if (!file) return [];
      const text = readFileSync(file).subarray(start).toString("utf8");
      return errorLines(text);
    },
  };
}
