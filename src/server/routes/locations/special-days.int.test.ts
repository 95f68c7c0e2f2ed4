import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let locationId: string;
let owner: string;
let receptionist: string;
let otherLocationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Southampton SMP");
  locationId = clinic.locationId;
  owner = (await t.addStaff(clinic.orgId, "owner")).cookie;
  receptionist = (await t.addStaff(clinic.orgId, "receptionist")).cookie;
  otherLocationId = (await t.addClinic("Elsewhere")).locationId;
});
afterAll(() => t?.close());

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

describe("special days", () => {
  const days = `/api/locations/${"{id}"}/special-days`;
  const url = (id: string) => days.replace("{id}", id);

  it("adds closures and special hours, lists them by date range and deletes them", async () => {
    const closed = await t.request("POST", url(locationId), {
      cookie: owner,
      body: { date: "2026-12-25", closed: true, reason: "Christmas Day" },
    });
    expect(closed.status).toBe(201);
    const christmas = await closed.json();
    expect(christmas).toMatchObject({ date: "2026-12-25", closed: true, hours: [] });

    const short = await t.request("POST", url(locationId), {
      cookie: owner,
      body: {
        date: "2026-12-24",
        closed: false,
        hours: [
          { opens: "09:00", closes: "12:00" },
          { opens: "13:00", closes: "15:00" },
        ],
        reason: "Christmas Eve",
      },
    });
    expect(short.status).toBe(201);

    const all = await (await t.request("GET", url(locationId), { cookie: receptionist })).json();
    expect(all.items.map((d: { date: string }) => d.date)).toEqual(["2026-12-24", "2026-12-25"]);
    const ranged = await t.request("GET", `${url(locationId)}?from=2026-12-25&to=2026-12-31`, {
      cookie: receptionist,
    });
    expect((await ranged.json()).items).toHaveLength(1);

    const dup = await problem(
      await t.request("POST", url(locationId), {
        cookie: owner,
        body: { date: "2026-12-25", closed: true },
      }),
      409,
    );
    expect(dup.detail).toContain("2026-12-25");

    const del = await t.request("DELETE", `${url(locationId)}/${christmas.id}`, { cookie: owner });
    expect(del.status).toBe(204);
    await problem(
      await t.request("DELETE", `${url(locationId)}/${christmas.id}`, { cookie: owner }),
      404,
    );
  });

  it("validates dates and hours", async () => {
    const cases = [
      { date: "2026-02-30", closed: true },
      { date: "2026-05-01", closed: false },
      { date: "2026-05-01", closed: true, hours: [{ opens: "09:00", closes: "10:00" }] },
      { date: "2026-05-01", closed: false, hours: [{ opens: "9", closes: "10:00" }] },
    ];
    for (const body of cases) {
      const res = await problem(
        await t.request("POST", url(locationId), { cookie: owner, body }),
        400,
      );
      expect(res.errors.length).toBeGreaterThan(0);
    }
    const overlap = await problem(
      await t.request("POST", url(locationId), {
        cookie: owner,
        body: {
          date: "2026-05-01",
          closed: false,
          hours: [
            { opens: "09:00", closes: "12:00" },
            { opens: "11:00", closes: "14:00" },
          ],
        },
      }),
      400,
    );
    expect(overlap.detail).toContain("overlaps");
    await problem(
      await t.request("GET", `${url(locationId)}?from=2026-05-02&to=2026-05-01`, { cookie: owner }),
      400,
    );
  });

  it("is closed to receptionists for writes and to other clinics entirely", async () => {
    await problem(
      await t.request("POST", url(locationId), {
        cookie: receptionist,
        body: { date: "2026-06-01", closed: true },
      }),
      403,
    );
    await problem(await t.request("GET", url(otherLocationId), { cookie: owner }), 404);
    await problem(
      await t.request("POST", url(otherLocationId), {
        cookie: owner,
        body: { date: "2026-06-01", closed: true },
      }),
      404,
    );
  });
});
