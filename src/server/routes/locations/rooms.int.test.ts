import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointment, client } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let locationId: string;
let roomIds: string[];
let practitionerId: string;
let serviceId: string;
let owner: string;
let receptionist: string;
let otherLocationId: string;
let otherRoomId: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Southampton SMP");
  ({ orgId, locationId } = clinic);
  roomIds = clinic.rooms.map((r) => r.id);
  serviceId = clinic.services[0]?.id ?? "";
  owner = (await t.addStaff(orgId, "owner")).cookie;
  receptionist = (await t.addStaff(orgId, "receptionist")).cookie;
  practitionerId = (await t.addStaff(orgId, "practitioner")).memberId;
  const other = await t.addClinic("Elsewhere");
  otherLocationId = other.locationId;
  otherRoomId = other.rooms[0]?.id ?? "";
});
afterAll(() => t?.close());

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

/** Books appointments straight into the database, `daysAhead` days from now (negative: past). */
async function book(roomId: string, daysAhead: number[]) {
  const [c] = await t.db
    .insert(client)
    .values({ orgId, firstName: "Sam", lastName: "Client" })
    .returning({ id: client.id });
  for (const [i, days] of daysAhead.entries()) {
    const start = new Date(Date.now() + days * 86_400_000 + i * 3_600_000);
    const end = new Date(start.getTime() + 45 * 60_000);
    await t.db.insert(appointment).values({
      orgId,
      locationId,
      clientId: c?.id ?? "",
      serviceId,
      practitionerId,
      roomId,
      startsAt: start,
      endsAt: end,
      busyFrom: start,
      busyTo: end,
    });
  }
}

describe("rooms", () => {
  it("adds and renames rooms, refusing a name already used at the location", async () => {
    const res = await t.request("POST", `/api/locations/${locationId}/rooms`, {
      cookie: owner,
      body: { name: "Treatment room 3" },
    });
    expect(res.status).toBe(201);
    const added = await res.json();
    expect(added).toMatchObject({ name: "Treatment room 3", active: true });

    const clash = await t.request("POST", `/api/locations/${locationId}/rooms`, {
      cookie: owner,
      body: { name: "room 1" },
    });
    expect((await problem(clash, 409)).detail).toContain('already has a room called "room 1"');
    const rename = await t.request("PATCH", `/api/rooms/${added.id}`, {
      cookie: owner,
      body: { name: "Room 2" },
    });
    await problem(rename, 409);
    const ok = await t.request("PATCH", `/api/rooms/${added.id}`, {
      cookie: owner,
      body: { name: "Room 3" },
    });
    expect((await ok.json()).name).toBe("Room 3");
    // The same name at another clinic's location is fine, and renaming to its own name is too.
    const same = await t.request("PATCH", `/api/rooms/${added.id}`, {
      cookie: owner,
      body: { name: "Room 3" },
    });
    expect(same.status).toBe(200);
  });

  it("refuses receptionists, bad names and other clinics' rooms", async () => {
    await problem(
      await t.request("POST", `/api/locations/${locationId}/rooms`, {
        cookie: receptionist,
        body: { name: "X" },
      }),
      403,
    );
    await problem(
      await t.request("PATCH", `/api/rooms/${roomIds[0]}`, {
        cookie: receptionist,
        body: { active: false },
      }),
      403,
    );
    const bad = await t.request("POST", `/api/locations/${locationId}/rooms`, {
      cookie: owner,
      body: { name: " " },
    });
    expect((await problem(bad, 400)).errors[0].field).toBe("name");
    await problem(
      await t.request("PATCH", `/api/rooms/${otherRoomId}`, {
        cookie: owner,
        body: { name: "Mine" },
      }),
      404,
    );
    await problem(
      await t.request("POST", `/api/locations/${otherLocationId}/rooms`, {
        cookie: owner,
        body: { name: "Mine" },
      }),
      404,
    );
  });
});

describe("deactivation with future bookings", () => {
  it("refuses to deactivate a room or location with upcoming appointments, naming how many", async () => {
    const [busyRoom = "", freeRoom = ""] = roomIds;
    await book(busyRoom, [2, 9, -3]);

    const room = await problem(
      await t.request("PATCH", `/api/rooms/${busyRoom}`, {
        cookie: owner,
        body: { active: false },
      }),
      409,
    );
    expect(room.detail).toContain("2 booked appointments");
    expect(room.upcomingAppointments).toBe(2);

    const loc = await problem(
      await t.request("PATCH", `/api/locations/${locationId}`, {
        cookie: owner,
        body: { active: false },
      }),
      409,
    );
    expect(loc.detail).toContain("2 booked appointments");
    const still = await (
      await t.request("GET", `/api/locations/${locationId}`, { cookie: owner })
    ).json();
    expect(still.active).toBe(true);

    const free = await t.request("PATCH", `/api/rooms/${freeRoom}`, {
      cookie: owner,
      body: { active: false },
    });
    expect(free.status).toBe(200);
    expect((await free.json()).active).toBe(false);
  });

  it("deactivates a location whose bookings are all in the past", async () => {
    const created = await (
      await t.request("POST", "/api/locations", {
        cookie: owner,
        body: { name: "Pop-up", timeZone: "Europe/London" },
      })
    ).json();
    const res = await t.request("PATCH", `/api/locations/${created.id}`, {
      cookie: owner,
      body: { active: false },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).active).toBe(false);
  });
});
