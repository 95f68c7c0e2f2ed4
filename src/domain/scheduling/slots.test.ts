import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, wallClockToEpoch } from "../time/zoned.ts";
import { containsRange, type IntervalArray, isRangeFree, toIntervalArray } from "./busy-arrays.ts";
import { expandOpenMinutes } from "./expand-hours.ts";
import type { Weekday, WeeklySchedule } from "./opening-hours.ts";
import { bruteForceSlots } from "./slots.fixtures.ts";
import { findSlots, type SlotQuery, type SlotResource, type SlotResult } from "./slots.ts";

const arr = (...xs: number[]) => Int32Array.from(xs);
const NONE = arr();
// A day starting at minute 0: open 09:00–12:00 (540–720).
const OPEN = arr(540, 720);
const alex = (
  busy: IntervalArray = NONE,
  available: IntervalArray = arr(0, 1440),
): SlotResource => ({
  id: "alex",
  available,
  busy,
});
const query = (over: Partial<SlotQuery> = {}): SlotQuery => ({
  from: 0,
  to: 1440,
  durationMin: 60,
  bufferBeforeMin: 0,
  bufferAfterMin: 0,
  stepMin: 30,
  open: OPEN,
  practitioners: [alex()],
  rooms: null,
  notBefore: 0,
  ...over,
});
const plain = (r: SlotResult) => ({
  starts: [...r.starts],
  practitioner: [...r.practitioner],
  room: [...r.room],
});
const starts = (q: SlotQuery) => [...findSlots(q).starts];

describe("findSlots", () => {
  it("steps through the opening hours from their start", () => {
    expect(plain(findSlots(query()))).toEqual({
      starts: [540, 570, 600, 630, 660],
      practitioner: [0, 0, 0, 0, 0],
      room: [-1, -1, -1, -1, -1],
    });
    expect(starts(query({ stepMin: 45 }))).toEqual([540, 585, 630]);
  });

  it("keeps buffers clear of busy time, but lets them spill outside opening hours", () => {
    // Busy 11:00–11:30: a 60-min slot with 15 min after must end its buffer by 11:00.
    const q = query({ practitioners: [alex(arr(660, 690))], bufferAfterMin: 15, stepMin: 15 });
    expect(starts(q)).toEqual([540, 555, 570, 585]);
    // 15 min before: 9:00's buffer spills before opening; after busy 10:00–10:15 the next is 10:30.
    expect(starts({ ...q, bufferAfterMin: 0, bufferBeforeMin: 15 })).toEqual([
      540, 555, 570, 585, 600,
    ]);
    expect(
      starts({
        ...q,
        practitioners: [alex(arr(600, 615))],
        bufferBeforeMin: 15,
        bufferAfterMin: 0,
      }),
    ).toEqual([540, 630, 645, 660]);
  });

  it("respects minimum notice and the window, keeping starts on the opening grid", () => {
    expect(starts(query({ notBefore: 571 }))).toEqual([600, 630, 660]);
    expect(starts(query({ from: 600, to: 700 }))).toEqual([600, 630]);
    expect(starts(query({ from: 700, to: 600 }))).toEqual([]);
  });

  it("needs the appointment inside the practitioner's available time", () => {
    expect(starts(query({ practitioners: [alex(NONE, arr(570, 690))] }))).toEqual([570, 600, 630]);
  });

  it("finds the first free practitioner for 'any practitioner'", () => {
    const sam = { ...alex(arr(500, 600)), id: "sam" };
    const kim = { ...alex(arr(600, 720)), id: "kim" };
    expect(plain(findSlots(query({ practitioners: [sam, kim] })))).toEqual({
      starts: [540, 600, 630, 660],
      practitioner: [1, 0, 0, 0],
      room: [-1, -1, -1, -1],
    });
  });

  it("needs a practitioner and a room free at once, the room for the buffered span", () => {
    const room1 = { id: "r1", available: arr(0, 1440), busy: arr(540, 600) };
    const room2 = { id: "r2", available: arr(0, 1440), busy: arr(660, 720) };
    const q = query({ rooms: [room1, room2] });
    expect(plain(findSlots(q))).toEqual({
      starts: [540, 570, 600, 630, 660],
      practitioner: [0, 0, 0, 0, 0],
      room: [1, 1, 0, 0, 0],
    });
    // Room 2 closes at 11:00 and the 10-min after-buffer must fit: 10:30 falls to room 1.
    const late = { ...room2, busy: NONE, available: arr(0, 660) };
    expect(plain(findSlots({ ...q, rooms: [room1, late], bufferAfterMin: 10 }))).toEqual({
      starts: [540, 570, 600, 630, 660],
      practitioner: [0, 0, 0, 0, 0],
      room: [1, 1, 0, 0, 0],
    });
  });

  it("returns nothing without practitioners, without rooms when one is needed, or when closed", () => {
    expect(starts(query({ practitioners: [] }))).toEqual([]);
    expect(starts(query({ rooms: [] }))).toEqual([]);
    expect(starts(query({ open: NONE }))).toEqual([]);
  });

  it("ignores history outside the window, and refuses bad durations", () => {
    const history = toIntervalArray(
      Array.from({ length: 10_000 }, (_, i) => ({
        start: -1_000_000 + i * 90,
        end: -1_000_000 + i * 90 + 60,
      })),
    );
    const future = arr(5000, 6000, 7000, 8000);
    const busy = Int32Array.from([...history, 600, 630, ...future]);
    expect(starts(query({ practitioners: [alex(busy)] }))).toEqual([540, 630, 660]);
    expect(() => findSlots(query({ durationMin: 0 }))).toThrow(RangeError);
    expect(() => findSlots(query({ stepMin: 1.5 }))).toThrow(RangeError);
  });
});

