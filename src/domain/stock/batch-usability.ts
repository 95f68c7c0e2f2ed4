import { Temporal } from "temporal-polyfill";

export type BatchState = "usable" | "expired" | "archived";

export interface BatchDates {
  /** YYYY-MM-DD: the last day the batch may be used. */
  expiresOn: string;
  /** ISO instant set once taken out of use. */
  archivedAt: string | null;
}

/** Days within which a batch counts as expiring soon (shown in amber). */
export const EXPIRING_SOON_DAYS = 30;

/**
 * Whether a batch may be picked on `today` (a local date in the location's zone): not archived and
 * not past its expiry date. The expiry date itself is still usable ("use by" the printed date).
 */
export function batchState(batch: BatchDates, today: string): BatchState {
  if (batch.archivedAt) return "archived";
  return batch.expiresOn < today ? "expired" : "usable";
}

/** Whether a batch may be picked on `today`. */
export function isBatchUsable(batch: BatchDates, today: string): boolean {
  return batchState(batch, today) === "usable";
}

/** Calendar days from `today` to the expiry date: 0 on the expiry day, negative once expired. */
export function daysToExpiry(expiresOn: string, today: string): number {
  return Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(expiresOn), {
    largestUnit: "days",
  }).days;
}

/** Usable but expiring within `withinDays` days (inclusive) of `today`. */
export function isExpiringSoon(
  batch: BatchDates,
  today: string,
  withinDays = EXPIRING_SOON_DAYS,
): boolean {
  if (!isBatchUsable(batch, today)) return false;
  return daysToExpiry(batch.expiresOn, today) <= withinDays;
}
