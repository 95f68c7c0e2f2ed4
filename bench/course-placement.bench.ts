import { isDeepStrictEqual } from "node:util";
import { bruteForcePlaceCourse } from "../src/domain/scheduling/course-placement.reference.ts";
import {
  type CourseQuery,
  localDayNumbers,
  placeCourse,
} from "../src/domain/scheduling/course-placement.ts";
import { addDays, wallClockToEpoch, weekdayOf } from "../src/domain/time/zoned.ts";
import { medianMs, type Scenario } from "./harness.ts";

/*
 * Simulated clinic (seeded, deterministic). Opening hours Monday–Saturday 09:00–19:00 in
 * Europe/London, i.e. 40 quarter-hours a day; the window starts 2026-09-14 and crosses the
 * 25 October clock change. Every practitioner and every room gets, per open day, one free block
 * at a random quarter-aligned position and is booked for the rest of the day: with probability
 * 0.85 the block is 0–3 quarters (a short hole between appointments), otherwise 10–26 quarters (a
 * cancellation or a light day) — on average 10 % free, i.e. 90 % occupancy. A session of D
 * quarters may start at quarter t when some practitioner AND some room are free for t…t+D-1;
 * those starts are what the slot engine would hand to course placement.
 */
const ZONE = "Europe/London";
const OPEN_MIN = 9 * 60;
const QUARTERS = 40;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Clinic {
  query: CourseQuery;
  occupancy: number;
}

function simulate(opts: {
  seed: number;
  practitioners: number;
  rooms: number;
  days: number;
  from: string;
  durationsMin: number[];
  alternatives: number;
}): Clinic {
  const random = mulberry32(opts.seed);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const starts: number[][] = opts.durationsMin.map(() => []);
  let free = 0;
  let total = 0;
  for (let d = 0; d < opts.days; d++) {
    const date = addDays(opts.from, d);
    if (weekdayOf(date) === 7) continue;
    // runs[r][t]: free quarters from t onwards for resource r (practitioners first, then rooms).
    const runs = Array.from({ length: opts.practitioners + opts.rooms }, () => {
      const length = random() < 0.85 ? pick(0, 3) : pick(10, 26);
      const at = pick(0, QUARTERS - length);
      free += length;
      total += QUARTERS;
      return Array.from({ length: QUARTERS }, (_, t) =>
        t >= at && t < at + length ? at + length - t : 0,
      );
    });
    const best = (from: number, to: number, t: number) => {
      let m = 0;
      for (let r = from; r < to; r++) m = Math.max(m, runs[r]?.[t] ?? 0);
      return m;
    };
    for (let t = 0; t < QUARTERS; t++) {
      const fits = Math.min(
        best(0, opts.practitioners, t),
        best(opts.practitioners, runs.length, t),
      );
      opts.durationsMin.forEach((minutes, i) => {
        if (fits * 15 >= minutes) {
          starts[i]?.push(wallClockToEpoch(date, OPEN_MIN + t * 15, ZONE) / 60_000);
        }
      });
    }
  }
  const sessions = starts.map((list) => {
    const s = Int32Array.from(list);
    return { starts: s, days: localDayNumbers(s, ZONE) };
  });
  return {
    query: {
      sessions,
      gaps: sessions.slice(1).map(() => ({ minDays: 10, maxDays: 28 })),
      alternatives: opts.alternatives,
    },
    occupancy: 1 - free / total,
  };
}

const B6_CLINIC = {
  practitioners: 10,
  rooms: 4,
  days: 120,
  from: "2026-09-14",
  durationsMin: [240, 180, 180],
  alternatives: 3,
};

/** B6: course placement for 3 sessions over a 120-day window at 90 % occupancy. */
export const coursePlacement: Scenario = {
  id: "B6",
  title:
    "Course placement: 3 sessions (4 h, 3 h, 3 h), gaps 10–28 d, 10 practitioners, 4 rooms, 90 % busy, 120 d",
  run() {
    // Correctness first: brute force on small clinics, then on the B6 input itself.
    for (let seed = 1; seed <= 20; seed++) {
      const small = simulate({ ...B6_CLINIC, seed, practitioners: 2, rooms: 1, days: 70 }).query;
      assertSame(placeCourse(small), bruteForcePlaceCourse(small), `small clinic, seed ${seed}`);
    }
    const { query, occupancy } = simulate({ ...B6_CLINIC, seed: 6 });
    const counts = query.sessions.map((s) => s.starts.length);
    // About 1.7 million combinations for seed 6: small enough to enumerate.
    const bruteForceChecked = counts.reduce((p, c) => p * c, 1) <= 2e7;
    if (bruteForceChecked) {
      assertSame(placeCourse(query), bruteForcePlaceCourse(query), "B6 input");
    }
    const proposal = placeCourse(query);
    if (!proposal.best) throw new Error("B6: the simulated clinic has no feasible course");

    const rawStarts = query.sessions.map((s) => s.starts);
    let sink = 0;
    const place = () => {
      const sessions = rawStarts.map((starts) => ({ starts, days: localDayNumbers(starts, ZONE) }));
      sink += placeCourse({ ...query, sessions }).alternatives.length;
    };
    const placeOnly = () => {
      sink += placeCourse(query).alternatives.length;
    };
    // Floor: one plain pass over the same candidate arrays (starts and days).
    const floor = () => {
      for (const s of query.sessions) {
        for (let k = 0; k < s.starts.length; k++)
          sink += (s.starts[k] as number) & (s.days[k] as number);
      }
    };
    const runs = 201;
    const median = medianMs(place, runs, 50);
    const placeOnlyMedian = medianMs(placeOnly, runs, 50);
    const floorMedian = medianMs(floor, runs, 50);
    if (sink === Number.MIN_SAFE_INTEGER) console.error("unreachable");
    return {
      id: "B6",
      title: coursePlacement.title,
      median_ms: round(median),
      floor_median_ms: round(floorMedian),
      runs,
      place_only_median_ms: round(placeOnlyMedian),
      candidates: counts,
      occupancy: round(occupancy),
      alternatives: proposal.alternatives.length,
      target_ms: 2,
      brute_force_checked: bruteForceChecked ? "small clinics and B6 input" : "small clinics",
    };
  },
};

function assertSame(got: unknown, want: unknown, what: string): void {
  if (!isDeepStrictEqual(got, want)) {
    throw new Error(`B6: placeCourse differs from brute force on the ${what}`);
  }
}

const round = (n: number) => Math.round(n * 10000) / 10000;
