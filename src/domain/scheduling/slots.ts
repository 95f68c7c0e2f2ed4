import { type IntervalArray, lowerBound } from "./busy-arrays.ts";

/** A practitioner or room, with its time as normalised interval arrays of epoch minutes. */
export interface SlotResource {
  id: string;
  /** When this resource can work: its hours minus time off. */
  available: IntervalArray;
  /** Existing appointments and holds, including their buffers. */
  busy: IntervalArray;
}

/** Every time is in whole epoch minutes; every interval array must be normalised. */
export interface SlotQuery {
  /** The window [from, to): a slot's appointment (without buffers) lies inside it. */
  from: number;
  to: number;
  durationMin: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  /** Candidate starts are the start of each opening interval, then every stepMin minutes. */
  stepMin: number;
  /** Location opening hours: the appointment lies inside; buffers may spill outside. */
  open: IntervalArray;
  /** One for a named practitioner, several for "any practitioner", in order of preference. */
  practitioners: readonly SlotResource[];
  /** null: the service needs no room. */
  rooms: readonly SlotResource[] | null;
  /** Minimum notice: the earliest allowed start. */
  notBefore: number;
}

/** Parallel arrays, by ascending start: the first free practitioner and room (-1: no room needed). */
export interface SlotResult {
  starts: Int32Array;
  practitioner: Int32Array;
  room: Int32Array;
}

/** A flat growable list of interval pairs. */
interface Pairs {
  buf: Int32Array;
  n: number;
}

/**
 * The free start times for a service over a window. A start s suits practitioner p when
 * [s, s + duration) lies inside `open` and p.available, and [s − before, s + duration + after)
 * misses p.busy; a room needs that whole buffered span inside r.available and clear of r.busy.
 * Cost is linear in (candidate starts + busy pairs inside the window) × resources: each resource's
 * allowed starts are computed once as intervals, then one cursor per resource walks the candidates.
 */
export function findSlots(query: SlotQuery): SlotResult {
  const { durationMin: d, bufferBeforeMin: before, bufferAfterMin: after, stepMin: step } = query;
  assertMinutes("durationMin", d, 1);
  assertMinutes("bufferBeforeMin", before, 0);
  assertMinutes("bufferAfterMin", after, 0);
  assertMinutes("stepMin", step, 1);
  const { open, practitioners } = query;
  const rooms = query.rooms;
  // Allowed starts are [sLo, sHi): no earlier than the window and the notice, ending by `to`.
  const sLo = Math.max(query.from, query.notBefore);
  const sHi = query.to - d + 1;
  const result = new Output();
  if (sLo >= sHi || practitioners.length === 0 || (rooms !== null && rooms.length === 0)) {
    return result.done();
  }

  const resources = rooms === null ? practitioners : [...practitioners, ...rooms];
  const pairs: Pairs = { buf: new Int32Array(64), n: 0 };
  const bounds = new Int32Array(resources.length + 1);
  for (const [k, r] of resources.entries()) {
    // Practitioners hold the appointment itself; rooms hold it with its buffers.
    const held = k < practitioners.length ? 0 : before;
    const heldAfter = k < practitioners.length ? d : d + after;
    appendStarts(r.available, r.busy, held, heldAfter, before, d + after, sLo, sHi, pairs);
    bounds[k + 1] = pairs.n;
  }
  const buf = pairs.buf;
  const cursor = bounds.slice(0, resources.length);
  const firstRoom = practitioners.length;
  const lastRoom = resources.length;

  for (let i = lowerBound(open, sLo + d - 1); i < open.length; i += 2) {
    const a = open[i] as number;
    if (a >= sHi) break;
    const last = Math.min((open[i + 1] as number) - d, sHi - 1);
    let s = a < sLo ? a + Math.ceil((sLo - a) / step) * step : a;
    for (; s <= last; s += step) {
      const p = firstFree(buf, bounds, cursor, 0, firstRoom, s);
      if (p < 0) continue;
      let r = -1;
      if (rooms !== null) {
        r = firstFree(buf, bounds, cursor, firstRoom, lastRoom, s);
        if (r < 0) continue;
        r -= firstRoom;
      }
      result.push(s, p, r);
    }
  }
  return result.done();
}

