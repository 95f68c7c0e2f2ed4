import { Temporal } from "temporal-polyfill";

/** One session of a course, with the start times already known to be free for its duration. */
export interface CourseSession {
  /** Candidate free starts, epoch minutes, ascending. */
  starts: Int32Array;
  /** Local calendar day (days since 1970-01-01) of each start, from `localDayNumbers`. */
  days: Int32Array;
  /**
   * Optional preference cost of each start, in minutes of delay it is worth (finite, ≥ 0): a start
   * is ranked by `start + penalty`, so 10080 means "worth waiting a week for". Omitted = all 0.
   */
  penalty?: Float64Array;
}

/** Healing gap between consecutive sessions, in local calendar days (inclusive bounds). */
export interface CourseGap {
  minDays: number;
  maxDays: number;
}

export interface CourseQuery {
  sessions: CourseSession[];
  /** `gaps[i]` lies between session i and session i + 1. */
  gaps: CourseGap[];
  /** How many alternative courses to propose besides the best. */
  alternatives: number;
}

export interface CoursePlacement {
  /** Start of each session, epoch minutes. */
  starts: number[];
  /** Index of each start in its session's `starts`. */
  indexes: number[];
}

export interface CourseProposal {
  best: CoursePlacement | null;
  /** Each starts session 1 on a different local day from the best and from each other. */
  alternatives: CoursePlacement[];
}

const SECONDS_PER_DAY = 86_400;

/**
 * Local calendar day numbers (days since 1970-01-01) of epoch-minute instants in `zone`. Converts
 * with Temporal only when an instant passes the zone's next offset change, not once per instant.
 */
export function localDayNumbers(starts: Int32Array, zone: string): Int32Array {
  const days = new Int32Array(starts.length);
  let offsetSeconds = 0;
  let validFrom = Number.POSITIVE_INFINITY;
  let validUntil = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as number;
    if (start < validFrom || start >= validUntil) {
      const zoned = Temporal.Instant.fromEpochMilliseconds(start * 60_000).toZonedDateTimeISO(zone);
      offsetSeconds = zoned.offsetNanoseconds / 1e9;
      const change = zoned.getTimeZoneTransition("next");
      validFrom = start;
      validUntil = change ? change.epochMilliseconds / 60_000 : Number.POSITIVE_INFINITY;
    }
    days[k] = Math.floor((start * 60 + offsetSeconds) / SECONDS_PER_DAY);
  }
  return days;
}

/**
 * The earliest feasible course (lexicographically smallest vector of ranked starts, never a greedy
 * choice that strands a later session) and up to `q.alternatives` courses on other first days.
 */
export function placeCourse(q: CourseQuery): CourseProposal {
  validateCourseQuery(q);
  const next = feasibleFrom(q, 0);
  const first = q.sessions[0] as CourseSession;
  const firstNext = next[0] as Int32Array;
  const len = first.starts.length;

  // The best feasible first-session start of each local day, in day order.
  const perDay: number[] = [];
  for (let k = firstNext[0] as number; k < len; k = firstNext[k + 1] as number) {
    const last = perDay.length - 1;
    const chosen = perDay[last];
    if (chosen === undefined || first.days[chosen] !== first.days[k]) perDay.push(k);
    else if (ranksBefore(first, k, chosen)) perDay[last] = k;
  }
  if (first.penalty) perDay.sort((a, b) => (ranksBefore(first, a, b) ? -1 : 1));

  const courses = perDay
    .slice(0, 1 + q.alternatives)
    .map((k) => completeCourse(q, next, [first.starts[k] as number], [k]));
  return { best: courses[0] ?? null, alternatives: courses.slice(1) };
}

