import { describe, expect, it } from "vitest";
import { createFormatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import {
  busyRooms,
  dayFrame,
  localParts,
  longDate,
  offTime,
  placeInLanes,
  slotsOf,
  startInstant,
} from "./day-layout.ts";

const zone = "Europe/London";
const london = createFormatter({ locale: "en-GB", timeZone: zone });

function appointment(
  id: string,
  start: string,
  end: string,
  extra: Partial<Appointment> = {},
): Appointment {
  return {
    id,
    startsAt: start,
    endsAt: end,
    busyFrom: start,
    busyTo: end,
    status: "booked",
    notes: "",
    cancelReason: "",
    version: 1,
    course: null,
    rescheduleCount: 0,
    depositForfeited: false,
    client: { id: "c", name: "Client" },
    service: { id: "s", name: "Consultation", kind: "consultation", colour: "#228be6" },
    practitioner: { id: "p", name: "Alex Morgan" },
    room: { id: "r1", name: "Room 1" },
    location: { id: "l", name: "Southampton", timeZone: zone },
    ...extra,
  };
}

function view(date: string, hours: [string, string][], appointments: Appointment[] = []): DayView {
  return {
    date,
    location: { id: "l", name: "Southampton", timeZone: zone },
    locations: [],
    hours: {
      closed: hours.length === 0,
      intervals: hours.map(([start, end]) => ({ opens: "", closes: "", start, end })),
    },
    practitioners: [],
    rooms: [],
    services: [],
    appointments,
  };
}

describe("dayFrame", () => {
  it("covers opening hours with 30 minutes either side, in the location's day", () => {
    // 25 Nov 2026 (GMT): open 09:00–18:00 → 08:30–18:30.
    const frame = dayFrame(view("2026-11-25", [["2026-11-25T09:00:00Z", "2026-11-25T18:00:00Z"]]));
    expect(frame && { from: frame.from, to: frame.to }).toEqual({ from: 510, to: 1110 });
  });

  it("follows the clock in summer time (09:00 BST is 08:00 UTC)", () => {
    const frame = dayFrame(view("2027-06-14", [["2027-06-14T08:00:00Z", "2027-06-14T12:00:00Z"]]));
    if (!frame) throw new Error("expected a frame");
    expect(frame.from).toBe(510);
    expect(slotsOf(frame, london)[2]).toMatchObject({ label: "09:00", hour: true });
  });

  it("grows to show appointments outside the hours, and is null for a closed, empty day", () => {
    const late = appointment("a", "2026-11-25T19:00:00Z", "2026-11-25T19:45:00Z");
    const frame = dayFrame(
      view("2026-11-25", [["2026-11-25T09:00:00Z", "2026-11-25T18:00:00Z"]], [late]),
    );
    expect(frame?.to).toBe(20 * 60 + 15);
    expect(dayFrame(view("2026-11-29", []))).toBeNull();
  });
});

describe("grid helpers", () => {
  const frame = { dayStart: Date.parse("2026-11-25T00:00:00Z"), from: 510, to: 1110 };

  it("hatches the time outside working intervals", () => {
    expect(
      offTime(frame, [{ start: "2026-11-25T10:00:00Z", end: "2026-11-25T14:00:00Z" }]),
    ).toEqual([
      { start: 510, end: 600 },
      { start: 840, end: 1110 },
    ]);
    expect(offTime(frame, [])).toEqual([{ start: 510, end: 1110 }]);
  });

  it("puts overlapping appointments side by side and lone ones full width", () => {
    const placed = placeInLanes([
      appointment("a", "2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z"),
      appointment("b", "2026-11-25T10:30:00Z", "2026-11-25T11:30:00Z", { status: "cancelled" }),
      appointment("c", "2026-11-25T12:00:00Z", "2026-11-25T13:00:00Z"),
    ]);
    expect(placed.map((p) => [p.appointment.id, p.lane, p.lanes])).toEqual([
      ["a", 0, 2],
      ["b", 1, 2],
      ["c", 0, 1],
    ]);
  });

  it("finds rooms in use, counting buffers and ignoring cancelled ones", () => {
    const a = appointment("a", "2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z", {
      busyTo: "2026-11-25T11:30:00Z",
    });
    const b = appointment("b", "2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z", {
      status: "cancelled",
      room: { id: "r2", name: "Room 2" },
    });
    const start = Date.parse("2026-11-25T11:15:00Z");
    expect([...busyRooms([a, b], start, start + 45 * 60_000)]).toEqual(["r1"]);
    expect([...busyRooms([a, b], start, start + 45 * 60_000, "a")]).toEqual([]);
  });
});

describe("form times", () => {
  it("turns a date and start time at the location into an instant and back", () => {
    const ms = startInstant("2027-06-14", "10:15", zone);
    expect(new Date(ms ?? 0).toISOString()).toBe("2027-06-14T09:15:00.000Z");
    expect(localParts(ms ?? 0, zone)).toEqual({ date: "2027-06-14", time: "10:15" });
    expect(startInstant("2027-06-14", "", zone)).toBeNull();
  });

  it("writes the day heading in house style", () => {
    expect(longDate("2026-11-25", london)).toBe("Wednesday 25 November 2026");
  });
});
