import { Temporal } from "temporal-polyfill";
import { isValidTimeZone } from "./zoned.ts";

export interface FormatterOptions {
  /** BCP 47 locale; default "en-GB" (dd/mm/yyyy, 24-hour clock). */
  locale?: string;
  /** IANA zone every instant is shown in, normally the clinic location's zone. */
  timeZone: string;
  /** ISO 4217 currency for `money`; default "GBP". */
  currency?: string;
}

/**
 * Renders instants and amounts for people; every screen, email, SMS and calendar entry uses one.
 * Output uses plain ASCII spaces only (see `plain`).
 */
export interface Formatter {
  readonly locale: string;
  readonly timeZone: string;
  readonly currency: string;
  /** "24/11/2026" */
  date(epochMs: number): string;
  /** "14:30" (en-US: "2:30 PM") */
  time(epochMs: number): string;
  /** "24/11/2026, 14:30" */
  dateTime(epochMs: number): string;
  /** "14:30–15:30"; a range across days shows both dates. */
  timeRange(startMs: number, endMs: number): string;
  /** "Tue 24 Nov 2026" */
  weekdayDate(epochMs: number): string;
  /** "Tuesday" */
  weekday(epochMs: number): string;
  /** "Tue 24/11/2026 14:30": short weekday, numeric date and time. */
  weekdayDateTime(epochMs: number): string;
  /** "today", "tomorrow" or "yesterday" relative to `nowMs` in the zone, else as `weekdayDate`. */
  relativeDay(epochMs: number, nowMs: number): string;
  /** "£1,250.00" from 125000 minor units (pence); non-integer amounts are refused. */
  money(minorUnits: number): string;
}

/** Creates the formatter for one locale, zone and currency; Intl objects are built once and reused. */
export function createFormatter(options: FormatterOptions): Formatter {
  const { locale = "en-GB", timeZone, currency = "GBP" } = options;
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(`"${timeZone}" is not a time zone: use an IANA name like Europe/London`);
  }

  // The locale's own clock preference, so en-GB gets "09:05" and en-US "9:05 AM".
  const preferred = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short" });
  const hourCycle = preferred.resolvedOptions().hourCycle ?? "h23";
  const clock: Intl.DateTimeFormatOptions = {
    timeZone,
    hour: hourCycle === "h23" || hourCycle === "h24" ? "2-digit" : "numeric",
    minute: "2-digit",
    hourCycle,
  };
  const numericDate: Intl.DateTimeFormatOptions = {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  };

  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, numericDate));
  const timeFormat = lazy(() => new Intl.DateTimeFormat(locale, clock));
  const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(locale, { ...numericDate, ...clock }));
  const weekdayDateFormat = lazy(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
      }),
  );
  const weekdayFormat = lazy(() => new Intl.DateTimeFormat(locale, { timeZone, weekday: "long" }));
  const shortWeekdayFormat = lazy(
    () => new Intl.DateTimeFormat(locale, { timeZone, weekday: "short" }),
  );
  const relativeFormat = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const moneyFormat = lazy(() => new Intl.NumberFormat(locale, { style: "currency", currency }));

  const weekdayDate = (epochMs: number): string =>
    weekdayDateFormat()
      .formatToParts(epochMs)
      .map((part, i, parts) =>
        // House style (as GOV.UK): no comma after the weekday, "Tue 24 Nov 2026".
        part.type === "literal" && parts[i - 1]?.type === "weekday" && /^,\s*$/.test(part.value)
          ? " "
          : part.value,
      )
      .join("")
      .replace(SPACES, " ");

  return {
    locale,
    timeZone,
    currency,
    date: (epochMs) => plain(dateFormat().format(epochMs)),
    time: (epochMs) => plain(timeFormat().format(epochMs)),
    dateTime: (epochMs) => plain(dateTimeFormat().format(epochMs)),
    timeRange: (startMs, endMs) => plain(timeFormat().formatRange(startMs, endMs)),
    weekdayDate,
    weekday: (epochMs) => plain(weekdayFormat().format(epochMs)),
    weekdayDateTime: (epochMs) =>
      `${plain(shortWeekdayFormat().format(epochMs))} ${plain(dateFormat().format(epochMs))} ${plain(timeFormat().format(epochMs))}`,
    relativeDay(epochMs, nowMs) {
      const days = localDate(nowMs, timeZone).until(localDate(epochMs, timeZone)).days;
      return Math.abs(days) <= 1 ? relativeFormat().format(days, "day") : weekdayDate(epochMs);
    },
    money(minorUnits) {
      if (!Number.isSafeInteger(minorUnits)) {
        throw new RangeError(`${minorUnits} is not a whole number of minor currency units`);
      }
      const format = moneyFormat();
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      return plain(format.format(minorUnits / 10 ** digits));
    },
  };
}

/**
 * ICU writes narrow and thin no-break spaces (U+202F, U+2009, U+00A0) and changes them between
 * versions; plain spaces keep output identical on every Node version and cheap to send by SMS.
 */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

function plain(text: string): string {
  return text.replace(SPACES, " ");
}

function localDate(epochMs: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate();
}

function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}
