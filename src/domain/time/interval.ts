/**
 * A half-open span of time [start, end) in epoch milliseconds.
 *
 * A list of intervals is "normalised" when it is sorted by start, every interval is non-empty and no
 * two intervals overlap or touch. `mergeIntervals` produces normalised lists; `subtractIntervals`
 * and `intersectIntervals` require them and return them.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Whether two intervals share at least one instant (empty intervals overlap nothing). */
export function overlaps(a: Interval, b: Interval): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** Whether `inner` lies entirely within `outer`. */
export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Length of an interval in milliseconds (0 for empty or inverted intervals). */
export function intervalLength(interval: Interval): number {
  return Math.max(0, interval.end - interval.start);
}

/** Sum of the lengths of a list of intervals, in milliseconds. */
export function totalLength(list: readonly Interval[]): number {
  let total = 0;
  for (const interval of list) total += intervalLength(interval);
  return total;
}

/** Sorts and merges overlapping or touching intervals into a new normalised list; the input is not changed. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list
    .filter((interval) => interval.start < interval.end)
    .map((interval) => ({ start: interval.start, end: interval.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/**
 * Removes every instant of `remove` from `from` in linear time.
 * Both lists must be normalised (see `mergeIntervals`); the result is normalised.
 */
export function subtractIntervals(
  from: readonly Interval[],
  remove: readonly Interval[],
): Interval[] {
  const result: Interval[] = [];
  let j = 0;
  for (const source of from) {
    let cursor = source.start;
    // Removals ending before this source interval can't affect it or any later one.
    while (j < remove.length && (remove[j] as Interval).end <= cursor) j++;
    let k = j;
    while (k < remove.length && cursor < source.end) {
      const cut = remove[k] as Interval;
      if (cut.start >= source.end) break;
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
      // A cut that reaches past this source interval may still cut the next one: keep it.
      if (cut.end > source.end) break;
      k++;
    }
    j = k;
    if (cursor < source.end) result.push({ start: cursor, end: source.end });
  }
  return result;
}

/**
 * Returns the instants present in both lists, in linear time.
 * Both lists must be normalised (see `mergeIntervals`); the result is normalised.
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    // Advance whichever ends first; the other may still meet the next interval.
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}
