/**
 * Interval arrays: sets of time as flat, sorted pairs [start0, end0, start1, end1, …] of whole
 * epoch MINUTES (Int32 holds minutes until the year 6053).
 *
 * An interval array is "normalised" when every pair is half-open and non-empty, and pairs are
 * sorted, never overlap and never touch. Every function here takes and returns normalised arrays,
 * never changes its inputs, and runs in time linear in the pairs it looks at: clipping finds the
 * window by binary search, so years of history outside it cost only a logarithm.
 */
export type IntervalArray = Int32Array;

/** Busy (or free) time of one resource; an alias that reads better at call sites. */
export type Busy = IntervalArray;

export const EMPTY_INTERVALS: IntervalArray = new Int32Array(0);

const MS_PER_MINUTE = 60_000;

/** Builds a normalised interval array from {start, end} pairs in epoch minutes (any order, may overlap). */
export function toIntervalArray(list: readonly { start: number; end: number }[]): IntervalArray {
  const sorted = list
    .filter(({ start, end }) => start < end)
    .map(({ start, end }) => {
      if (!Number.isInteger(start) || !Number.isInteger(end)) {
        throw new RangeError(`[${start}, ${end}) is not in whole epoch minutes`);
      }
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  const out = new Int32Array(sorted.length * 2);
  let n = 0;
  for (const { start, end } of sorted) {
    if (n > 0 && start <= (out[n - 1] as number)) {
      if (end > (out[n - 1] as number)) out[n - 1] = end;
    } else {
      out[n++] = start;
      out[n++] = end;
    }
  }
  return out.slice(0, n);
}

/**
 * Builds an interval array from {start, end} pairs in epoch milliseconds, widening each to whole
 * minutes (start rounds down, end rounds up) so busy time is never shortened.
 */
export function toIntervalArrayFromMs(
  list: readonly { start: number; end: number }[],
): IntervalArray {
  return toIntervalArray(
    list.map(({ start, end }) => ({
      start: Math.floor(start / MS_PER_MINUTE),
      end: Math.ceil(end / MS_PER_MINUTE),
    })),
  );
}

/** The {start, end} pairs of an interval array, in epoch minutes. */
export function fromIntervalArray(a: IntervalArray): { start: number; end: number }[] {
  const list: { start: number; end: number }[] = [];
  for (let i = 0; i < a.length; i += 2)
    list.push({ start: a[i] as number, end: a[i + 1] as number });
  return list;
}

/**
 * Index (always even) of the first pair that ends after `t`, or `a.length` when none does:
 * the first pair that can contain or follow minute `t`.
 */
export function lowerBound(a: IntervalArray, t: number): number {
  let lo = 0;
  let hi = a.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[2 * mid + 1] as number) > t) hi = mid;
    else lo = mid + 1;
  }
  return 2 * lo;
}

/** The part of `a` inside [from, to). */
export function clipIntervalArray(a: IntervalArray, from: number, to: number): IntervalArray {
  if (from >= to) return EMPTY_INTERVALS;
  const first = lowerBound(a, from);
  let last = first;
  while (last < a.length && (a[last] as number) < to) last += 2;
  const out = a.slice(first, last);
  if (out.length > 0) {
    if ((out[0] as number) < from) out[0] = from;
    if ((out[out.length - 1] as number) > to) out[out.length - 1] = to;
  }
  return out;
}

/** The union of two interval arrays. */
export function mergeIntervalArray(a: IntervalArray, b: IntervalArray): IntervalArray {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let start: number;
    let end: number;
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) {
      start = a[i] as number;
      end = a[i + 1] as number;
      i += 2;
    } else {
      start = b[j] as number;
      end = b[j + 1] as number;
      j += 2;
    }
    if (n > 0 && start <= (out[n - 1] as number)) {
      if (end > (out[n - 1] as number)) out[n - 1] = end;
    } else {
      out[n++] = start;
      out[n++] = end;
    }
  }
  return out.slice(0, n);
}

/** The minutes of `a` that are not in `b`. */
export function subtractIntervalArray(a: IntervalArray, b: IntervalArray): IntervalArray {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let cursor = a[i] as number;
    const end = a[i + 1] as number;
    while (j < b.length && (b[j + 1] as number) <= cursor) j += 2;
    let k = j;
    while (k < b.length && cursor < end) {
      const cutStart = b[k] as number;
      if (cutStart >= end) break;
      if (cutStart > cursor) {
        out[n++] = cursor;
        out[n++] = cutStart;
      }
      cursor = Math.max(cursor, b[k + 1] as number);
      // A cut reaching past this pair may also cut the next one: keep it.
      if ((b[k + 1] as number) > end) break;
      k += 2;
    }
    j = k;
    if (cursor < end) {
      out[n++] = cursor;
      out[n++] = end;
    }
  }
  return out.slice(0, n);
}

/** The minutes present in both `a` and `b`. */
export function intersectIntervalArray(a: IntervalArray, b: IntervalArray): IntervalArray {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const aEnd = a[i + 1] as number;
    const bEnd = b[j + 1] as number;
    const start = Math.max(a[i] as number, b[j] as number);
    const end = Math.min(aEnd, bEnd);
    if (start < end) {
      out[n++] = start;
      out[n++] = end;
    }
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return out.slice(0, n);
}

/** Whether [start, end) shares no minute with `a` (O(log n)). */
export function isRangeFree(a: IntervalArray, start: number, end: number): boolean {
  if (start >= end) return true;
  const i = lowerBound(a, start);
  return i >= a.length || (a[i] as number) >= end;
}

/** Whether [start, end) lies inside a single pair of `a` (O(log n)); empty ranges are contained. */
export function containsRange(a: IntervalArray, start: number, end: number): boolean {
  if (start >= end) return true;
  const i = lowerBound(a, start);
  return i < a.length && (a[i] as number) <= start && end <= (a[i + 1] as number);
}

/** Total minutes in an interval array. */
export function totalMinutes(a: IntervalArray): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 2) total += (a[i + 1] as number) - (a[i] as number);
  return total;
}
