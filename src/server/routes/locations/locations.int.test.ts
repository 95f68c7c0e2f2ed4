import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let locationId: string;
let owner: string;
let receptionist: string;
let practitioner: string;
let otherLocationId: string;
let otherOwner: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Southampton SMP");
  locationId = clinic.locationId;
  owner = (await t.addStaff(clinic.orgId, "owner")).cookie;
  receptionist = (await t.addStaff(clinic.orgId, "receptionist")).cookie;
  practitioner = (await t.addStaff(clinic.orgId, "practitioner")).cookie;
  const other = await t.addClinic("Elsewhere");
  otherLocationId = other.locationId;
  otherOwner = (await t.addStaff(other.orgId, "owner")).cookie;
});
afterAll(() => t?.close());

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

const newLocation = {
  name: "Portsmouth",
  addressLine1: "1 High Street",
  city: "Portsmouth",
  postcode: "PO1 1AA",
  country: "gb",
  phone: "023 9200 0000",
  timeZone: "Europe/London",
  hours: [
    { weekday: 1, opens: "09:00", closes: "12:30" },
    { weekday: 1, opens: "13:30", closes: "18:00" },
  ],
  rooms: ["Studio A", "Studio B"],
};

describe("locations", () => {
  it("lists the clinic's locations with hours and rooms for any staff", async () => {
    const res = await t.request("GET", "/api/locations", { cookie: receptionist });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: locationId, timeZone: "Europe/London", active: true });
    expect(items[0].hours[0]).toEqual({ weekday: 1, opens: "09:00", closes: "18:00" });
    expect(items[0].rooms.map((r: { name: string }) => r.name)).toEqual(["Room 1", "Room 2"]);
  });

  it("creates, reads and updates a location", async () => {
    const res = await t.request("POST", "/api/locations", { cookie: owner, body: newLocation });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ name: "Portsmouth", country: "GB", active: true });
    expect(created.hours).toEqual(newLocation.hours);
    expect(created.rooms).toHaveLength(2);

    const patched = await t.request("PATCH", `/api/locations/${created.id}`, {
      cookie: owner,
      body: { name: "Portsmouth Studio", timeZone: "Europe/Dublin", addressLine2: "Floor 2" },
    });
    expect(patched.status).toBe(200);
    const got = await (
      await t.request("GET", `/api/locations/${created.id}`, { cookie: practitioner })
    ).json();
    expect(got).toMatchObject({
      name: "Portsmouth Studio",
      timeZone: "Europe/Dublin",
      addressLine2: "Floor 2",
    });
  });

  it("rejects bad input with field errors", async () => {
    const bad = await t.request("POST", "/api/locations", {
      cookie: owner,
      body: { name: "", timeZone: "Mars/Olympus", country: "Britain", phone: "call me" },
    });
    const body = await problem(bad, 400);
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["country", "name", "phone", "timeZone"]);

    const offset = await t.request("PATCH", `/api/locations/${locationId}`, {
      cookie: owner,
      body: { timeZone: "+01:00" },
    });
    expect((await problem(offset, 400)).errors[0]).toMatchObject({ field: "timeZone" });

    const notUuid = await t.request("GET", "/api/locations/not-a-uuid", { cookie: owner });
    await problem(notUuid, 400);
  });

  it("refuses writes from receptionists and practitioners", async () => {
    for (const cookie of [receptionist, practitioner]) {
      await problem(await t.request("POST", "/api/locations", { cookie, body: newLocation }), 403);
      await problem(
        await t.request("PATCH", `/api/locations/${locationId}`, { cookie, body: { name: "x" } }),
        403,
      );
      await problem(
        await t.request("PUT", `/api/locations/${locationId}/hours`, {
          cookie,
          body: { hours: [] },
        }),
        403,
      );
    }
  });

  it("answers 404 for another clinic's location, exactly as for a missing one", async () => {
    const missing = await problem(
      await t.request("GET", "/api/locations/00000000-0000-4000-8000-000000000000", {
        cookie: owner,
      }),
      404,
    );
    const foreign = await problem(
      await t.request("GET", `/api/locations/${otherLocationId}`, { cookie: owner }),
      404,
    );
    expect(foreign).toEqual(missing);
    await problem(
      await t.request("PATCH", `/api/locations/${otherLocationId}`, {
        cookie: owner,
        body: { name: "Mine" },
      }),
      404,
    );
    await problem(
      await t.request("PUT", `/api/locations/${otherLocationId}/hours`, {
        cookie: owner,
        body: { hours: [] },
      }),
      404,
    );
    const theirs = await (await t.request("GET", "/api/locations", { cookie: otherOwner })).json();
    expect(theirs.items[0]).toMatchObject({ id: otherLocationId, name: "Main studio" });
    expect(theirs.items).toHaveLength(1);
  });
});

