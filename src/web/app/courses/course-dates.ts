import type { Formatter } from "../../../domain/time/format.ts";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { ProposedSession, Slot } from "../../../shared/contracts/scheduling.ts";

const DAY_MS = 86_400_000;

/** The healing gap a course keeps before `session` (2 = between sessions 1 and 2). */
export interface GapWindow {
  session: number;
  minDays: number;
  maxDays: number;
}

/** The local calendar date (YYYY-MM-DD) of an ISO instant in a zone. */
export function localDateOf(iso: string, zone: string): string {
  return epochToLocal(Date.parse(iso), zone).date;
}

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);
}

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** "10–28 days after session 1"; "14 days after session 1" when the window is one day. */
export function gapWindowText(gap: GapWindow): string {
  const range =
    gap.minDays === gap.maxDays ? days(gap.minDays) : `${gap.minDays}–${gap.maxDays} days`;
  return `${range} after session ${gap.session - 1}`;
}

/** "16 days after session 1" for a proposed session, in the location's calendar; null for the first. */
export function gapFromPrevious(
  course: readonly ProposedSession[],
  index: number,
  zone: string,
): string | null {
  const current = course[index];
  const previous = course[index - 1];
  if (!current || !previous) return null;
  const gap = daysBetween(
    localDateOf(previous.startsAt, zone),
    localDateOf(current.startsAt, zone),
  );
  return `${days(gap)} after session ${previous.session}`;
}

/** How far past its current date session 1's alternatives reach when nothing later holds it. */
export const FIRST_SESSION_SPAN_DAYS = 28;

export type SessionWindow =
  | { ok: true; from: string; toInclusive: string; days: number }
  | { ok: false; reason: string };

/**
 * The local dates a session may move to while the course stays valid. The session before it stays
 * where it is (it bounds the healing gap); the session after it bounds the window only when the
 * person pinned it, since an unpinned later session is re-placed around the new choice. Session 1
 * starts no earlier than `earliest` and looks four weeks past its current date.
 */
export function sessionWindow(input: {
  session: number;
  course: readonly ProposedSession[];
  gaps: readonly GapWindow[];
  pinned: ReadonlySet<number>;
  earliest: string;
  zone: string;
}): SessionWindow {
  const { session, course, gaps, pinned, earliest, zone } = input;
  const index = course.findIndex((s) => s.session === session);
  const current = course[index];
  if (!current) return { ok: false, reason: `There is no session ${session} in this course.` };
  const previous = course[index - 1];
  const next = course[index + 1];
  const gapBefore = gaps.find((g) => g.session === session);
  const gapAfter = gaps.find((g) => g.session === session + 1);

  let from = earliest;
  let to = addDays(localDateOf(current.startsAt, zone), FIRST_SESSION_SPAN_DAYS - 1);
  if (previous && gapBefore) {
    const previousDate = localDateOf(previous.startsAt, zone);
    from = later(earliest, addDays(previousDate, gapBefore.minDays));
    to = addDays(previousDate, gapBefore.maxDays);
  }
  if (next && gapAfter && pinned.has(next.session)) {
    const nextDate = localDateOf(next.startsAt, zone);
    from = later(from, addDays(nextDate, -gapAfter.maxDays));
    to = earlier(to, addDays(nextDate, -gapAfter.minDays));
  }
  const span = daysBetween(from, to) + 1;
  if (span < 1) {
    return {
      ok: false,
      reason: `No date fits between session ${session - 1} and session ${session + 1} as they are. Undo your choice for session ${session + 1} to see more dates.`,
    };
  }
  return { ok: true, from, toInclusive: to, days: Math.min(span, 180) };
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

export interface SlotDay {
  date: string;
  /** One entry per distinct start time, earliest first; `slots` are the resources free then. */
  times: { startsAt: string; slots: Slot[] }[];
}

/** Free slots grouped by local day, then by start time (several practitioners may be free). */
export function groupSlotsByDay(slots: readonly Slot[], zone: string): SlotDay[] {
  const byDay = new Map<string, Map<string, Slot[]>>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const slot of sorted) {
    const date = localDateOf(slot.startsAt, zone);
    let times = byDay.get(date);
    if (!times) {
      times = new Map();
      byDay.set(date, times);
    }
    const key = new Date(Date.parse(slot.startsAt)).toISOString();
    const list = times.get(key);
    if (list) list.push(slot);
    else times.set(key, [slot]);
  }
  return [...byDay.entries()].map(([date, times]) => ({
    date,
    times: [...times.values()].map((list) => ({
      startsAt: (list[0] as Slot).startsAt,
      slots: list,
    })),
  }));
}

export interface SessionChange {
  session: number;
  before: ProposedSession;
  after: ProposedSession;
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/** Sessions whose time, practitioner or room differ between two versions of a course. */
export function courseChanges(
  before: readonly ProposedSession[],
  after: readonly ProposedSession[],
): SessionChange[] {
  const changes: SessionChange[] = [];
  for (const next of after) {
    const previous = before.find((s) => s.session === next.session);
    if (!previous) continue;
    if (
      !sameInstant(previous.startsAt, next.startsAt) ||
      previous.practitioner.id !== next.practitioner.id ||
      (previous.room?.id ?? null) !== (next.room?.id ?? null)
    ) {
      changes.push({ session: next.session, before: previous, after: next });
    }
  }
  return changes;
}

/** "9:32" for the time left on a hold; "0:00" once it has run out. */
export function countdownText(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The session whose time overlaps a clash reported by the server, if any. */
export function clashedSession(
  course: readonly ProposedSession[],
  clash: { session?: unknown; startsAt?: unknown; endsAt?: unknown } | null | undefined,
): number | null {
  if (!clash) return null;
  if (typeof clash.session === "number") return clash.session;
  if (typeof clash.startsAt !== "string" || typeof clash.endsAt !== "string") return null;
  const start = Date.parse(clash.startsAt);
  const end = Date.parse(clash.endsAt);
  const hit = course.find((s) => Date.parse(s.startsAt) < end && start < Date.parse(s.endsAt));
  return hit?.session ?? null;
}

/** A stable key for a course's choices: changes whenever a time, person or room changes. */
export function courseKey(course: readonly ProposedSession[] | null): string {
  if (!course) return "";
  return course
    .map((s) => `${s.session}@${Date.parse(s.startsAt)}/${s.practitioner.id}/${s.room?.id ?? "-"}`)
    .join("|");
}

/** "Tue 8 Dec" when the date falls in `year`, else the formatter's full "Tue 8 Dec 2027". */
export function shortDay(formatter: Formatter, iso: string, year: string): string {
  const full = formatter.weekdayDate(Date.parse(iso));
  const own = localDateOf(iso, formatter.timeZone).slice(0, 4);
  return own === year ? full.replace(/,?\s*\d{4}$/, "") : full;
}

/** "Tue 15 Dec 2026, 10:00–13:00" in the formatter's zone. */
export function sessionWhen(
  formatter: Formatter,
  s: Pick<ProposedSession, "startsAt" | "endsAt">,
): string {
  const start = Date.parse(s.startsAt);
  return `${formatter.weekdayDate(start)}, ${formatter.timeRange(start, Date.parse(s.endsAt))}`;
}