// Random small instances: times within a few hours of `base`.
const intervalsArb = (base: number, span: number, maxLen: number, maxCount: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 1, max: maxLen })), {
      maxLength: maxCount,
    })
    .map((xs) => toIntervalArray(xs.map(([s, len]) => ({ start: base + s, end: base + s + len }))));
const resourceArb = (base: number, span: number) =>
  fc.record({
    id: fc.constant("x"),
    available: fc.oneof(
      fc.constant(arr(base - 1000, base + span + 1000)),
      intervalsArb(base, span, 400, 4),
    ),
    busy: intervalsArb(base - 100, span + 200, 90, 8),
  });
const queryArb = (base: number, span: number, open: fc.Arbitrary<IntervalArray>) =>
  fc.record({
    from: fc.integer({ min: base - 60, max: base + span }),
    to: fc.integer({ min: base, max: base + span + 60 }),
    durationMin: fc.integer({ min: 1, max: 120 }),
    bufferBeforeMin: fc.integer({ min: 0, max: 30 }),
    bufferAfterMin: fc.integer({ min: 0, max: 30 }),
    stepMin: fc.integer({ min: 1, max: 45 }),
    open,
    practitioners: fc.array(resourceArb(base, span), { minLength: 0, maxLength: 4 }),
    rooms: fc.option(fc.array(resourceArb(base, span), { minLength: 0, maxLength: 3 })),
    notBefore: fc.integer({ min: base - 60, max: base + span }),
  });

// Checks every slot directly against the rules, independently of the reference.
const assertSafe = (q: SlotQuery, r: SlotResult) => {
  for (const [i, s] of r.starts.entries()) {
    const p = q.practitioners[r.practitioner[i] as number] as SlotResource;
    const span = [s - q.bufferBeforeMin, s + q.durationMin + q.bufferAfterMin] as const;
    expect(s >= q.from && s >= q.notBefore && s + q.durationMin <= q.to).toBe(true);
    expect(containsRange(q.open, s, s + q.durationMin)).toBe(true);
    expect(containsRange(p.available, s, s + q.durationMin)).toBe(true);
    expect(isRangeFree(p.busy, ...span)).toBe(true);
    if (q.rooms) {
      const room = q.rooms[r.room[i] as number] as SlotResource;
      expect(containsRange(room.available, ...span) && isRangeFree(room.busy, ...span)).toBe(true);
    }
  }
};

describe("findSlots against the minute-grid reference", () => {
  it("agrees on random small instances", () => {
    const base = 29_000_000;
    fc.assert(
      fc.property(queryArb(base, 600, intervalsArb(base, 600, 300, 4)), (q) => {
        const got = findSlots(q);
        expect(plain(got)).toEqual(plain(bruteForceSlots(q)));
        assertSafe(q, got);
      }),
      { numRuns: 1000 },
    );
  });

  const time = fc
    .integer({ min: 0, max: 96 })
    .map(
      (q) =>
        `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`,
    );
  const scheduleArb: fc.Arbitrary<WeeklySchedule> = fc.record({
    weekly: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 7 }), time, time).map(([weekday, a, b]) => {
        const [opens = a, closes = b] = [a, b].sort();
        return { weekday: weekday as Weekday, opens, closes };
      }),
      { minLength: 1, maxLength: 12 },
    ),
    special: fc.constant([]),
  });
  for (const [zone, date] of [
    ["Europe/London", "2026-03-29"],
    ["Europe/London", "2026-10-25"],
    ["America/New_York", "2026-03-08"],
    ["America/New_York", "2026-11-01"],
  ] as const) {
    it(`agrees across the clock change in ${zone} on ${date}`, () => {
      const first = addDays(date, -1);
      const base = wallClockToEpoch(first, 0, zone) / 60_000;
      const span = 3 * 1440;
      const instance = fc
        .tuple(
          scheduleArb,
          fc.array(scheduleArb, { minLength: 1, maxLength: 3 }),
          queryArb(base, span, fc.constant(NONE)),
        )
        .map(([location, staff, q]): SlotQuery => {
          const expand = (s: WeeklySchedule) => expandOpenMinutes(s, zone, first, addDays(date, 2));
          return {
            ...q,
            from: base,
            to: base + span,
            stepMin: q.stepMin * 5,
            open: expand(location),
            practitioners: staff.map((s, i) => ({
              ...(q.practitioners[i] ?? { id: "x", busy: NONE }),
              available: expand(s),
            })),
          };
        });
      fc.assert(
        fc.property(instance, (q) => {
          const got = findSlots(q);
          expect(plain(got)).toEqual(plain(bruteForceSlots(q)));
          assertSafe(q, got);
        }),
        { numRuns: 150 },
      );
    });
  }
});
