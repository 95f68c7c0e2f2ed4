import { afterAll, describe, expect, it } from "vitest";
import { wallClockToEpoch } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import {
  dayViewFor,
  dropChange,
  eventsFor,
  NO_ROOM,
  offTimeTest,
  pendingEvent,
  rangeFor,
  resourcesFor,
  slotDraft,
  stepDate,
  timeWindow,
  windowDates,
} from "./calendar-model.ts";
import { calendarDateOf, toCalendarDate } from "./location-time.ts";

const zone = "Europe/London";
const iso = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(wallClockToEpoch(date, h * 60 + m, zone)).toISOString();
};
const open = (date: string, opens = "09:00", closes = "18:00") => ({
  date,
  closed: false,
  hours: [{ opens, closes, start: iso(date, opens), end: iso(date, closes) }],
});

function appointment(
  id: string,
  date: string,
  from: string,
  to: string,
  extra: Partial<Appointment> = {},
): Appointment {
  return {
    id,
    startsAt: iso(date, from),
    endsAt: iso(date, to),
    busyFrom: iso(date, from),
    busyTo: iso(date, to),
    status: "booked",
    notes: "",
    cancelReason: "",
    version: 3,
    course: null,
    rescheduleCount: 0,
    depositForfeited: false,
    client: { id: "c1", name: "Jane Smith" },
    service: { id: "s1", name: "Treatment", kind: "treatment", colour: "#7048e8" },
    practitioner: { id: "alex", name: "Alex Morgan" },
    room: { id: "r1", name: "Room 1" },
    location: { id: "l1", name: "Southampton", timeZone: zone },
    ...extra,
  };
}

/** Mon 19 – Sun 25 Oct 2026: the clocks go back early on Sunday 25th; Sunday is closed. */
function week(): CalendarView {
  const dates = [
    "2026-10-19",
    "2026-10-20",
    "2026-10-21",
    "2026-10-22",
    "2026-10-23",
    "2026-10-24",
  ];
  return {
    from: "2026-10-19",
    to: "2026-10-25",
    location: { id: "l1", name: "Southampton", timeZone: zone },
    locations: [{ id: "l1", name: "Southampton" }],
    days: [...dates.map((d) => open(d)), { date: "2026-10-25", closed: true, hours: [] }],
    practitioners: [
      {
        id: "alex",
        name: "Alex Morgan",
        colour: "#228be6",
        working: dates.map((d) => ({ start: iso(d, "09:00"), end: iso(d, "18:00") })),
      },
      {
        id: "jamie",
        name: "Jamie Fraser",
        colour: "#12b886",
        working: [{ start: iso("2026-10-20", "10:00"), end: iso("2026-10-20", "14:00") }],
      },
    ],
    rooms: [
      { id: "r1", name: "Room 1" },
      { id: "r2", name: "Room 2" },
    ],
    services: [],
    appointments: [
      appointment("a1", "2026-10-20", "09:00", "12:00", { course: { id: "k1", session: 2 } }),
      appointment("a2", "2026-10-20", "12:30", "13:00", {
        room: null,
        practitioner: { id: "jamie", name: "Jamie Fraser" },
      }),
      appointment("a3", "2026-10-21", "10:00", "11:00", { status: "cancelled" }),
    ],
    courses: [{ id: "k1", sessions: 3 }],
  };
}

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe("ranges", () => {
  it("shows a day, or whole weeks from Monday", () => {
    expect(rangeFor("day", "2026-11-25")).toEqual({ from: "2026-11-25", days: 1 });
    expect(rangeFor("week", "2026-11-25")).toEqual({ from: "2026-11-23", days: 7 });
    expect(rangeFor("week", "2026-11-29")).toEqual({ from: "2026-11-23", days: 7 });
    expect(rangeFor("fortnight", "2026-11-23")).toEqual({ from: "2026-11-23", days: 14 });
    expect(stepDate("week", "2026-11-25", -1)).toBe("2026-11-18");
    expect(stepDate("fortnight", "2026-11-25", 1)).toBe("2026-12-09");
  });
});

