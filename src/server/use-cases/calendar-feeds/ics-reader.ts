import ICAL from "ical.js";

/** An event as a calendar app reads it: local wall-clock time in its TZID, and the real instant. */
export interface ReadEvent {
  uid: string;
  sequence: number;
  summary: string;
  location: string;
  description: string;
  status: string | null;
  tzid: string | null;
  /** "2027-03-26 10:00" in the event's own zone. */
  localStart: string;
  localEnd: string;
  startUtc: string;
  endUtc: string;
  hasStamp: boolean;
}

export interface ReadCalendar {
  method: string | null;
  name: string | null;
  timezones: { tzid: string; observances: string[] }[];
  events: ReadEvent[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const local = (t: ICAL.Time) =>
  `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;

/**
 * Parses an .ics file with ical.js, the way calendar apps do: the file's own VTIMEZONEs are the
 * only zone data used (ical.js knows none itself), so wrong rules give wrong instants. For tests.
 */
export function readIcs(text: string): ReadCalendar {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezones = root.getAllSubcomponents("vtimezone");
  for (const vtz of vtimezones) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  try {
    return {
      method: stringOrNull(root.getFirstPropertyValue("method")),
      name: stringOrNull(root.getFirstPropertyValue("x-wr-calname")),
      timezones: vtimezones.map((vtz) => ({
        tzid: String(vtz.getFirstPropertyValue("tzid")),
        observances: vtz.getAllSubcomponents().map((c) => c.name.toUpperCase()),
      })),
      events: root.getAllSubcomponents("vevent").map((component) => {
        const event = new ICAL.Event(component);
        const start = event.startDate;
        const end = event.endDate;
        return {
          uid: event.uid,
          sequence: event.sequence,
          summary: event.summary,
          location: event.location ?? "",
          description: event.description ?? "",
          status: stringOrNull(component.getFirstPropertyValue("status")),
          tzid: stringOrNull(component.getFirstProperty("dtstart")?.getParameter("tzid")),
          localStart: local(start),
          localEnd: local(end),
          startUtc: start.toJSDate().toISOString(),
          endUtc: end.toJSDate().toISOString(),
          hasStamp: component.hasProperty("dtstamp"),
        };
      }),
    };
  } finally {
    ICAL.TimezoneService.reset();
  }
}

function stringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
