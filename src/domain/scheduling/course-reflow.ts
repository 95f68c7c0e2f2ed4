import {
  bestInWindow,
  type CourseGap,
  type CourseQuery,
  type CourseSession,
  completeCourse,
  feasibleFrom,
  localDayNumbers,
  validateCourseQuery,
} from "./course-placement.ts";

/** A healing gap that a moved session breaks; `between` holds 0-based session indexes. */
export interface BrokenGap {
  between: [number, number];
  minDays: number;
  maxDays: number;
  /** Days between the two sessions as they stand; null when no free start fits the gap at all. */
  actualDays: number | null;
}

export type ReflowResult =
  | { ok: true; starts: number[] }
  | { ok: false; brokenGap: BrokenGap; message: string };

/**
 * Moves one session of a course: earlier sessions stay where `before` has them (and must still
 * fit their gaps), later ones are re-placed earliest-first from `q`'s candidates. `zone` gives the
 * local days of the kept and moved starts, which need not be among the candidates.
 */
export function reflowCourse(
  q: CourseQuery,
  fixed: { session: number; start: number },
  before: number[],
  zone: string,
): ReflowResult {
  validateCourseQuery(q);
  const n = q.sessions.length;
  const s = fixed.session;
  if (!Number.isInteger(s) || s < 0 || s >= n) {
    throw new RangeError(`Session index ${s} is outside a course of ${n} sessions`);
  }
  if (before.length !== n) {
    throw new RangeError(`The course before the move needs ${n} starts, not ${before.length}`);
  }
  const kept = [...before.slice(0, s), fixed.start];
  const keptDays = localDayNumbers(Int32Array.from(kept), zone);
  for (let i = 0; i < s; i++) {
    const gap = q.gaps[i] as CourseGap;
    const actualDays = (keptDays[i + 1] as number) - (keptDays[i] as number);
    if (actualDays < gap.minDays || actualDays > gap.maxDays) {
      return broken(i, gap, actualDays);
    }
  }
  if (s === n - 1) return { ok: true, starts: kept };

  const next = feasibleFrom(q, s + 1);
  const fixedDay = keptDays[s] as number;
  if (bestInWindow(q, next, s + 1, fixedDay) >= 0) {
    const indexes = kept.map(() => -1);
    return { ok: true, starts: completeCourse(q, next, kept, indexes, fixedDay).starts };
  }
  const i = firstUnreachableGap(q, s, fixedDay);
  return broken(i, q.gaps[i] as CourseGap, null);
}

/**
 * The first gap i (≥ s) such that some free start of session i can be reached from the moved
 * session but no free start of session i + 1 can: a forward pass, linear in the number of starts.
 */
function firstUnreachableGap(q: CourseQuery, s: number, fixedDay: number): number {
  let reachable = Int32Array.of(fixedDay); // days of reachable starts of session i, ascending
  for (let i = s; i < q.sessions.length - 1; i++) {
    const later = (q.sessions[i + 1] as CourseSession).days;
    const { minDays, maxDays } = q.gaps[i] as CourseGap;
    const found: number[] = [];
    let p = 0;
    let latest = Number.NEGATIVE_INFINITY; // latest reachable day ≤ day - minDays
    for (const day of later) {
      while (p < reachable.length && (reachable[p] as number) <= day - minDays) {
        latest = reachable[p] as number;
        p++;
      }
      if (latest >= day - maxDays) found.push(day);
    }
    if (found.length === 0) return i;
    reachable = Int32Array.from(found);
  }
  throw new Error("unreachable: every session can be reached, so a course exists");
}

function broken(i: number, gap: CourseGap, actualDays: number | null): ReflowResult {
  const range = `${gap.minDays}–${gap.maxDays} days`;
  const message =
    actualDays === null
      ? `No free time for session ${i + 2} ${range} after session ${i + 1}.`
      : `Session ${i + 2} would be ${describeDays(actualDays)} session ${i + 1}, but the gap must be ${range}.`;
  return {
    ok: false,
    brokenGap: { between: [i, i + 1], minDays: gap.minDays, maxDays: gap.maxDays, actualDays },
    message,
  };
}

function describeDays(days: number): string {
  if (days === 0) return "on the same day as";
  const count = Math.abs(days) === 1 ? "1 day" : `${Math.abs(days)} days`;
  return days > 0 ? `${count} after` : `${count} before`;
}