/** Index of the first resource in [from, to) whose allowed starts include s, else -1. */
function firstFree(
  buf: Int32Array,
  bounds: Int32Array,
  cursor: Int32Array,
  from: number,
  to: number,
  s: number,
): number {
  for (let k = from; k < to; k++) {
    let c = cursor[k] as number;
    const end = bounds[k + 1] as number;
    // Starts only increase, so pairs ending at or before s are never needed again.
    while (c < end && (buf[c + 1] as number) <= s) c += 2;
    cursor[k] = c;
    if (c < end && (buf[c] as number) <= s) return k;
  }
  return -1;
}

/**
 * Appends, as half-open intervals inside [sLo, sHi), the starts s for which
 * [s − heldBefore, s + heldAfter) lies inside one pair of `contain` and
 * [s − spanBefore, s + spanAfter) misses `busy`. A contain pair [a, b) allows [a + heldBefore,
 * b − heldAfter + 1); a busy pair [x, y) forbids [x − spanAfter + 1, y + spanBefore).
 */
function appendStarts(
  contain: IntervalArray,
  busy: IntervalArray,
  heldBefore: number,
  heldAfter: number,
  spanBefore: number,
  spanAfter: number,
  sLo: number,
  sHi: number,
  out: Pairs,
): void {
  let j = lowerBound(busy, sLo - spanBefore);
  for (let i = lowerBound(contain, sLo + heldAfter - 1); i < contain.length; i += 2) {
    const first = (contain[i] as number) + heldBefore;
    if (first >= sHi) break;
    const hi = Math.min((contain[i + 1] as number) - heldAfter + 1, sHi);
    let cursor = Math.max(first, sLo);
    if (cursor >= hi) continue;
    while (j < busy.length && (busy[j + 1] as number) + spanBefore <= cursor) j += 2;
    let k = j;
    while (k < busy.length) {
      const cutStart = (busy[k] as number) - spanAfter + 1;
      if (cutStart >= hi) break;
      if (cutStart > cursor) push(out, cursor, cutStart);
      cursor = Math.max(cursor, (busy[k + 1] as number) + spanBefore);
      // A cut reaching past this pair may also cut the next one: keep it.
      if (cursor >= hi) break;
      k += 2;
    }
    j = k;
    if (cursor < hi) push(out, cursor, hi);
  }
}

function push(out: Pairs, start: number, end: number): void {
  if (out.n + 2 > out.buf.length) {
    const grown = new Int32Array(out.buf.length * 2);
    grown.set(out.buf);
    out.buf = grown;
  }
  out.buf[out.n++] = start;
  out.buf[out.n++] = end;
}

/** Three parallel Int32Arrays that double when full. */
class Output {
  private starts: Int32Array = new Int32Array(256);
  private practitioner: Int32Array = new Int32Array(256);
  private room: Int32Array = new Int32Array(256);
  private n = 0;

  push(start: number, practitioner: number, room: number): void {
    if (this.n === this.starts.length) {
      this.starts = grow(this.starts);
      this.practitioner = grow(this.practitioner);
      this.room = grow(this.room);
    }
    this.starts[this.n] = start;
    this.practitioner[this.n] = practitioner;
    this.room[this.n] = room;
    this.n++;
  }

  done(): SlotResult {
    return {
      starts: this.starts.slice(0, this.n),
      practitioner: this.practitioner.slice(0, this.n),
      room: this.room.slice(0, this.n),
    };
  }
}

function grow(a: Int32Array): Int32Array {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

function assertMinutes(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(
      `${name} must be a whole number of minutes, at least ${min}: got ${value}`,
    );
  }
}
