import type { BookingPolicy } from "../../../../domain/settings/booking-policy.ts";

/** "1 hour", "48 hours". */
export const hoursText = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

/** "1 minute", "15 minutes". */
export const minutesText = (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`;

/** "2 hours", "1 hour 30 minutes", "45 minutes". */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return minutesText(m);
  return m === 0 ? hoursText(h) : `${hoursText(h)} ${minutesText(m)}`;
}

const timesText = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** A rule's value as the person typed it: a number, or "" while the field is empty. */
type Draft = { [K in keyof BookingPolicy]: BookingPolicy[K] | "" };

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * What each rule means for clients, in one plain sentence, for the values as they stand (so the
 * sentence follows the field while someone types). Null when the value is not a number yet.
 */
export const consequences: { [K in keyof BookingPolicy]: (p: Draft) => string | null } = {
  cancellationNoticeHours: ({ cancellationNoticeHours: n, lateCancelForfeitsDeposit: keep }) => {
    if (!isNum(n)) return null;
    if (n === 0) return "Clients can cancel right up to the start without it counting as late.";
    return keep
      ? `Clients who cancel less than ${hoursText(n)} before lose their deposit.`
      : `Cancelling less than ${hoursText(n)} before counts as late; the deposit is still returned.`;
  },
  lateCancelForfeitsDeposit: ({ lateCancelForfeitsDeposit: keep }) =>
    keep
      ? "The clinic keeps the deposit when a client cancels late."
      : "Late cancellations are recorded, but the deposit is returned.",
  rescheduleNoticeHours: ({ rescheduleNoticeHours: n }) => {
    if (!isNum(n)) return null;
    if (n === 0) return "Clients can move an appointment right up to its start.";
    return `Clients can move an appointment until ${hoursText(n)} before it starts; after that, only staff can move it.`;
  },
  rescheduleLimit: ({ rescheduleLimit: n }) => {
    if (!isNum(n)) return null;
    if (n === 0) return "No limit: clients can move an appointment as often as they like.";
    return `Clients can move each appointment ${timesText(n)}; after that, they contact the clinic.`;
  },
  noShowAfterMinutes: ({ noShowAfterMinutes: n }) => {
    if (!isNum(n)) return null;
    if (n === 0) return "Staff can mark a client as a no-show from the start time.";
    return `Staff can mark a client as a no-show ${minutesText(n)} after the start time.`;
  },
  noShowForfeitsDeposit: ({ noShowForfeitsDeposit: keep }) =>
    keep
      ? "Clients who don't turn up lose their deposit."
      : "The deposit is returned even when a client doesn't turn up.",
  holdMinutes: ({ holdMinutes: n }) =>
    isNum(n)
      ? `A time someone picks is kept for them for ${minutesText(n)} while they finish booking; then others can take it.`
      : null,
  slotStepMinutes: ({ slotStepMinutes: n }) =>
    isNum(n) ? `Start times are offered every ${minutesText(n)}.` : null,
  waitlistOfferMinutes: ({ waitlistOfferMinutes: n }) =>
    isNum(n)
      ? `A client offered a freed-up time has ${durationText(n)} to accept it before the next person on the waitlist is asked.`
      : null,
  waitlistMinNoticeHours: ({ waitlistMinNoticeHours: n }) => {
    if (!isNum(n)) return null;
    if (n === 0) return "Every freed-up time is offered, however soon it starts.";
    return `Times starting within ${hoursText(n)} are not offered to the waitlist.`;
  },
};

/** How each rule's value reads on its own ("48 hours", "No limit", "Yes"). */
export const valueText: { [K in keyof BookingPolicy]: (v: BookingPolicy[K]) => string } = {
  cancellationNoticeHours: hoursText,
  lateCancelForfeitsDeposit: (v) => (v ? "Yes" : "No"),
  rescheduleNoticeHours: hoursText,
  rescheduleLimit: (v) => (v === 0 ? "No limit" : timesText(v)),
  noShowAfterMinutes: minutesText,
  noShowForfeitsDeposit: (v) => (v ? "Yes" : "No"),
  holdMinutes: minutesText,
  slotStepMinutes: minutesText,
  waitlistOfferMinutes: durationText,
  waitlistMinNoticeHours: hoursText,
};
