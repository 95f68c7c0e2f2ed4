import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  allFeasibleCourses,
  bruteForceCompletion,
  bruteForcePlaceCourse,
  bruteForceReachable,
} from "./course-placement.reference.ts";
import {
  type CoursePlacement,
  type CourseQuery,
  type CourseSession,
  localDayNumbers,
  placeCourse,
} from "./course-placement.ts";
import { reflowCourse } from "./course-reflow.ts";

const DAY = 1440;
const EPOCH = Temporal.PlainDate.from("1970-01-01");
// Epoch minutes of a UTC instant, "2026-03-29T00:30".
const utcMin = (iso: string): number =>
  Temporal.Instant.from(`${iso}:00Z`).epochMilliseconds / 60_000;
const dayNumber = (date: string): number => Temporal.PlainDate.from(date).since(EPOCH).days;
const localDay = (epochMin: number, zone: string): number =>
  Temporal.Instant.fromEpochMilliseconds(epochMin * 60_000)
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .since(EPOCH).days;

/** A session in UTC whose candidates are given as [day, minute-of-day] pairs, ascending. */
const utcSession = (slots: [number, number][], penalty?: number[]): CourseSession => {
  const starts = Int32Array.from(slots.map(([d, m]) => d * DAY + m));
  return {
    starts,
    days: localDayNumbers(starts, "UTC"),
    ...(penalty ? { penalty: Float64Array.from(penalty) } : {}),
  };
};

const dayOf = (q: CourseQuery, c: CoursePlacement, i: number): number =>
  q.sessions[i]?.days[c.indexes[i] as number] as number;

function expectRespectsGaps(q: CourseQuery, c: CoursePlacement): void {
  expect(c.starts).toHaveLength(q.sessions.length);
  c.indexes.forEach((k, i) => {
    expect(q.sessions[i]?.starts[k]).toBe(c.starts[i]);
  });
  q.gaps.forEach((gap, i) => {
    const d = dayOf(q, c, i + 1) - dayOf(q, c, i);
    expect(d).toBeGreaterThanOrEqual(gap.minDays);
    expect(d).toBeLessThanOrEqual(gap.maxDays);
  });
}

/** The greedy anti-pattern: earliest session 1, then earliest session 2 within its gap, … */
function greedy(q: CourseQuery): number[] | null {
  const first = q.sessions[0];
  if (!first || first.starts.length === 0) return null;
  const chosen = [0];
  for (let i = 1; i < q.sessions.length; i++) {
    const s = q.sessions[i] as CourseSession;
    const prev = q.sessions[i - 1]?.days[chosen[i - 1] as number] as number;
    const gap = q.gaps[i - 1] as { minDays: number; maxDays: number };
    const k = s.days.findIndex((d) => d >= prev + gap.minDays && d <= prev + gap.maxDays);
    if (k < 0) return null;
    chosen.push(k);
  }
  return chosen.map((k, i) => q.sessions[i]?.starts[k] as number);
}

