import { describe, expect, it } from "vitest";
import type { ProposedSession, Slot } from "../../../shared/contracts/scheduling.ts";
import {
  clashedSession,
  countdownText,
  courseChanges,
  courseKey,
  daysBetween,
  gapFromPrevious,
  gapWindowText,
  groupSlotsByDay,
  localDateOf,
  sessionWindow,
} from "./course-dates.ts";

const LONDON = "Europe/London";
const alex = { id: "alex", name: "Alex Morgan" };
const jamie = { id: "jamie", name: "Jamie Fraser" };
const room1 = { id: "11111111-1111-4111-8111-111111111111", name: "Room 1" };

function session(n: number, startsAt: string, durationMin = 180): ProposedSession {
  return {
    session: n,
    durationMin,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + durationMin * 60_000).toISOString(),
    practitioner: alex,
    room: room1,
  };
}

// Tue 1 Dec, Thu 17 Dec 2026, Tue 12 Jan 2027 at 10:00 London (GMT).
const course = [
  session(1, "2026-12-01T10:00:00Z"),
  session(2, "2026-12-17T10:00:00Z"),
  session(3, "2027-01-12T10:00:00Z"),
];
const gaps = [
  { session: 2, minDays: 10, maxDays: 28 },
  { session: 3, minDays: 14, maxDays: 42 },
];

describe("day arithmetic in the location's zone", () => {
  it("reads the local date, not the UTC one, late in a summer evening", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(localDateOf("2026-06-30T23:30:00Z", LONDON)).toBe("2026-07-01");
    expect(localDateOf("2026-06-30T23:30:00Z", "America/New_York")).toBe("2026-06-30");
  });

  it("counts calendar days across the October clock change", () => {
    // Sat 24 Oct → Sat 31 Oct 2026: the 25th is 25 hours long in London.
    expect(daysBetween("2026-10-24", "2026-10-31")).toBe(7);
    expect(daysBetween("2026-10-31", "2026-10-24")).toBe(-7);
  });
});

describe("gap wording", () => {
  it("writes a gap window and a single-day window", () => {
    expect(gapWindowText({ session: 2, minDays: 10, maxDays: 28 })).toBe(
      "10–28 days after session 1",
    );
    expect(gapWindowText({ session: 3, minDays: 14, maxDays: 14 })).toBe("14 days after session 2");
  });

  it("says how far a proposed session is from the one before", () => {
    expect(gapFromPrevious(course, 0, LONDON)).toBeNull();
    expect(gapFromPrevious(course, 1, LONDON)).toBe("16 days after session 1");
    expect(gapFromPrevious(course, 2, LONDON)).toBe("26 days after session 2");
  });
});

describe("sessionWindow", () => {
  const base = { course, gaps, earliest: "2026-11-24", zone: LONDON };

  it("keeps a middle session within its gap from the session before", () => {
    expect(sessionWindow({ ...base, session: 2, pinned: new Set() })).toEqual({
      ok: true,
      from: "2026-12-11",
      toInclusive: "2026-12-29",
      days: 19,
    });
  });

  it("also keeps the gap to a later session the person pinned", () => {
    // Session 3 pinned on 12 Jan: session 2 must be 14–42 days before it (1–29 Dec).
    expect(sessionWindow({ ...base, session: 2, pinned: new Set([3]) })).toEqual({
      ok: true,
      from: "2026-12-11",
      toInclusive: "2026-12-29",
      days: 19,
    });
    const tight = [
      course[0] as ProposedSession,
      course[1] as ProposedSession,
      session(3, "2026-12-27T10:00:00Z"),
    ];
    expect(sessionWindow({ ...base, course: tight, session: 2, pinned: new Set([3]) })).toEqual({
      ok: true,
      from: "2026-12-11",
      toInclusive: "2026-12-13",
      days: 3,
    });
  });

  it("explains when pinned neighbours leave no date", () => {
    const squeezed = [
      course[0] as ProposedSession,
      course[1] as ProposedSession,
      session(3, "2026-12-20T10:00:00Z"),
    ];
    const window = sessionWindow({ ...base, course: squeezed, session: 2, pinned: new Set([3]) });
    expect(window.ok).toBe(false);
  });

  it("lets session 1 start from the earliest date up to four weeks past its current date", () => {
    expect(sessionWindow({ ...base, session: 1, pinned: new Set() })).toEqual({
      ok: true,
      from: "2026-11-24",
      toInclusive: "2026-12-28",
      days: 35,
    });
  });
});

describe("groupSlotsByDay", () => {
  const slot = (startsAt: string, practitionerId: string): Slot => ({
    startsAt,
    endsAt: startsAt,
    practitionerId,
    roomId: null,
  });

  it("groups by local day and start time, earliest first", () => {
    const days = groupSlotsByDay(
      [
        slot("2026-12-02T09:00:00Z", "alex"),
        slot("2026-12-01T14:00:00Z", "alex"),
        slot("2026-12-01T09:00:00Z", "jamie"),
        slot("2026-12-01T09:00:00.000Z", "alex"),
      ],
      LONDON,
    );
    expect(days.map((d) => d.date)).toEqual(["2026-12-01", "2026-12-02"]);
    expect(days[0]?.times.map((t) => t.slots.map((s) => s.practitionerId))).toEqual([
      ["jamie", "alex"],
      ["alex"],
    ]);
  });
});

describe("courseChanges", () => {
  it("lists sessions whose time, practitioner or room changed", () => {
    const after = [
      course[0] as ProposedSession,
      session(2, "2026-12-22T10:00:00Z"),
      { ...(course[2] as ProposedSession), practitioner: jamie },
    ];
    expect(courseChanges(course, after).map((c) => c.session)).toEqual([2, 3]);
    expect(courseChanges(course, course)).toEqual([]);
  });

  it("ignores the same instant written differently", () => {
    const same = course.map((s) => ({ ...s, startsAt: s.startsAt.replace("Z", "+00:00") }));
    expect(courseChanges(course, same)).toEqual([]);
    expect(courseKey(same)).toBe(courseKey(course));
  });
});

describe("countdownText", () => {
  it("shows minutes and seconds, never below zero", () => {
    expect(countdownText(572_000)).toBe("9:32");
    expect(countdownText(59_001)).toBe("1:00");
    expect(countdownText(-5_000)).toBe("0:00");
  });
});

describe("clashedSession", () => {
  it("names the session a clash overlaps", () => {
    expect(
      clashedSession(course, { startsAt: "2026-12-17T11:00:00Z", endsAt: "2026-12-17T12:00:00Z" }),
    ).toBe(2);
    expect(clashedSession(course, { session: 3 })).toBe(3);
    expect(clashedSession(course, null)).toBeNull();
  });
});