describe("time window", () => {
  it("covers 09:00–18:00 with an hour either side, in a clock-change week", () => {
    expect(timeWindow(week())).toEqual({ min: 480, max: 1140 });
  });

  it("grows for a late booking and falls back to 09:00–18:00 when there is nothing", () => {
    const view = week();
    view.appointments.push(appointment("late", "2026-10-22", "19:00", "19:45"));
    expect(timeWindow(view).max).toBe(21 * 60);
    const empty = { ...week(), days: [], practitioners: [], appointments: [] };
    expect(timeWindow(empty)).toEqual({ min: 480, max: 1140 });
  });

  it.each(["Europe/London", "America/Los_Angeles"])(
    "gives the calendar 08:00 and 19:00 with the browser in %s",
    (browserZone) => {
      process.env.TZ = browserZone;
      const { min, max } = windowDates(week(), "2026-10-25");
      expect([min.getHours(), min.getMinutes(), max.getHours(), max.getMinutes()]).toEqual([
        8, 0, 19, 0,
      ]);
    },
  );
});

describe("events and columns", () => {
  it.each(["Europe/London", "Asia/Tokyo"])(
    "places appointments on the location's clock with the browser in %s",
    (browserZone) => {
      process.env.TZ = browserZone;
      const [first] = eventsFor(week(), {
        grouping: "practitioner",
        showCancelled: false,
        focus: null,
      });
      expect(first?.start.getHours()).toBe(9);
      expect(first?.end.getHours()).toBe(12);
      expect(first?.session).toEqual({ number: 2, of: 3 });
    },
  );

  it("hides cancelled ones unless asked, and follows the grouping and focus", () => {
    const view = week();
    const ids = (opts: Parameters<typeof eventsFor>[1]) => eventsFor(view, opts).map((e) => e.id);
    expect(ids({ grouping: "practitioner", showCancelled: false, focus: null })).toEqual([
      "a1",
      "a2",
    ]);
    expect(ids({ grouping: "practitioner", showCancelled: true, focus: null })).toHaveLength(3);
    expect(ids({ grouping: "practitioner", showCancelled: false, focus: "jamie" })).toEqual(["a2"]);
    const byRoom = eventsFor(view, { grouping: "room", showCancelled: false, focus: null });
    expect(byRoom.map((e) => e.resourceId)).toEqual(["r1", NO_ROOM]);
    expect(resourcesFor(view, "room").map((r) => r.title)).toEqual(["Room 1", "Room 2", "No room"]);
    expect(resourcesFor(view, "practitioner").map((r) => r.id)).toEqual(["alex", "jamie"]);
  });
});

describe("shading", () => {
  it("shades outside a practitioner's hours in their column and outside opening otherwise", () => {
    process.env.TZ = "America/New_York";
    const view = week();
    const off = offTimeTest(view, { grouping: "practitioner", focus: null });
    const slot = (date: string, minutes: number) => calendarDateOf(date, minutes);
    expect(off(slot("2026-10-20", 9 * 60 + 45), "jamie")).toBe(true);
    expect(off(slot("2026-10-20", 10 * 60), "jamie")).toBe(false);
    expect(off(slot("2026-10-20", 14 * 60), "jamie")).toBe(true);
    expect(off(slot("2026-10-20", 9 * 60), "alex")).toBe(false);
    // Week views without a focus follow the opening hours; the closed Sunday is all shaded.
    expect(off(slot("2026-10-20", 8 * 60 + 45))).toBe(true);
    expect(off(slot("2026-10-20", 17 * 60 + 45))).toBe(false);
    expect(off(slot("2026-10-25", 12 * 60))).toBe(true);
    const focused = offTimeTest(view, { grouping: "practitioner", focus: "jamie" });
    expect(focused(slot("2026-10-21", 12 * 60))).toBe(true);
    // Rooms follow the opening hours.
    const rooms = offTimeTest(view, { grouping: "room", focus: null });
    expect(rooms(slot("2026-10-20", 12 * 60), "r2")).toBe(false);
    // The library passes null for the resource in week views.
    expect(off(slot("2026-10-20", 8 * 60 + 45), null)).toBe(true);
    expect(off(slot("2026-10-20", 12 * 60), null)).toBe(false);
    // Dates outside the data (still loading) are not shaded.
    expect(off(slot("2026-11-02", 12 * 60))).toBe(false);
  });
});

