import { AppError } from "../../http/problem.ts";

/**
 * The limits of online booking, in one place. Codes are six digits, so they are kept short-lived,
 * few and rate-limited; the numbers here are what the API promises (see the route descriptions).
 */
export const PUBLIC_BOOKING_LIMITS = {
  /** Digits in an emailed code. */
  codeDigits: 6,
  /** An emailed code works for this long; the held time is extended to match. */
  codeMinutes: 10,
  /** Wrong codes allowed on one request before it is locked and must be started again. */
  maxCodeAttempts: 5,
  /** Between two codes for the same request. */
  resendAfterSeconds: 30,
  /** Codes one request may send in all. */
  maxCodesPerRequest: 5,
  /** Codes sent to one email address (at one clinic) in an hour. */
  maxCodesPerEmailPerHour: 8,
  /** Codes requested from one network address (all clinics) in an hour. */
  maxCodesPerIpPerHour: 20,
  /** Times held from one network address (all clinics) in an hour. */
  maxHoldsPerIpPerHour: 30,
} as const;

/** 429 problem with Retry-After (seconds), set by the error handler from `retryAfter`. */
export function tooManyRequests(detail: string, retryAfterSeconds: number): AppError {
  return new AppError({
    type: "https://stipple.dev/problems/too-many-requests",
    title: "Too many requests",
    status: 429,
    detail,
    retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)),
  });
}

/** 410 problem: this booking request can no longer be used. */
export function gone(detail: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError({
    type: "https://stipple.dev/problems/gone",
    title: "No longer available",
    status: 410,
    detail,
    ...extensions,
  });
}
