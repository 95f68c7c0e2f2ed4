import type { Formatter } from "../../../domain/time/format.ts";
import type { WaitlistEntry, WaitlistOffer } from "../../../shared/contracts/waitlist.ts";

export interface StatusBadge {
  label: string;
  colour: string;
}

/** "Waiting", "Offered until 14:30" (with the day when it is not today), "Booked", "Withdrawn". */
export function statusBadge(entry: WaitlistEntry, fmt: Formatter, nowMs: number): StatusBadge {
  switch (entry.status) {
    case "waiting":
      return { label: "Waiting", colour: "blue" };
    case "booked":
      return { label: "Booked", colour: "green" };
    case "withdrawn":
      return { label: "Withdrawn", colour: "gray" };
    case "offered": {
      const offer = entry.offer;
      if (offer?.status !== "pending") return { label: "Offered", colour: "orange" };
      const expires = Date.parse(offer.expiresAt);
      if (expires <= nowMs) return { label: "Offer expired", colour: "red" };
      return { label: `Offered until ${untilText(expires, fmt, nowMs)}`, colour: "orange" };
    }
  }
}

/** "14:30" today, else "Tue 24 Nov 2026 14:30". */
export function untilText(epochMs: number, fmt: Formatter, nowMs: number): string {
  const sameDay = fmt.date(epochMs) === fmt.date(nowMs);
  return sameDay ? fmt.time(epochMs) : `${fmt.weekdayDate(epochMs)} ${fmt.time(epochMs)}`;
}

/** "Tue 24 Nov 2026, 10:00–10:30 with Alex Morgan" */
export function offerWhen(offer: WaitlistOffer, fmt: Formatter): string {
  const start = Date.parse(offer.startsAt);
  return `${fmt.weekdayDate(start)}, ${fmt.timeRange(start, Date.parse(offer.endsAt))} with ${offer.practitioner.name}`;
}

/** What happened to the last offer, for an entry waiting again. */
export function lastOutcome(offer: WaitlistOffer | null, fmt: Formatter): string | null {
  if (!offer) return null;
  const when = `${fmt.weekdayDate(Date.parse(offer.startsAt))} ${fmt.time(Date.parse(offer.startsAt))}`;
  switch (offer.status) {
    case "declined":
      return `Declined ${when}`;
    case "expired":
      return `Did not answer for ${when}`;
    case "withdrawn":
      return `Offer of ${when} withdrawn`;
    default:
      return null;
  }
}

/** "24/11/2026 – 30/11/2026", or one date when both are the same. */
export function dateRange(
  entry: Pick<WaitlistEntry, "earliestDate" | "latestDate">,
  fmt: Formatter,
) {
  const day = (iso: string) => fmt.date(Date.parse(`${iso}T12:00:00Z`));
  return entry.earliestDate === entry.latestDate
    ? day(entry.earliestDate)
    : `${day(entry.earliestDate)} – ${day(entry.latestDate)}`;
}
