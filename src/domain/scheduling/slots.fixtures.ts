import type { IntervalArray } from "./busy-arrays.ts";
import type { SlotQuery, SlotResult } from "./slots.ts";

// Brute-force reference for findSlots, used by tests and benchmarks only: it paints every minute
// of the window on a grid and checks each candidate start minute by minute.

/** findSlots by minute grid: obviously right, and slow. */
export function bruteForceSlots(q: SlotQuery): SlotResult {
  const { durationMin: d, bufferBeforeMin: before, bufferAfterMin: after } = q;
  // Every minute any candidate can look at: [from − before, to + after).
  const base = q.from - before;
  const size = Math.max(0, q.to + after - base);
  const paint = (a: IntervalArray): Uint8Array => {
    const grid = new Uint8Array(size);
    for (let i = 0; i < a.length; i += 2) {
      for (
        let m = Math.max(a[i] as number, base);
        m < Math.min(a[i + 1] as number, base + size);
        m++
      ) {
        grid[m - base] = 1;
      }
    }
    return grid;
  };
  const all = (grid: Uint8Array, start: number, end: number, want: number): boolean => {
    for (let m = start; m < end; m++) if (grid[m - base] !== want) return false;
    return true;
  };
  const open = paint(q.open);
  const staff = q.practitioners.map((p) => ({
    available: paint(p.available),
    busy: paint(p.busy),
  }));
  const rooms = q.rooms?.map((r) => ({ available: paint(r.available), busy: paint(r.busy) }));

  const starts: number[] = [];
  const practitioner: number[] = [];
  const room: number[] = [];
  for (let i = 0; i < q.open.length; i += 2) {
    for (let s = q.open[i] as number; s + d <= (q.open[i + 1] as number); s += q.stepMin) {
      if (s < q.from || s < q.notBefore || s + d > q.to) continue;
      const spanStart = s - before;
      const spanEnd = s + d + after;
      const p = staff.findIndex(
        (x) =>
          all(open, s, s + d, 1) &&
          all(x.available, s, s + d, 1) &&
          all(x.busy, spanStart, spanEnd, 0),
      );
      if (p < 0) continue;
      const r = rooms
        ? rooms.findIndex(
            (x) => all(x.available, spanStart, spanEnd, 1) && all(x.busy, spanStart, spanEnd, 0),
          )
        : -1;
      if (rooms && r < 0) continue;
      starts.push(s);
      practitioner.push(p);
      room.push(r);
    }
  }
  return {
    starts: Int32Array.from(starts),
    practitioner: Int32Array.from(practitioner),
    room: Int32Array.from(room),
  };
}
