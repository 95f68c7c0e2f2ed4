import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contains,
  type Interval,
  intersectIntervals,
  intervalLength,
  mergeIntervals,
  overlaps,
  subtractIntervals,
  totalLength,
} from "./interval.ts";

const iv = (start: number, end: number): Interval => ({ start, end });

// Small coordinates so that shared endpoints and overlaps are common.
const anyInterval = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([start, length]) => iv(start, start + length));
const anyList = fc.array(anyInterval, { maxLength: 12 });
const normalised = anyList.map(mergeIntervals);

function isNormalised(list: Interval[]): boolean {
  return list.every((x, i) => {
    const previous = list[i - 1];
    return x.start < x.end && (previous === undefined || previous.end < x.start);
  });
}

function covers(list: Interval[], point: number): boolean {
  return list.some((x) => x.start <= point && point < x.end);
}

const points = Array.from({ length: 90 }, (_, i) => i - 2);

describe("overlaps and contains", () => {
  it("treats intervals as half-open", () => {
    expect(overlaps(iv(0, 10), iv(10, 20))).toBe(false);
    expect(overlaps(iv(0, 10), iv(9, 20))).toBe(true);
    expect(overlaps(iv(0, 10), iv(2, 3))).toBe(true);
  });

  it("never lets an empty interval overlap", () => {
    expect(overlaps(iv(5, 5), iv(0, 10))).toBe(false);
  });

  it("contains shared endpoints", () => {
    expect(contains(iv(0, 10), iv(0, 10))).toBe(true);
    expect(contains(iv(0, 10), iv(2, 11))).toBe(false);
    expect(contains(iv(0, 10), iv(-1, 5))).toBe(false);
  });

  it("measures lengths", () => {
    expect(intervalLength(iv(3, 8))).toBe(5);
    expect(intervalLength(iv(8, 3))).toBe(0);
    expect(totalLength([iv(0, 2), iv(5, 9)])).toBe(6);
  });
});

describe("mergeIntervals", () => {
  it("sorts, merges overlapping and touching intervals, and drops empty ones", () => {
    expect(mergeIntervals([iv(10, 12), iv(0, 5), iv(5, 7), iv(3, 4), iv(20, 20)])).toEqual([
      iv(0, 7),
      iv(10, 12),
    ]);
  });

  it("does not mutate its input", () => {
    const input = [iv(5, 9), iv(0, 6)];
    const copy = structuredClone(input);
    const merged = mergeIntervals(input);
    expect(input).toEqual(copy);
    if (merged[0]) merged[0].end = 100;
    expect(input).toEqual(copy);
  });

  it("property: output is normalised and covers exactly the same points", () => {
    fc.assert(
      fc.property(anyList, (list) => {
        const merged = mergeIntervals(list);
        expect(isNormalised(merged)).toBe(true);
        for (const p of points) expect(covers(merged, p)).toBe(covers(list, p));
      }),
    );
  });

  it("property: is idempotent", () => {
    fc.assert(
      fc.property(anyList, (list) => {
        const once = mergeIntervals(list);
        expect(mergeIntervals(once)).toEqual(once);
      }),
    );
  });
});

describe("subtractIntervals", () => {
  it("cuts holes and trims ends", () => {
    expect(subtractIntervals([iv(0, 10)], [iv(2, 4), iv(6, 8)])).toEqual([
      iv(0, 2),
      iv(4, 6),
      iv(8, 10),
    ]);
    expect(subtractIntervals([iv(0, 10), iv(12, 20)], [iv(5, 15)])).toEqual([iv(0, 5), iv(15, 20)]);
    expect(subtractIntervals([iv(0, 10)], [iv(0, 10)])).toEqual([]);
    expect(subtractIntervals([iv(0, 10)], [])).toEqual([iv(0, 10)]);
  });

  it("property: the result covers exactly the points of `from` not in `remove`", () => {
    fc.assert(
      fc.property(normalised, normalised, (from, remove) => {
        const result = subtractIntervals(from, remove);
        expect(isNormalised(result)).toBe(true);
        for (const p of points)
          expect(covers(result, p)).toBe(covers(from, p) && !covers(remove, p));
      }),
    );
  });

  it("property: subtract then intersect with what was removed is empty", () => {
    fc.assert(
      fc.property(normalised, normalised, (from, remove) => {
        expect(intersectIntervals(subtractIntervals(from, remove), remove)).toEqual([]);
      }),
    );
  });

  it("property: |from| = |from − remove| + |from ∩ remove|", () => {
    fc.assert(
      fc.property(normalised, normalised, (from, remove) => {
        const kept = totalLength(subtractIntervals(from, remove));
        const cut = totalLength(intersectIntervals(from, remove));
        expect(kept + cut).toBe(totalLength(from));
      }),
    );
  });
});

describe("intersectIntervals", () => {
  it("keeps only shared time", () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([
      iv(5, 10),
      iv(20, 25),
    ]);
    expect(intersectIntervals([iv(0, 10)], [iv(10, 20)])).toEqual([]);
  });

  it("property: covers exactly the points in both lists, and commutes", () => {
    fc.assert(
      fc.property(normalised, normalised, (a, b) => {
        const result = intersectIntervals(a, b);
        expect(isNormalised(result)).toBe(true);
        expect(intersectIntervals(b, a)).toEqual(result);
        for (const p of points) expect(covers(result, p)).toBe(covers(a, p) && covers(b, p));
      }),
    );
  });

  it("property: a list intersected with itself is unchanged", () => {
    fc.assert(
      fc.property(normalised, (a) => {
        expect(intersectIntervals(a, a)).toEqual(a);
      }),
    );
  });
});
