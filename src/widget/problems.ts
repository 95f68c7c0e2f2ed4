import { ApiProblem } from "./api.ts";

/** The machine-readable `code` the booking API adds to some problems (slot_taken, wrong_code…). */
export function problemCode(error: unknown): string {
  return error instanceof ApiProblem && typeof error.body.code === "string" ? error.body.code : "";
}

/**
 * Whether the chosen time is gone, so the person must choose another: taken by someone else
 * (409 slot_taken) or the booking request closed (410: not finished in time, too many codes).
 */
export function timeGone(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return false;
  return error.status === 410 || (error.status === 409 && problemCode(error) === "slot_taken");
}

/** The message to show for a failed request: the API's own wording, which is written for people. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiProblem)) return "Something went wrong. Please try again.";
  if (error.status === 429) {
    return error.detail || "Too many attempts. Please wait a few minutes and try again.";
  }
  return error.detail || error.title;
}
