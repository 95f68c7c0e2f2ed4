import { describe, expect, it } from "vitest";
import { createFormatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import { busyRooms, localParts, longDate, startInstant, timeOptions } from "./slot-times.ts";

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

describe("form times", () => {
  it("turns a date and start time at the location into an instant and back", () => {
    const ms = startInstant("2027-06-14", "10:15", zone);
    expect(new Date(ms ?? 0).toISOString()).toBe("2027-06-14T09:15:00.000Z");
    expect(localParts(ms ?? 0, zone)).toEqual({ date: "2027-06-14", time: "10:15" });
    expect(startInstant("2027-06-14", "", zone)).toBeNull();
  });

  it("spring forward 2026-03-29: 01:30 does not exist and moves to 02:30 BST", () => {
    const ms = startInstant("2026-03-29", "01:30", zone);
    expect(new Date(ms ?? 0).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
    const options = timeOptions("2026-03-29", london);
    expect(options).toHaveLength(96);
    expect(options.find((o) => o.value === "09:00")?.label).toBe("09:00");
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

  it("writes the day heading in house style", () => {
    expect(longDate("2026-11-25", london)).toBe("Wednesday 25 November 2026");
  });
});
