import { useMemo } from "react";
import { createFormatter, type Formatter } from "../../domain/time/format.ts";
import { epochToLocal } from "../../domain/time/zoned.ts";
import { useMe } from "./use-me.ts";

const cache = new Map<string, Formatter>();

/** One shared formatter per locale, zone and currency (they hold reusable Intl objects). */
export function formatterFor(options: {
  locale: string;
  timeZone: string;
  currency: string;
}): Formatter {
  const key = `${options.locale}|${options.timeZone}|${options.currency}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = safeFormatter(options);
    cache.set(key, formatter);
  }
  return formatter;
}

function safeFormatter(options: { locale: string; timeZone: string; currency: string }): Formatter {
  try {
    return createFormatter(options);
  } catch {
    // A clinic with an unusable zone still gets readable times rather than a broken screen.
    return createFormatter({ ...options, timeZone: "Europe/London" });
  }
}

/** The clinic's formatter, or one for another zone (e.g. an appointment's location). */
export function useFormatter(timeZone?: string): Formatter {
  const { clinic } = useMe();
  return useMemo(
    () =>
      formatterFor({
        locale: clinic.locale,
        currency: clinic.currency,
        timeZone: timeZone ?? clinic.timeZone,
      }),
    [clinic.locale, clinic.currency, clinic.timeZone, timeZone],
  );
}

/** A formatter for public pages with no clinic: the browser's zone, UK English. */
export function browserFormatter(): Formatter {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "Europe/London";
  return formatterFor({ locale: "en-GB", timeZone, currency: "GBP" });
}

/** "Tue 24/11/2026 14:30" for an ISO instant, in the formatter's zone. */
export function weekdayDateTime(formatter: Formatter, iso: string): string {
  return formatter.weekdayDateTime(Date.parse(iso));
}

/** Whole years between a YYYY-MM-DD birth date and today in the zone; null if unknown. */
export function ageOn(dateOfBirth: string | null, nowMs: number, timeZone: string): number | null {
  if (!dateOfBirth || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) return null;
  const today = epochToLocal(nowMs, timeZone).date;
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** "24/11/1985" from "1985-11-24": a calendar date, so it is shown without any zone shift. */
export function calendarDate(iso: string | null, locale = "en-GB"): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? "";
  return formatterFor({ locale, timeZone: "UTC", currency: "GBP" }).date(
    Date.parse(`${iso}T12:00:00Z`),
  );
}