describe("localDayNumbers", () => {
  it("counts days since 1970-01-01 in the zone, across the London clock changes of 2026", () => {
    const zone = "Europe/London";
    const starts = Int32Array.from(
      [
        "2026-03-28T23:30", // 23:30 GMT, Saturday 28 March
        "2026-03-29T00:59", // 00:59 GMT, just before the spring-forward at 01:00 GMT
        "2026-03-29T01:00", // 02:00 BST
        "2026-03-29T22:59", // 23:59 BST, still 29 March
        "2026-03-29T23:00", // 00:00 BST, Monday 30 March
        "2026-10-24T23:00", // 00:00 BST, Sunday 25 October
        "2026-10-25T00:30", // 01:30 BST, the first of the repeated hour
        "2026-10-25T01:30", // 01:30 GMT, the second
        "2026-10-25T23:30", // 23:30 GMT, still 25 October
        "2026-10-26T00:00", // 00:00 GMT, Monday 26 October
      ].map(utcMin),
    );
    expect(Array.from(localDayNumbers(starts, zone))).toEqual(
      [
        "2026-03-28",
        "2026-03-29",
        "2026-03-29",
        "2026-03-29",
        "2026-03-30",
        "2026-10-25",
        "2026-10-25",
        "2026-10-25",
        "2026-10-25",
        "2026-10-26",
      ].map(dayNumber),
    );
  });

  it("handles New York's clock changes (8 March and 1 November 2026)", () => {
    const starts = Int32Array.from(
      [
        "2026-03-08T04:59", // 23:59 EST, 7 March
        "2026-03-08T05:00", // 00:00 EST, 8 March
        "2026-03-09T03:59", // 23:59 EDT, 8 March
        "2026-03-09T04:00", // 00:00 EDT, 9 March
        "2026-11-01T03:59", // 23:59 EDT, 31 October
        "2026-11-01T04:00", // 00:00 EDT, 1 November
        "2026-11-02T04:59", // 23:59 EST, 1 November
        "2026-11-02T05:00", // 00:00 EST, 2 November
      ].map(utcMin),
    );
    expect(Array.from(localDayNumbers(starts, "America/New_York"))).toEqual(
      [
        "2026-03-07",
        "2026-03-08",
        "2026-03-08",
        "2026-03-09",
        "2026-10-31",
        "2026-11-01",
        "2026-11-01",
        "2026-11-02",
      ].map(dayNumber),
    );
  });

  it("agrees with a Temporal conversion of every instant, sorted or not", () => {
    const from = utcMin("2026-01-01T00:00");
    fc.assert(
      fc.property(
        fc.constantFrom("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC"),
        fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 60 }),
        fc.boolean(),
        (zone, offsets, sorted) => {
          const mins = offsets.map((o) => from + o);
          if (sorted) mins.sort((a, b) => a - b);
          const days = localDayNumbers(Int32Array.from(mins), zone);
          expect(Array.from(days)).toEqual(mins.map((m) => localDay(m, zone)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("placeCourse", () => {
  // Session 2 on day 10 is the earliest, but then no session 3 fits; day 20 leads to day 35.
  const trap: CourseQuery = {
    sessions: [
      utcSession([[0, 600]]),
      utcSession([
        [10, 600],
        [20, 600],
      ]),
      utcSession([[35, 600]]),
    ],
    gaps: [
      { minDays: 10, maxDays: 28 },
      { minDays: 10, maxDays: 15 },
    ],
    alternatives: 0,
  };

  it("finds the course a greedy search misses", () => {
    expect(greedy(trap)).toBeNull();
    const { best } = placeCourse(trap);
    expect(best).toEqual({ starts: [600, 20 * DAY + 600, 35 * DAY + 600], indexes: [0, 1, 0] });
  });

  it("prefers the earliest session 1 even when a later one allows earlier later sessions", () => {
    const q: CourseQuery = {
      sessions: [
        utcSession([
          [0, 540],
          [1, 540],
        ]),
        utcSession([
          [11, 540],
          [30, 540],
        ]),
      ],
      gaps: [{ minDays: 10, maxDays: 30 }],
      alternatives: 1,
    };
    const { best, alternatives } = placeCourse(q);
    expect(best?.starts).toEqual([540, 11 * DAY + 540]);
    expect(alternatives.map((c) => c.starts)).toEqual([[DAY + 540, 11 * DAY + 540]]);
  });

  it("proposes alternatives on the next feasible first-session days", () => {
    const q: CourseQuery = {
      sessions: [
        utcSession([
          [0, 540],
          [0, 600],
          [1, 540],
          [2, 540],
          [4, 540],
          [5, 540],
          [8, 540],
        ]),
        utcSession([
          [12, 540],
          [16, 540],
          [17, 540],
        ]),
      ],
      gaps: [{ minDays: 12, maxDays: 12 }],
      alternatives: 2,
    };
    const { best, alternatives } = placeCourse(q);
    expect(best?.starts).toEqual([540, 12 * DAY + 540]);
    // Days 1 and 2 have no session 2 exactly 12 days later; days 4 and 5 do (and so does 8).
    expect(alternatives.map((c) => c.starts)).toEqual([
      [4 * DAY + 540, 16 * DAY + 540],
      [5 * DAY + 540, 17 * DAY + 540],
    ]);
  });

  it("ranks starts by start + penalty, so a preferred later start can win", () => {
    const q: CourseQuery = {
      sessions: [
        utcSession(
          [
            [0, 540],
            [0, 600],
            [3, 540],
          ],
          [5 * DAY, 0, 0],
        ),
        utcSession([[14, 540]]),
      ],
      gaps: [{ minDays: 10, maxDays: 14 }],
      alternatives: 3,
    };
    const { best, alternatives } = placeCourse(q);
    expect(best?.starts).toEqual([600, 14 * DAY + 540]);
    expect(alternatives.map((c) => c.starts[0])).toEqual([3 * DAY + 540]);
  });

  it("returns nothing when no course fits, and a single session needs no gaps", () => {
    expect(
      placeCourse({
        ...trap,
        sessions: [trap.sessions[0], trap.sessions[1], utcSession([])] as CourseSession[],
      }),
    ).toEqual({ best: null, alternatives: [] });
    const single = placeCourse({ sessions: [utcSession([[3, 600]])], gaps: [], alternatives: 2 });
    expect(single).toEqual({ best: { starts: [3 * DAY + 600], indexes: [0] }, alternatives: [] });
  });

  it("refuses malformed queries", () => {
    expect(() => placeCourse({ sessions: [], gaps: [], alternatives: 0 })).toThrow(RangeError);
    expect(() => placeCourse({ ...trap, gaps: [{ minDays: 10, maxDays: 28 }] })).toThrow(
      "A course of 3 sessions needs 2 gaps, not 1",
    );
    expect(() =>
      placeCourse({
        ...trap,
        gaps: [
          { minDays: 10, maxDays: 5 },
          { minDays: 0, maxDays: 5 },
        ],
      }),
    ).toThrow("Gap 1: at most 5 days is less than at least 10");
    expect(() => placeCourse({ ...trap, alternatives: -1 })).toThrow(RangeError);
  });

  const instance = (withPenalty: boolean, maxLength = 6, lastDay = 45) =>
    fc
      .integer({ min: 1, max: 4 })
      .chain((n) =>
        fc.record({
          sessions: fc.array(
            fc
              .array(
                fc.tuple(fc.integer({ min: 0, max: lastDay }), fc.integer({ min: 0, max: 3 })),
                {
                  maxLength,
                },
              )
              .chain((slots) =>
                fc.record({
                  slots: fc.constant(slots.sort((a, b) => a[0] - b[0] || a[1] - b[1])),
                  penalty: withPenalty
                    ? fc.array(fc.constantFrom(0, 60, 3 * DAY), {
                        minLength: slots.length,
                        maxLength: slots.length,
                      })
                    : fc.constant(undefined),
                }),
              ),
            { minLength: n, maxLength: n },
          ),
          gaps: fc.array(
            fc
              .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }))
              .map(([minDays, extra]) => ({ minDays, maxDays: minDays + extra })),
            { minLength: n - 1, maxLength: n - 1 },
          ),
          alternatives: fc.integer({ min: 0, max: 4 }),
        }),
      )
      .map(
        ({ sessions, gaps, alternatives }): CourseQuery => ({
          // Minute-of-day 0–3 hours apart, so several starts share a day.
          sessions: sessions.map(({ slots, penalty }) =>
            utcSession(
              slots.map(([d, h]) => [d, h * 60]),
              penalty,
            ),
          ),
          gaps,
          alternatives,
        }),
      );

  for (const withPenalty of [false, true]) {
    it(`equals the brute-force reference${withPenalty ? " with penalties" : ""}`, () => {
      fc.assert(
        fc.property(instance(withPenalty), (q) => {
          const got = placeCourse(q);
          expect(got).toEqual(bruteForcePlaceCourse(q));
          const courses = [...(got.best ? [got.best] : []), ...got.alternatives];
          for (const c of courses) expectRespectsGaps(q, c);
          const firstDays = courses.map((c) => dayOf(q, c, 0));
          expect(new Set(firstDays).size).toBe(firstDays.length);
          if (allFeasibleCourses(q).length > 0) expect(got.best).not.toBeNull();
        }),
        { numRuns: 400 },
      );
    });
  }

  it("respects every gap in courses it returns (larger instances)", () => {
    fc.assert(
      fc.property(instance(false, 60, 150), instance(true, 60, 150), (a, b) => {
        for (const q of [a, b]) {
          const { best, alternatives } = placeCourse(q);
          for (const c of [...(best ? [best] : []), ...alternatives]) expectRespectsGaps(q, c);
        }
      }),
      { numRuns: 200 },
    );
  });

  describe("reflowCourse", () => {
    const zone = "Europe/London";
    // Three sessions at 10:00 London time; candidates every 3 days from 2026-09-01 to 2026-12-31.
    const at10 = (date: string) =>
      Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone, plainTime: "10:00" })
        .epochMilliseconds / 60_000;
    const dates = Array.from({ length: 41 }, (_, i) =>
      Temporal.PlainDate.from("2026-09-01")
        .add({ days: 3 * i })
        .toString(),
    );
    const session = (skip: (date: string) => boolean = () => false): CourseSession => {
      const starts = Int32Array.from(dates.filter((d) => !skip(d)).map(at10));
      return { starts, days: localDayNumbers(starts, zone) };
    };
    const q: CourseQuery = {
      sessions: [session(), session(), session()],
      gaps: [
        { minDays: 10, maxDays: 28 },
        { minDays: 10, maxDays: 28 },
      ],
      alternatives: 0,
    };
    const before = [at10("2026-10-01"), at10("2026-10-13"), at10("2026-10-25")];

    it("keeps earlier sessions and re-places later ones across the October clock change", () => {
      const moved = reflowCourse(q, { session: 1, start: at10("2026-10-20") }, before, zone);
      // 31 October is the first candidate ≥ 10 days after 20 October; the clocks change on the 25th.
      expect(moved).toEqual({
        ok: true,
        starts: [before[0], at10("2026-10-20"), at10("2026-10-31")],
      });
    });

    it("reports a kept session that no longer fits its gap", () => {
      expect(
        reflowCourse(q, { session: 1, start: at10("2026-09-05") }, before, zone),
      ).toMatchObject({
        brokenGap: { between: [0, 1], actualDays: -26 },
        message: "Session 2 would be 26 days before session 1, but the gap must be 10–28 days.",
      });
      expect(reflowCourse(q, { session: 1, start: at10("2026-10-05") }, before, zone)).toEqual({
        ok: false,
        brokenGap: { between: [0, 1], minDays: 10, maxDays: 28, actualDays: 4 },
        message: "Session 2 would be 4 days after session 1, but the gap must be 10–28 days.",
      });
      expect(reflowCourse(q, { session: 2, start: at10("2026-12-01") }, before, zone)).toEqual({
        ok: false,
        brokenGap: { between: [1, 2], minDays: 10, maxDays: 28, actualDays: 49 },
        message: "Session 3 would be 49 days after session 2, but the gap must be 10–28 days.",
      });
    });

    it("reports the gap that no free start can fill", () => {
      const blocked: CourseQuery = {
        ...q,
        sessions: [session(), session(), session((d) => d >= "2026-10-01" && d < "2026-12-01")],
      };
      expect(
        reflowCourse(blocked, { session: 0, start: at10("2026-09-10") }, before, zone),
      ).toEqual({
        ok: false,
        brokenGap: { between: [1, 2], minDays: 10, maxDays: 28, actualDays: null },
        message: "No free time for session 3 10–28 days after session 2.",
      });
    });

    it("matches the brute-force completion and names an exact broken gap", () => {
      fc.assert(
        fc.property(
          instance(false).filter((q) => q.sessions.length >= 2),
          fc.nat(),
          fc.integer({ min: 0, max: 45 }),
          fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 4, maxLength: 4 }),
          (q, pick, fixedDay, beforeDays) => {
            const s = pick % q.sessions.length;
            const before = q.sessions.map((_, i) => (beforeDays[i] as number) * DAY + 60);
            const result = reflowCourse(q, { session: s, start: fixedDay * DAY }, before, "UTC");
            const kept = [...beforeDays.slice(0, s), fixedDay];
            const keptBreak = q.gaps.slice(0, s).findIndex((g, i) => {
              const d = (kept[i + 1] as number) - (kept[i] as number);
              return d < g.minDays || d > g.maxDays;
            });
            if (keptBreak >= 0) {
              expect(result.ok).toBe(false);
              if (!result.ok) expect(result.brokenGap.between).toEqual([keptBreak, keptBreak + 1]);
              return;
            }
            const completion = bruteForceCompletion(q, s, fixedDay);
            if (completion) {
              expect(result).toEqual({
                ok: true,
                starts: [...before.slice(0, s), fixedDay * DAY, ...completion],
              });
            } else {
              expect(result.ok).toBe(false);
              if (result.ok) return;
              const [i, j] = result.brokenGap.between;
              expect(result.brokenGap.actualDays).toBeNull();
              expect(bruteForceReachable(q, s, fixedDay, i)).toBe(true);
              expect(bruteForceReachable(q, s, fixedDay, j)).toBe(false);
            }
          },
        ),
        { numRuns: 400 },
      );
    });
  });
});