/** Throws a RangeError describing the first malformed part of a course query. */
export function validateCourseQuery(q: CourseQuery): void {
  const n = q.sessions.length;
  if (n === 0) throw new RangeError("A course needs at least one session");
  if (q.gaps.length !== n - 1) {
    throw new RangeError(`A course of ${n} sessions needs ${n - 1} gaps, not ${q.gaps.length}`);
  }
  q.gaps.forEach(({ minDays, maxDays }, i) => {
    if (!Number.isInteger(minDays) || !Number.isInteger(maxDays) || minDays < 1) {
      throw new RangeError(`Gap ${i + 1}: days must be whole numbers and at least 1`);
    }
    if (maxDays < minDays) {
      throw new RangeError(
        `Gap ${i + 1}: at most ${maxDays} days is less than at least ${minDays}`,
      );
    }
  });
  q.sessions.forEach((s, i) => {
    if (s.days.length !== s.starts.length || (s.penalty && s.penalty.length !== s.starts.length)) {
      throw new RangeError(`Session ${i + 1}: starts, days and penalty must have the same length`);
    }
  });
  if (!Number.isInteger(q.alternatives) || q.alternatives < 0) {
    throw new RangeError("alternatives must be a whole number, 0 or more");
  }
}

/**
 * Backward feasibility pass over sessions `from`…n-1. `next[i][k]` is the smallest index ≥ k of a
 * start of session i from which the rest of the course can be completed (length when none).
 * Linear in the number of starts: one pointer per session walks the next session's days.
 */
export function feasibleFrom(q: CourseQuery, from: number): Int32Array[] {
  const n = q.sessions.length;
  const next: Int32Array[] = new Array(n);
  for (let i = n - 1; i >= from; i--) {
    const { days } = q.sessions[i] as CourseSession;
    const len = days.length;
    const nx = new Int32Array(len + 1);
    nx[len] = len;
    if (i === n - 1) {
      for (let k = 0; k < len; k++) nx[k] = k;
    } else {
      const laterDays = (q.sessions[i + 1] as CourseSession).days;
      const laterNext = next[i + 1] as Int32Array;
      const { minDays, maxDays } = q.gaps[i] as CourseGap;
      let lo = laterDays.length; // first later start on or after day + minDays
      for (let k = len - 1; k >= 0; k--) {
        const day = days[k] as number;
        while (lo > 0 && (laterDays[lo - 1] as number) >= day + minDays) lo--;
        const f = laterNext[lo] as number;
        const ok = f < laterDays.length && (laterDays[f] as number) <= day + maxDays;
        nx[k] = ok ? k : (nx[k + 1] as number);
      }
    }
    next[i] = nx;
  }
  return next;
}

/** Extends a course prefix earliest-first; every step succeeds when the prefix's last start is feasible. */
export function completeCourse(
  q: CourseQuery,
  next: Int32Array[],
  starts: number[],
  indexes: number[],
  lastDay?: number,
): CoursePlacement {
  let i = starts.length - 1;
  let day = lastDay ?? ((q.sessions[i] as CourseSession).days[indexes[i] as number] as number);
  for (i++; i < q.sessions.length; i++) {
    const k = bestInWindow(q, next, i, day);
    if (k < 0) throw new Error("unreachable: a feasible start always has a feasible successor");
    const session = q.sessions[i] as CourseSession;
    starts.push(session.starts[k] as number);
    indexes.push(k);
    day = session.days[k] as number;
  }
  return { starts, indexes };
}

/** Best-ranked feasible start of session i within gap i-1 after `prevDay`, or -1. */
export function bestInWindow(
  q: CourseQuery,
  next: Int32Array[],
  i: number,
  prevDay: number,
): number {
  const session = q.sessions[i] as CourseSession;
  const nx = next[i] as Int32Array;
  const { minDays, maxDays } = q.gaps[i - 1] as CourseGap;
  const lo = firstDayAtLeast(session.days, prevDay + minDays);
  const hi = firstDayAtLeast(session.days, prevDay + maxDays + 1);
  let best = nx[lo] as number;
  if (best >= hi) return -1;
  if (!session.penalty) return best;
  for (let k = nx[best + 1] as number; k < hi; k = nx[k + 1] as number) {
    if (ranksBefore(session, k, best)) best = k;
  }
  return best;
}

/** Whether start a ranks strictly before start b: lower start + penalty, then earlier start, then index. */
function ranksBefore(s: CourseSession, a: number, b: number): boolean {
  const sa = s.starts[a] as number;
  const sb = s.starts[b] as number;
  const ca = sa + (s.penalty?.[a] ?? 0);
  const cb = sb + (s.penalty?.[b] ?? 0);
  if (ca !== cb) return ca < cb;
  if (sa !== sb) return sa < sb;
  return a < b;
}

function firstDayAtLeast(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
