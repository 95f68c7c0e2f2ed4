import { Temporal } from "temporal-polyfill";

/** Upper bound on offset changes written for one zone, whatever range is asked for. */
const MAX_CHANGES = 200;

/**
 * An RFC 5545 VTIMEZONE for an IANA zone, listing every offset change from the one in force on
 * 1 January of `fromYear` through the end of `toYear`, each as its own observance (no RRULE, so it
 * is exact for any zone, including ones whose rules changed). Null for a zone Temporal does not
 * know.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  let start: Temporal.ZonedDateTime;
  let end: Temporal.ZonedDateTime;
  try {
    start = Temporal.ZonedDateTime.from({ timeZone: zone, year: fromYear, month: 1, day: 1 });
    end = Temporal.ZonedDateTime.from({ timeZone: zone, year: toYear + 1, month: 1, day: 1 });
  } catch {
    return null;
  }
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const changes: Temporal.ZonedDateTime[] = [];
  const inForce = start.getTimeZoneTransition("previous");
  if (inForce) changes.push(inForce);
  let cursor: Temporal.ZonedDateTime | null = start;
  while (changes.length < MAX_CHANGES) {
    cursor = cursor.getTimeZoneTransition("next");
    if (!cursor || Temporal.ZonedDateTime.compare(cursor, end) >= 0) break;
    changes.push(cursor);
  }

  if (changes.length === 0) {
    // A zone that has never changed its offset (UTC, Etc/GMT+5): one standard observance.
    lines.push(
      ...observance("STANDARD", "19700101T000000", start.offset, start.offset, abbreviation(start)),
    );
  }
  for (const change of changes) {
    const before = change.subtract({ nanoseconds: 1 });
    // DTSTART is the wall-clock moment of the change read with the offset in force before it.
    const localStart = change.toInstant().toZonedDateTimeISO(before.offset).toPlainDateTime();
    const kind =
      change.offsetNanoseconds > before.offsetNanoseconds ? "DAYLIGHT" : ("STANDARD" as const);
    lines.push(
      ...observance(kind, basic(localStart), before.offset, change.offset, abbreviation(change)),
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

function observance(
  kind: "STANDARD" | "DAYLIGHT",
  dtstart: string,
  from: string,
  to: string,
  name: string | null,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${dtstart}`,
    `TZOFFSETFROM:${icsOffset(from)}`,
    `TZOFFSETTO:${icsOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/** "+01:00" → "+0100"; seconds, which a few historic offsets have, are kept. */
function icsOffset(offset: string): string {
  return offset.replace(/:/g, "");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 2027-03-28T01:00:00 → 20270328T010000 */
function basic(t: Temporal.PlainDateTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

const namers = ["en-GB", "en-US"].map((locale) => (zone: string) => {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
  } catch {
    return null;
  }
});

/** "BST", "CET", "EST" where Intl knows a letter abbreviation; null rather than "GMT+2". */
function abbreviation(at: Temporal.ZonedDateTime): string | null {
  for (const namer of namers) {
    const name = namer(at.timeZoneId)
      ?.formatToParts(at.epochMilliseconds)
      .find((p) => p.type === "timeZoneName")?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return null;
}
