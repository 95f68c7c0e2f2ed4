import { z } from "zod";

/**
 * A clinic's booking rules: how far ahead clients must cancel or reschedule, how often a session
 * may move, what happens to the deposit, how long a slot is held while someone chooses, and how
 * waitlist offers run. Edited in Settings → Booking rules; these are the starting values.
 */
export const bookingPolicySchema = z.object({
  /** Cancelling later than this before the start is a late cancellation (48 h is usual). */
  cancellationNoticeHours: z.number().int().min(0).max(720),
  /** Moving a session later than this before its start needs a staff override. */
  rescheduleNoticeHours: z.number().int().min(0).max(720),
  /** How many times one appointment may be moved at the client's request; 0 = no limit. */
  rescheduleLimit: z.number().int().min(0).max(20),
  /** A late cancellation forfeits the deposit. */
  lateCancelForfeitsDeposit: z.boolean(),
  /** A no-show forfeits the deposit. */
  noShowForfeitsDeposit: z.boolean(),
  /** An appointment may be marked a no-show this many minutes after its start. */
  noShowAfterMinutes: z.number().int().min(0).max(240),
  /** How long a chosen slot stays held while a person completes a booking. */
  holdMinutes: z.number().int().min(2).max(60),
  /** Candidate start times are this many minutes apart. */
  slotStepMinutes: z.number().int().min(5).max(120),
  /** How long a waitlisted client has to accept an offered slot before the next one is asked. */
  waitlistOfferMinutes: z.number().int().min(15).max(2880),
  /** Offers are not made for slots starting sooner than this. */
  waitlistMinNoticeHours: z.number().int().min(0).max(168),
});
export type BookingPolicy = z.infer<typeof bookingPolicySchema>;

export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
  cancellationNoticeHours: 48,
  rescheduleNoticeHours: 48,
  rescheduleLimit: 2,
  lateCancelForfeitsDeposit: true,
  noShowForfeitsDeposit: true,
  noShowAfterMinutes: 15,
  holdMinutes: 10,
  slotStepMinutes: 15,
  waitlistOfferMinutes: 120,
  waitlistMinNoticeHours: 4,
};

/** A stored policy with defaults for anything added since it was saved; null if it is invalid. */
export function completeBookingPolicy(stored: unknown): BookingPolicy | null {
  if (stored === null || typeof stored !== "object") return null;
  const parsed = bookingPolicySchema.safeParse({ ...DEFAULT_BOOKING_POLICY, ...stored });
  return parsed.success ? parsed.data : null;
}

const HOUR_MS = 3_600_000;

export interface CancellationTerms {
  /** Inside the notice period (or after the start). */
  late: boolean;
  forfeitsDeposit: boolean;
  /** What to tell the person before they confirm, in plain words. */
  message: string;
}

/** What cancelling now means for an appointment starting at `startsAt` (epoch ms). */
export function cancellationTerms(
  policy: BookingPolicy,
  startsAt: number,
  now: number,
): CancellationTerms {
  const late = startsAt - now < policy.cancellationNoticeHours * HOUR_MS;
  const forfeitsDeposit = late && policy.lateCancelForfeitsDeposit;
  const notice = `${policy.cancellationNoticeHours} hours`;
  const message = !late
    ? `Cancelled with more than ${notice} notice: no charge.`
    : forfeitsDeposit
      ? `Less than ${notice} before the start: this is a late cancellation and the deposit is kept.`
      : `Less than ${notice} before the start: this is a late cancellation.`;
  return { late, forfeitsDeposit, message };
}

export type RescheduleVerdict =
  | { ok: true; late: boolean; remaining: number | null }
  | { ok: false; code: "reschedule_limit" | "reschedule_notice"; message: string };

/**
 * Whether an appointment may be moved now. Staff may override the notice period (the practitioner
 * moved it, or the clinic agreed); the limit counts moves made at the client's request only.
 */
export function rescheduleTerms(
  policy: BookingPolicy,
  startsAt: number,
  now: number,
  movesSoFar: number,
  by: "client" | "staff",
): RescheduleVerdict {
  const late = startsAt - now < policy.rescheduleNoticeHours * HOUR_MS;
  const limited = policy.rescheduleLimit > 0;
  if (by === "client") {
    if (limited && movesSoFar >= policy.rescheduleLimit) {
      return {
        ok: false,
        code: "reschedule_limit",
        message: `This appointment has already been moved ${movesSoFar} times, the most the clinic allows. Please contact the clinic.`,
      };
    }
    if (late) {
      return {
        ok: false,
        code: "reschedule_notice",
        message: `Appointments can be moved up to ${policy.rescheduleNoticeHours} hours before they start. Please contact the clinic.`,
      };
    }
  }
  return {
    ok: true,
    late,
    remaining: limited ? Math.max(0, policy.rescheduleLimit - movesSoFar - 1) : null,
  };
}

/** Whether an appointment that started at `startsAt` may be marked a no-show at `now`. */
export function noShowAllowed(policy: BookingPolicy, startsAt: number, now: number): boolean {
  return now >= startsAt + policy.noShowAfterMinutes * 60_000;
}
