import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let jamie: Awaited<ReturnType<TestApp["addStaff"]>>;
let clientId: string;

// A Wednesday well in the future, in Europe/London winter time (UTC+0).
const DAY = "2030-01-09";
const at = (hhmm: string) => `${DAY}T${hhmm}:00Z`;
const service = (name: string) => {
  const found = clinic.services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name}`);
  return found.id;
};

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Race Clinic");
  reception = await t.addStaff(clinic.orgId, "receptionist");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  jamie = await t.addStaff(clinic.orgId, "practitioner", "Jamie Fraser");
  const res = await t.request("POST", "/api/clients", {
    cookie: reception.cookie,
    body: { firstName: "Jane", lastName: "Smith" },
  });
  clientId = (await res.json()).id;
});
afterAll(() => t?.close());

function book(overrides: Record<string, unknown>) {
  return t.request("POST", "/api/appointments", {
    cookie: reception.cookie,
    body: {
      clientId,
      serviceId: service("Consultation"),
      locationId: clinic.locationId,
      practitionerId: alex.memberId,
      roomId: clinic.rooms[0]?.id,
      startsAt: at("10:00"),
      ...overrides,
    },
  });
}

describe("booking appointments", () => {
  it("books, then refuses an overlapping booking for the same practitioner, naming the clash", async () => {
    const first = await book({ startsAt: at("09:00") });
    expect(first.status).toBe(201);
    const clash = await book({ startsAt: at("09:30"), roomId: clinic.rooms[1]?.id });
    expect(clash.status).toBe(409);
    expect(clash.headers.get("content-type")).toContain("application/problem+json");
    const problem = await clash.json();
    expect(problem.detail).toContain("Alex Morgan is already booked");
    expect(problem.detail).toContain("Jane Smith");
    expect(problem.clash).toMatchObject({ resource: "practitioner", resourceName: "Alex Morgan" });
  });

  it("refuses a room that is taken, even with another practitioner, and counts the buffer", async () => {
    // Consultation 09:00–09:45 has a 15 min clean-up buffer: the room is busy until 10:00.
    const res = await book({
      startsAt: at("09:45"),
      practitionerId: jamie.memberId,
      roomId: clinic.rooms[0]?.id,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).clash).toMatchObject({ resource: "room", resourceName: "Room 1" });
    const after = await book({
      startsAt: at("10:00"),
      practitionerId: jamie.memberId,
      roomId: clinic.rooms[0]?.id,
    });
    expect(after.status).toBe(201);
  });

  it("refuses times outside opening hours with a clear message", async () => {
    const late = await book({ startsAt: at("17:30"), practitionerId: jamie.memberId });
    expect(late.status).toBe(422);
    expect((await late.json()).detail).toMatch(/open 09:00–18:00/);
    const sunday = await book({ startsAt: "2030-01-13T10:00:00Z" });
    expect(sunday.status).toBe(422);
  });

  it("requires a room when the service needs one", async () => {
    const res = await book({ startsAt: at("15:00"), roomId: null });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/needs a treatment room/);
  });

  it("moves and cancels, freeing the time", async () => {
    const created = await (await book({ startsAt: at("12:00") })).json();
    const moved = await t.request("PATCH", `/api/appointments/${created.id}`, {
      cookie: reception.cookie,
      body: { startsAt: at("13:00"), version: created.version },
    });
    expect(moved.status).toBe(200);
    const movedBody = await moved.json();
    expect(movedBody.startsAt).toBe(new Date(at("13:00")).toISOString());
    const stale = await t.request("PATCH", `/api/appointments/${created.id}`, {
      cookie: reception.cookie,
      body: { startsAt: at("14:00"), version: created.version },
    });
    expect(stale.status).toBe(409);
    const cancelled = await t.request("POST", `/api/appointments/${created.id}/cancel`, {
      cookie: reception.cookie,
      body: { reason: "Client asked" },
    });
    expect((await cancelled.json()).status).toBe("cancelled");
    expect((await book({ startsAt: at("13:00") })).status).toBe(201);
  });

  it("lists a day with practitioner columns and the day's opening hours", async () => {
    const res = await t.request("GET", `/api/appointments/day?date=${DAY}`, {
      cookie: reception.cookie,
    });
    expect(res.status).toBe(200);
    const day = await res.json();
    expect(day.hours.closed).toBe(false);
    expect(day.hours.intervals[0]).toMatchObject({ opens: "09:00", closes: "18:00" });
    expect(day.practitioners.map((p: { name: string }) => p.name)).toEqual([
      "Alex Morgan",
      "Jamie Fraser",
    ]);
    expect(day.appointments.length).toBeGreaterThanOrEqual(3);
  });
});

describe("the 50-way booking race", () => {
  it("leaves exactly one appointment per slot; every loser gets 409 and nobody a 5xx", async () => {
    // Five slots, ten concurrent requests each, for the same practitioner and room.
    const slots = ["09:00", "10:00", "11:00", "12:00", "13:00"].map(
      (hhmm) => `2030-01-10T${hhmm}:00Z`,
    );
    const requests = slots.flatMap((startsAt) => Array.from({ length: 10 }, () => ({ startsAt })));
    const responses = await Promise.all(requests.map((r) => book(r)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(slots.length);
    expect(statuses.filter((s) => s === 409)).toHaveLength(requests.length - slots.length);

    const day = await (
      await t.request("GET", "/api/appointments/day?date=2030-01-10", { cookie: reception.cookie })
    ).json();
    const starts = day.appointments
      .filter((a: { status: string }) => a.status === "booked")
      .map((a: { startsAt: string }) => a.startsAt);
    expect(starts.sort()).toEqual(slots.map((s) => new Date(s).toISOString()));
  });
});
