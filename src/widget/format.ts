/**
 * Pure helpers the widget uses for dates, times and colours. Dates the API gives as local
 * YYYY-MM-DD strings (in the location's zone) are handled as calendar dates, never as instants.
 */

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The `count` dates starting at `from`. */
export function datesFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** Parts of a calendar date for the date strip: "Tue", "1", "Dec", and "Tuesday 1 December". */
export function dateParts(date: string) {
  const d = toUtc(date);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options }).format(d);
  return {
    weekday: part({ weekday: "short" }),
    day: part({ day: "numeric" }),
    month: part({ month: "short" }),
    long: part({ weekday: "long", day: "numeric", month: "long" }),
  };
}

/** "1 – 7 December 2026" or "29 November – 5 December 2026" for a week's heading. */
export function weekLabel(from: string, days: number): string {
  const part = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options }).format(toUtc(date));
  const to = addDays(from, days - 1);
  const [fy, fm] = from.split("-");
  const [ty, tm] = to.split("-");
  const start =
    fy !== ty
      ? part(from, { day: "numeric", month: "long", year: "numeric" })
      : fm !== tm
        ? part(from, { day: "numeric", month: "long" })
        : part(from, { day: "numeric" });
  return `${start} – ${part(to, { day: "numeric", month: "long", year: "numeric" })}`;
}

/** An instant as the clinic reads it: "Tuesday 1 December 2026 at 10:30", in `timeZone`. */
export function formatWhen(iso: string, timeZone: string): string {
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const date = `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}`;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
  return `${date} at ${time}`;
}

/** Seconds as "mm:ss" (never negative). */
export function mmss(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** A "#rrggbb" colour, or `fallback` when the value is anything else. */
export function safeColour(value: string | null | undefined, fallback: string): string {
  return value && /^#[0-9a-f]{6}$/i.test(value) ? value : fallback;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two "#rrggbb" colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(background, "#ffffff") >= contrast(background, "#1b1f24") ? "#ffffff" : "#1b1f24";
}

/**
 * The clinic colour made dark enough for text and outlines on white (at least 4.5:1), by mixing
 * it with black in small steps; a clinic's pale brand colour stays recognisable but readable.
 */
export function readableOnWhite(colour: string): string {
  let [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const hex = () =>
    `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
  for (let i = 0; i < 20 && contrast(hex(), "#ffffff") < 4.5; i++) {
    [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
  }
  return hex();
}
