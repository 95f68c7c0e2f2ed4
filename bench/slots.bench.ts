import { isDeepStrictEqual } from "node:util";
import {
  lowerBound,
  subtractIntervalArray,
  toIntervalArray,
} from "../src/domain/scheduling/busy-arrays.ts";
import { expandOpenMinutes } from "../src/domain/scheduling/expand-hours.ts";
import type { WeeklySchedule } from "../src/domain/scheduling/opening-hours.ts";
import { bruteForceSlots } from "../src/domain/scheduling/slots.fixtures.ts";
import { findSlots, type SlotQuery, type SlotResource } from "../src/domain/scheduling/slots.ts";
import { addDays, wallClockToEpoch } from "../src/domain/time/zoned.ts";
import { type BenchResult, medianMs, type Scenario } from "./harness.ts";

// Every scenario starts on Tuesday 20 October 2026 in London, so each window crosses the end of
// British Summer Time on 25 October (and the 180-day one its start on 28 March 2027).
const ZONE = "Europe/London";
const FIRST_DAY = "2026-10-20";
const HISTORY_DAYS = 365;
const monSat: WeeklySchedule = {
  weekly: [1, 2, 3, 4, 5, 6].map((weekday) => ({
    weekday: weekday as 1,
    opens: "09:00",
    closes: "18:00",
  })),
  special: [{ date: "2026-12-25", closed: true, hours: [], reason: "Christmas Day" }],
};

/** mulberry32: a small seeded generator, so every run books the same diary. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About 70 % of the open time booked, in blocks of 30–90 minutes, plus a year of history. */
function bookDiary(open: Int32Array, rand: () => number): Int32Array {
  const lengths = [30, 45, 60, 90];
  const busy: { start: number; end: number }[] = [];
  for (let i = 0; i < open.length; i += 2) {
    let t = open[i] as number;
    const end = open[i + 1] as number;
    while (t < end) {
      const len = lengths[Math.floor(rand() * lengths.length)] as number;
      if (rand() < 0.7) busy.push({ start: t, end: Math.min(t + len, end) });
      t += len;
    }
  }
  return toIntervalArray(busy);
}

interface Setup {
  query: SlotQuery;
  withRooms: SlotQuery;
}

function setup(days: number, practitioners: number, seed = 1): Setup {
  const rand = random(seed);
  const historyFrom = addDays(FIRST_DAY, -HISTORY_DAYS);
  const lastDay = addDays(FIRST_DAY, days);
  const open = expandOpenMinutes(monSat, ZONE, FIRST_DAY, lastDay);
  const openWithHistory = expandOpenMinutes(monSat, ZONE, historyFrom, lastDay);
  const resource = (id: string): SlotResource => {
    // One day off a fortnight, at random.
    const off: { start: number; end: number }[] = [];
    for (let d = 0; d < days; d += 14) {
      const date = addDays(FIRST_DAY, d + Math.floor(rand() * 14));
      off.push({
        start: wallClockToEpoch(date, 0, ZONE) / 60_000,
        end: wallClockToEpoch(date, 1440, ZONE) / 60_000,
      });
    }
    return {
      id,
      available: subtractIntervalArray(open, toIntervalArray(off)),
      busy: bookDiary(openWithHistory, rand),
    };
  };
  const from = wallClockToEpoch(FIRST_DAY, 0, ZONE) / 60_000;
  const query: SlotQuery = {
    from,
    to: wallClockToEpoch(lastDay, 0, ZONE) / 60_000,
    durationMin: 60,
    bufferBeforeMin: 0,
    bufferAfterMin: 15,
    stepMin: 15,
    open,
    practitioners: Array.from({ length: practitioners }, (_, i) => resource(`p${i}`)),
    rooms: null,
    notBefore: from,
  };
  const rooms = Array.from({ length: 4 }, (_, i) => ({ ...resource(`r${i}`), available: open }));
  return { query, withRooms: { ...query, rooms } };
}