describe("forms and moves", () => {
  it("gives the booking and move forms one day in their shape", () => {
    const day = dayViewFor(week(), "2026-10-20");
    expect(day.hours.intervals).toHaveLength(1);
    expect(day.appointments.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(day.practitioners.find((p) => p.id === "jamie")?.working).toHaveLength(1);
    expect(day.practitioners.find((p) => p.id === "alex")?.working).toHaveLength(1);
    expect(dayViewFor(week(), "2026-10-25").hours.closed).toBe(true);
  });

  it("prefills a booking from the slot and column clicked", () => {
    process.env.TZ = "Asia/Tokyo";
    const view = week();
    const start = calendarDateOf("2026-10-22", 14 * 60 + 15);
    expect(slotDraft(view, { grouping: "practitioner", focus: null }, start, "jamie")).toEqual({
      date: "2026-10-22",
      time: "14:15",
      practitionerId: "jamie",
      roomId: null,
    });
    expect(slotDraft(view, { grouping: "room", focus: null }, start, "r2")).toMatchObject({
      practitionerId: null,
      roomId: "r2",
    });
    expect(
      slotDraft(view, { grouping: "practitioner", focus: "alex" }, start, undefined),
    ).toMatchObject({
      practitionerId: "alex",
    });
  });

  it("turns a drop into the change to send, in the location's zone", () => {
    process.env.TZ = "America/New_York";
    const view = week();
    const [event] = eventsFor(view, {
      grouping: "practitioner",
      showCancelled: false,
      focus: null,
    });
    if (!event) throw new Error("no event");
    // Dropped on the same slot and column: nothing to do.
    expect(dropChange(event, event.start, "alex", "practitioner", zone)).toBeNull();
    // 14:00 on Thu 22 Oct 2026 (BST) is 13:00Z.
    const later = calendarDateOf("2026-10-22", 14 * 60);
    expect(dropChange(event, later, "alex", "practitioner", zone)).toEqual({
      startsAt: "2026-10-22T13:00:00.000Z",
    });
    // Week views have no columns: the library gives null, and only the time changes.
    expect(dropChange(event, later, null, "practitioner", zone)).toEqual({
      startsAt: "2026-10-22T13:00:00.000Z",
    });
    expect(dropChange(event, event.start, "jamie", "practitioner", zone)).toEqual({
      startsAt: "2026-10-20T08:00:00.000Z",
      practitionerId: "jamie",
    });
    const [roomEvent] = eventsFor(view, { grouping: "room", showCancelled: false, focus: null });
    if (!roomEvent) throw new Error("no event");
    expect(dropChange(roomEvent, roomEvent.start, NO_ROOM, "room", zone)).toMatchObject({
      roomId: null,
    });
    // After the clocks go back: 09:00 on Mon 26 Oct is 09:00Z, and the 3-hour length is kept.
    const moved = pendingEvent(event, { startsAt: "2026-10-26T09:00:00.000Z" }, zone);
    expect([moved.start.getHours(), moved.end.getHours(), moved.pending]).toEqual([9, 12, true]);
    expect(moved.start.getTime()).toBe(
      toCalendarDate(Date.parse("2026-10-26T09:00:00Z"), zone).getTime(),
    );
  });
});
