import { ApiProblem } from "./api.ts";

/**
 * Whether the API said the chosen time is gone: taken by someone else (409) or the hold released
 * (410 about the request rather than the code). The person then chooses another time.
 */
export function timeGone(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return false;
  const text = `${error.type} ${error.title} ${error.detail}`.toLowerCase();
  if (error.status === 409) return !/code/.test(error.type);
  return error.status === 410 && !/code/.test(text);
}

/** The message to show for a failed request: the API's own wording, which is written for people. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiProblem)) return "Something went wrong. Please try again.";
  if (error.status === 429) {
    return error.detail || "Too many attempts. Please wait a few minutes and try again.";
  }
  return error.detail || error.title;
}
