import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clipIntervalArray,
  containsRange,
  fromIntervalArray,
  type IntervalArray,
  intersectIntervalArray,
  isRangeFree,
  lowerBound,
  mergeIntervalArray,
  subtractIntervalArray,
  toIntervalArray,
  toIntervalArrayFromMs,
  totalMinutes,
} from "./busy-arrays.ts";

const arr = (...xs: number[]) => Int32Array.from(xs);

// Random normalised arrays over minutes 0–200, and the same sets as plain minute sets.
const intervalsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 })), {
    maxLength: 12,
  })
  .map((xs) => toIntervalArray(xs.map(([start, len]) => ({ start, end: start + len }))));
const minutes = (a: IntervalArray): Set<number> => {
  const set = new Set<number>();
  for (let i = 0; i < a.length; i += 2)
    for (let m = a[i] as number; m < (a[i + 1] as number); m++) set.add(m);
  return set;
};
const fromSet = (set: Set<number>): IntervalArray =>
  toIntervalArray([...set].map((m) => ({ start: m, end: m + 1 })));
const isNormalised = (a: IntervalArray): boolean => {
  for (let i = 0; i < a.length; i += 2) {
    if (!((a[i] as number) < (a[i + 1] as number))) return false;
    if (i > 0 && !((a[i - 1] as number) < (a[i] as number))) return false;
  }
  return a.length % 2 === 0;
};

describe("toIntervalArray", () => {
  it("sorts, merges overlapping and touching pairs, and drops empty ones", () => {
    expect(
      toIntervalArray([
        { start: 50, end: 60 },
        { start: 10, end: 20 },
        { start: 20, end: 30 },
        { start: 25, end: 28 },
        { start: 40, end: 40 },
      ]),
    ).toEqual(arr(10, 30, 50, 60));
    expect(toIntervalArray([])).toEqual(arr());
  });

  it("refuses fractional minutes, and widens milliseconds to whole minutes", () => {
    expect(() => toIntervalArray([{ start: 1.5, end: 3 }])).toThrow(RangeError);
    expect(toIntervalArrayFromMs([{ start: 90_000, end: 150_000 }])).toEqual(arr(1, 3));
  });

  it("round-trips through fromIntervalArray", () => {
    expect(fromIntervalArray(arr(1, 2, 5, 9))).toEqual([
      { start: 1, end: 2 },
      { start: 5, end: 9 },
    ]);
  });
});

describe("lowerBound, clip and range queries", () => {
  const a = arr(10, 20, 30, 40, 50, 60);
  it("finds the first pair ending after t", () => {
    expect([0, 19, 20, 39, 40, 59, 60, 99].map((t) => lowerBound(a, t))).toEqual([
      0, 0, 2, 2, 4, 4, 6, 6,
    ]);
    expect(lowerBound(arr(), 5)).toBe(0);
  });

  it("clips to a window, cutting pairs that cross its edges", () => {
    expect(clipIntervalArray(a, 15, 55)).toEqual(arr(15, 20, 30, 40, 50, 55));
    expect(clipIntervalArray(a, 20, 30)).toEqual(arr());
    expect(clipIntervalArray(a, 0, 100)).toEqual(a);
    expect(clipIntervalArray(a, 50, 40)).toEqual(arr());
  });

  it("answers free and contained ranges", () => {
    expect(isRangeFree(a, 20, 30)).toBe(true);
    expect(isRangeFree(a, 19, 30)).toBe(false);
    expect(isRangeFree(a, 20, 31)).toBe(false);
    expect(containsRange(a, 30, 40)).toBe(true);
    expect(containsRange(a, 30, 41)).toBe(false);
    expect(containsRange(a, 25, 26)).toBe(false);
    expect(totalMinutes(a)).toBe(30);
  });
});

describe("set operations agree with minute sets", () => {
  it("union, difference, intersection and clip", () => {
    fc.assert(
      fc.property(
        intervalsArb,
        intervalsArb,
        fc.integer({ min: -10, max: 240 }),
        fc.integer({ min: 0, max: 100 }),
        (a, b, from, len) => {
          const sa = minutes(a);
          const sb = minutes(b);
          const checks: [IntervalArray, Set<number>][] = [
            [mergeIntervalArray(a, b), new Set([...sa, ...sb])],
            [subtractIntervalArray(a, b), new Set([...sa].filter((m) => !sb.has(m)))],
            [intersectIntervalArray(a, b), new Set([...sa].filter((m) => sb.has(m)))],
            [
              clipIntervalArray(a, from, from + len),
              new Set([...sa].filter((m) => m >= from && m < from + len)),
            ],
          ];
          for (const [got, want] of checks) {
            expect(isNormalised(got)).toBe(true);
            expect(got).toEqual(fromSet(want));
          }
          const free = [...Array(len).keys()].every((k) => !sa.has(from + k));
          expect(isRangeFree(a, from, from + len)).toBe(free);
        },
      ),
    );
  });
});
