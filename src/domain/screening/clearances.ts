import { compareIso, formatDay, isIsoDate, parseIsoDate } from "./dates.ts";
import type { Clearance, ScreeningReason } from "./types.ts";

/**
 * A GP letter on record clears a gp_letter reason for its rule; a recorded deferral replaces a
 * defer reason's date (cleared once that date is on or before the treatment date). The latest
 * recorded clearance of each kind wins. Declines are never lifted.
 */
export function applyClearances(
  reason: ScreeningReason,
  clearances: readonly Clearance[],
  on: string,
): ScreeningReason {
  const latest = (kind: Clearance["kind"]) =>
    clearances
      .filter((c) => c.ruleId === reason.ruleId && c.kind === kind)
      .filter((c) => kind !== "deferral" || c.until === null || isIsoDate(c.until))
      .reduce<Clearance | null>(
        (best, c) => (best && compareIso(c.recordedOn, best.recordedOn) < 0 ? best : c),
        null,
      );
  if (reason.outcome === "gp_letter") {
    const letter = latest("gp_letter");
    if (!letter) return reason;
    return {
      ...reason,
      cleared: letter,
      message: `${reason.message} Cleared: GP or doctor letter recorded on ${dayOrRaw(letter.recordedOn)}.`,
    };
  }
  if (reason.outcome === "defer") {
    const deferral = latest("deferral");
    if (!deferral) return reason;
    const until = deferral.until;
    const recorded = `deferral recorded on ${dayOrRaw(deferral.recordedOn)}`;
    if (until !== null && compareIso(until, on) <= 0) {
      return {
        ...reason,
        until,
        cleared: deferral,
        message: `${reason.message} Cleared: ${recorded} ran until ${formatDay(until)}.`,
      };
    }
    const runs = until === null ? "until further notice" : `until ${formatDay(until)}`;
    return {
      ...reason,
      until,
      message: `${reason.message} A ${recorded} now runs ${runs}.`,
    };
  }
  return reason;
}

function dayOrRaw(value: string): string {
  const date = parseIsoDate(value);
  return date ? formatDay(date) : value;
}