/** The floor: one plain pass over every resource's busy pairs inside the window. */
let sink = 0;
function floorScan(q: SlotQuery): void {
  for (const r of [...q.practitioners, ...(q.rooms ?? [])]) {
    const busy = r.busy;
    for (let i = lowerBound(busy, q.from); i < busy.length && (busy[i] as number) < q.to; i += 2) {
      sink += (busy[i + 1] as number) - (busy[i] as number);
    }
  }
}

function assertMatchesReference(q: SlotQuery, label: string): number {
  const got = findSlots(q);
  if (!isDeepStrictEqual(got, bruteForceSlots(q))) {
    throw new Error(`${label}: findSlots differs from the minute-grid reference`);
  }
  return got.starts.length;
}

/** Median per call, batching fast calls so each timed sample lasts about 2 ms. */
function perCallMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  const reps = Math.max(1, Math.min(2000, Math.ceil(2 / Math.max(performance.now() - t0, 1e-3))));
  return (
    medianMs(
      () => {
        for (let i = 0; i < reps; i++) fn();
      },
      31,
      5,
    ) / reps
  );
}

function measure(q: SlotQuery, label: string) {
  const slots = assertMatchesReference(q, label);
  return { median: perCallMs(() => findSlots(q)), floor: perCallMs(() => floorScan(q)), slots };
}

/** Least-squares slope of log(y) against log(x). */
function logLogSlope(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (const [i, x] of xs.entries()) {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

function single(id: string, title: string, practitioners: number): Scenario {
  return {
    id,
    title,
    run(): BenchResult {
      const m = measure(setup(30, practitioners).query, id);
      return {
        id,
        title,
        median_ms: round(m.median),
        floor_median_ms: round(m.floor),
        runs: 31,
        slots: m.slots,
      };
    },
  };
}

export const slotsOne = single(
  "B1",
  "Slots: 1 practitioner, Mon–Sat 09–18, 60 min, 30 days, 70 % booked",
  1,
);
export const slotsAny = single(
  "B2",
  "Slots: any of 10 practitioners, 30 days, 70 % booked (target ≤ 1 ms)",
  10,
);

export const slotsByWindow: Scenario = {
  id: "B3",
  title: "Slots: B2 over 7–180 days, log–log slope of time vs days (target ≤ 1.1)",
  run(): BenchResult {
    const points = [7, 14, 30, 60, 90, 180].map((days) => ({
      days,
      ...measure(setup(days, 10).query, `B3 ${days} days`),
    }));
    const at30 = points.find((p) => p.days === 30);
    return {
      id: "B3",
      title: slotsByWindow.title,
      median_ms: round(at30?.median ?? 0),
      floor_median_ms: round(at30?.floor ?? 0),
      runs: 31,
      slope: round(logLogSlope(points.map((p) => [p.days, p.median]))),
      floor_slope: round(logLogSlope(points.map((p) => [p.days, p.floor]))),
      points: points.map((p) => ({
        days: p.days,
        median_ms: round(p.median),
        floor_median_ms: round(p.floor),
        slots: p.slots,
      })),
    };
  },
};

export const slotsByStaff: Scenario = {
  id: "B4",
  title: "Slots: B2 with 1–100 practitioners, slope (≤ 1.1); with rooms ÷ without at 10 (≤ 2)",
  run(): BenchResult {
    const points = [1, 5, 10, 20, 50, 100].map((n) => ({
      n,
      ...measure(setup(30, n).query, `B4 ${n}`),
    }));
    const ten = setup(30, 10);
    const alone = measure(ten.query, "B4 10 practitioners");
    const rooms = measure(ten.withRooms, "B4 10 practitioners and 4 rooms");
    return {
      id: "B4",
      title: slotsByStaff.title,
      median_ms: round(alone.median),
      floor_median_ms: round(alone.floor),
      runs: 31,
      slope: round(logLogSlope(points.map((p) => [p.n, p.median]))),
      floor_slope: round(logLogSlope(points.map((p) => [p.n, p.floor]))),
      room_ratio: round(rooms.median / alone.median),
      with_rooms_median_ms: round(rooms.median),
      points: points.map((p) => ({
        practitioners: p.n,
        median_ms: round(p.median),
        floor_median_ms: round(p.floor),
        slots: p.slots,
      })),
      sink: sink % 2,
    };
  },
};