describe("weekly hours", () => {
  it("replaces the hours in one go, with several intervals per day", async () => {
    const hours = [
      { weekday: 2, opens: "13:00", closes: "17:30" },
      { weekday: 2, opens: "08:30", closes: "12:00" },
      { weekday: 7, opens: "10:00", closes: "24:00" },
    ];
    const res = await t.request("PUT", `/api/locations/${locationId}/hours`, {
      cookie: owner,
      body: { hours },
    });
    expect(res.status).toBe(200);
    const expected = [
      { weekday: 2, opens: "08:30", closes: "12:00" },
      { weekday: 2, opens: "13:00", closes: "17:30" },
      { weekday: 7, opens: "10:00", closes: "24:00" },
    ];
    expect((await res.json()).hours).toEqual(expected);
    const got = await (
      await t.request("GET", `/api/locations/${locationId}`, { cookie: owner })
    ).json();
    expect(got.hours).toEqual(expected);
  });

  it("explains overlapping and back-to-front intervals and keeps the old hours", async () => {
    const before = await (
      await t.request("GET", `/api/locations/${locationId}`, { cookie: owner })
    ).json();
    const res = await t.request("PUT", `/api/locations/${locationId}/hours`, {
      cookie: owner,
      body: {
        hours: [
          { weekday: 1, opens: "09:00", closes: "13:00" },
          { weekday: 1, opens: "12:00", closes: "17:00" },
          { weekday: 3, opens: "18:00", closes: "09:00" },
        ],
      },
    });
    const body = await problem(res, 400);
    expect(body.detail).toContain("Monday: 09:00–13:00 overlaps 12:00–17:00");
    expect(body.detail).toContain("Wednesday: closing time 09:00 must be after opening time 18:00");
    expect(body.errors.every((e: { field: string }) => e.field === "hours")).toBe(true);
    const after = await (
      await t.request("GET", `/api/locations/${locationId}`, { cookie: owner })
    ).json();
    expect(after.hours).toEqual(before.hours);
  });

  it("rejects malformed times and weekdays with field errors", async () => {
    const res = await t.request("PUT", `/api/locations/${locationId}/hours`, {
      cookie: owner,
      body: { hours: [{ weekday: 8, opens: "9am", closes: "25:00" }] },
    });
    const body = await problem(res, 400);
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["hours.0.closes", "hours.0.opens", "hours.0.weekday"]);
  });

  it("keeps wall-clock hours across the spring clock change (DST-safe)", async () => {
    // Saturday 28 March 2026 is GMT; Sunday 29 March is BST (clocks go forward at 01:00 UTC).
    await t.request("PUT", `/api/locations/${locationId}/hours`, {
      cookie: owner,
      body: {
        hours: [
          { weekday: 6, opens: "09:00", closes: "17:00" },
          { weekday: 7, opens: "09:00", closes: "17:00" },
        ],
      },
    });
    const day = async (date: string) => {
      const res = await t.request(
        "GET",
        `/api/appointments/day?date=${date}&locationId=${locationId}`,
        {
          cookie: owner,
        },
      );
      expect(res.status).toBe(200);
      return (await res.json()).hours.intervals;
    };
    expect(await day("2026-03-28")).toMatchObject([
      { opens: "09:00", start: "2026-03-28T09:00:00.000Z", end: "2026-03-28T17:00:00.000Z" },
    ]);
    expect(await day("2026-03-29")).toMatchObject([
      { opens: "09:00", start: "2026-03-29T08:00:00.000Z", end: "2026-03-29T16:00:00.000Z" },
    ]);
  });
});
