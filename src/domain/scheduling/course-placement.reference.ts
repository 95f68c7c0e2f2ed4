/**
 * Test-only brute-force references for course placement: enumerate every combination of starts,
 * keep the ones that fit every gap, take lexicographic minima. Exponential; small instances only.
 */
import type { CoursePlacement, CourseProposal, CourseQuery } from "./course-placement.ts";

type Key = [cost: number, start: number, index: number][];

function keyOf(q: CourseQuery, c: CoursePlacement, from = 0): Key {
  return c.indexes.slice(from).map((k, j) => {
    const s = q.sessions[from + j];
    const start = c.starts[from + j] as number;
    return [start + (s?.penalty?.[k] ?? 0), start, k];
  });
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Key[number];
    const y = b[i] as Key[number];
    for (let f = 0; f < 3; f++) if (x[f] !== y[f]) return (x[f] as number) - (y[f] as number);
  }
  return 0;
}

/** Every combination of candidate indexes for sessions `from`…n-1 (no pruning). */
function* combinations(q: CourseQuery, from: number): Generator<number[]> {
  const sizes = q.sessions.slice(from).map((s) => s.starts.length);
  if (sizes.some((size) => size === 0)) return;
  const pick = sizes.map(() => 0);
  for (;;) {
    yield [...pick];
    let i = pick.length - 1;
    while (i >= 0 && pick[i] === (sizes[i] as number) - 1) pick[i--] = 0;
    if (i < 0) return;
    pick[i] = (pick[i] as number) + 1;
  }
}

function fits(q: CourseQuery, days: number[], from: number): boolean {
  for (let j = 0; j + 1 < days.length; j++) {
    const gap = q.gaps[from + j];
    const d = (days[j + 1] as number) - (days[j] as number);
    if (!gap || d < gap.minDays || d > gap.maxDays) return false;
  }
  return true;
}

/** Every complete course that respects every gap. */
export function allFeasibleCourses(q: CourseQuery): CoursePlacement[] {
  const out: CoursePlacement[] = [];
  for (const indexes of combinations(q, 0)) {
    const days = indexes.map((k, i) => q.sessions[i]?.days[k] as number);
    if (fits(q, days, 0)) {
      out.push({ starts: indexes.map((k, i) => q.sessions[i]?.starts[k] as number), indexes });
    }
  }
  return out;
}

/** Brute-force `placeCourse`: per first-session day the best course, ranked, best first. */
export function bruteForcePlaceCourse(q: CourseQuery): CourseProposal {
  const bestPerDay = new Map<number, CoursePlacement>();
  for (const c of allFeasibleCourses(q)) {
    const day = q.sessions[0]?.days[c.indexes[0] as number] as number;
    const held = bestPerDay.get(day);
    if (!held || compareKeys(keyOf(q, c), keyOf(q, held)) < 0) bestPerDay.set(day, c);
  }
  const ranked = [...bestPerDay.values()].sort((a, b) => compareKeys(keyOf(q, a), keyOf(q, b)));
  return { best: ranked[0] ?? null, alternatives: ranked.slice(1, 1 + q.alternatives) };
}

/**
 * Brute-force completion after a session fixed on local day `fixedDay`: the best starts of the
 * later sessions, or null when none fit.
 */
export function bruteForceCompletion(
  q: CourseQuery,
  session: number,
  fixedDay: number,
): number[] | null {
  let best: { c: CoursePlacement; key: Key } | null = null;
  for (const indexes of combinations(q, session + 1)) {
    const days = [
      fixedDay,
      ...indexes.map((k, j) => q.sessions[session + 1 + j]?.days[k] as number),
    ];
    if (!fits(q, days, session)) continue;
    const pad = Array.from({ length: session + 1 }, () => 0);
    const c = {
      indexes: [...pad, ...indexes],
      starts: [...pad, ...indexes.map((k, j) => q.sessions[session + 1 + j]?.starts[k] as number)],
    };
    const key = keyOf(q, c, session + 1);
    if (!best || compareKeys(key, best.key) < 0) best = { c, key };
  }
  return best ? best.c.starts.slice(session + 1) : null;
}

/** Whether some chain of free starts for sessions `session`+1…`upto` follows a session on `fixedDay`. */
export function bruteForceReachable(
  q: CourseQuery,
  session: number,
  fixedDay: number,
  upto: number,
): boolean {
  const partial: CourseQuery = { ...q, sessions: q.sessions.slice(0, upto + 1) };
  for (const indexes of combinations(partial, session + 1)) {
    const days = [
      fixedDay,
      ...indexes.map((k, j) => q.sessions[session + 1 + j]?.days[k] as number),
    ];
    if (fits(q, days, session)) return true;
  }
  return upto === session;
}
