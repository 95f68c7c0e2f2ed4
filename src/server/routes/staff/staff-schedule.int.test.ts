import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;
let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let admin: Staff;
let alex: Staff;
let jamie: Staff;
let reception: Staff;
let outsider: Staff;

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Rota Clinic");
  admin = await t.addStaff(clinic.orgId, "admin");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  jamie = await t.addStaff(clinic.orgId, "practitioner", "Jamie Fraser");
  reception = await t.addStaff(clinic.orgId, "receptionist");
  outsider = await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner");
});
afterAll(() => t?.close());

const putHours = (cookie: string, memberId: string, hours: unknown) =>
  t.request("PUT", `/api/staff/${memberId}/hours`, { cookie, body: { hours } });

describe("weekly hours", () => {
  it("replaces a practitioner's hours and shows them in the staff list", async () => {
    const hours = [
      { weekday: 2, opens: "13:00", closes: "17:00" },
      { weekday: 1, opens: "09:00", closes: "12:30" },
      { weekday: 1, opens: "13:30", closes: "18:00" },
    ];
    const res = await putHours(alex.cookie, alex.memberId, hours);
    expect(res.status).toBe(200);
    const sorted = [hours[1], hours[2], hours[0]];
    expect(await res.json()).toEqual({ memberId: alex.memberId, hours: sorted });
    const list = await (await t.request("GET", "/api/staff", { cookie: reception.cookie })).json();
    expect(
      list.items.find((s: { memberId: string }) => s.memberId === alex.memberId).hours,
    ).toEqual(sorted);

    const cleared = await putHours(admin.cookie, alex.memberId, []);
    expect((await cleared.json()).hours).toEqual([]);
  });

  it("rejects overlapping, back-to-front and malformed hours with 400", async () => {
    const overlap = await putHours(admin.cookie, alex.memberId, [
      { weekday: 3, opens: "09:00", closes: "13:00" },
      { weekday: 3, opens: "12:00", closes: "17:00" },
    ]);
    expect(overlap.status).toBe(400);
    expect(overlap.headers.get("content-type")).toContain("application/problem+json");
    expect((await overlap.json()).detail).toContain("Wednesday: 09:00–13:00 overlaps 12:00–17:00");
    const backwards = await putHours(admin.cookie, alex.memberId, [
      { weekday: 4, opens: "17:00", closes: "09:00" },
    ]);
    expect(backwards.status).toBe(400);
    expect(
      (
        await putHours(admin.cookie, alex.memberId, [
          { weekday: 8, opens: "09:00", closes: "17:00" },
        ])
      ).status,
    ).toBe(400);
    expect(
      (await putHours(admin.cookie, alex.memberId, [{ weekday: 1, opens: "9am", closes: "17:00" }]))
        .status,
    ).toBe(400);
    expect(
      (
        await putHours(admin.cookie, alex.memberId, [
          { weekday: 1, opens: "24:00", closes: "24:00" },
        ])
      ).status,
    ).toBe(400);
  });

  it("lets practitioners change only their own hours; receptionists none; other clinics 404", async () => {
    const day = [{ weekday: 5, opens: "10:00", closes: "16:00" }];
    expect((await putHours(alex.cookie, jamie.memberId, day)).status).toBe(403);
    expect((await putHours(reception.cookie, alex.memberId, day)).status).toBe(403);
    expect((await putHours(outsider.cookie, alex.memberId, day)).status).toBe(404);
  });
});

describe("time off", () => {
  const url = (memberId: string) => `/api/staff/${memberId}/time-off`;

  it("adds, lists and deletes time off", async () => {
    const created = await t.request("POST", url(jamie.memberId), {
      cookie: jamie.cookie,
      body: { startsAt: "2030-02-01T00:00:00Z", endsAt: "2030-02-08T00:00:00Z", reason: "Holiday" },
    });
    expect(created.status).toBe(201);
    const row = await created.json();
    expect(row).toMatchObject({
      startsAt: "2030-02-01T00:00:00.000Z",
      endsAt: "2030-02-08T00:00:00.000Z",
      reason: "Holiday",
      overlappingAppointments: 0,
    });

    const listed = await t.request("GET", url(jamie.memberId), { cookie: reception.cookie });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([
      { id: row.id, startsAt: row.startsAt, endsAt: row.endsAt, reason: "Holiday" },
    ]);
    const outside = await t.request("GET", `${url(jamie.memberId)}?from=2030-03-01T00:00:00Z`, {
      cookie: admin.cookie,
    });
    expect(await outside.json()).toEqual([]);
    const window = `${url(jamie.memberId)}?from=2030-01-01T00:00:00Z&to=2030-02-02T00:00:00Z`;
    expect(await (await t.request("GET", window, { cookie: admin.cookie })).json()).toHaveLength(1);

    expect(
      (await t.request("DELETE", `${url(jamie.memberId)}/${row.id}`, { cookie: alex.cookie }))
        .status,
    ).toBe(403);
    expect(
      (await t.request("DELETE", `${url(jamie.memberId)}/${row.id}`, { cookie: outsider.cookie }))
        .status,
    ).toBe(404);
    expect(
      (await t.request("DELETE", `${url(alex.memberId)}/${row.id}`, { cookie: admin.cookie }))
        .status,
    ).toBe(404);
    expect(
      (await t.request("DELETE", `${url(jamie.memberId)}/${row.id}`, { cookie: admin.cookie }))
        .status,
    ).toBe(204);
    expect(
      await (await t.request("GET", url(jamie.memberId), { cookie: admin.cookie })).json(),
    ).toEqual([]);
  });

  it("saves time off over booked appointments and counts them", async () => {
    const client = await (
      await t.request("POST", "/api/clients", {
        cookie: reception.cookie,
        body: { firstName: "Jo", lastName: "Bloggs" },
      })
    ).json();
    const consultation = clinic.services.find((s) => s.name === "Consultation")?.id;
    const booked = await t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId: client.id,
        serviceId: consultation,
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        roomId: clinic.rooms[0]?.id,
        startsAt: "2030-01-09T10:00:00Z",
      },
    });
    expect(booked.status).toBe(201);
    const res = await t.request("POST", url(alex.memberId), {
      cookie: admin.cookie,
      body: { startsAt: "2030-01-09T00:00:00Z", endsAt: "2030-01-10T00:00:00Z" },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ reason: "", overlappingAppointments: 1 });
  });

  it("validates the period and who may add it", async () => {
    const add = (cookie: string, memberId: string, body: unknown) =>
      t.request("POST", url(memberId), { cookie, body });
    const backwards = await add(admin.cookie, alex.memberId, {
      startsAt: "2030-05-02T00:00:00Z",
      endsAt: "2030-05-01T00:00:00Z",
    });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).errors[0].field).toBe("endsAt");
    expect(
      (
        await add(admin.cookie, alex.memberId, {
          startsAt: "2030-01-01T00:00:00Z",
          endsAt: "2031-06-01T00:00:00Z",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await add(admin.cookie, alex.memberId, {
          startsAt: "tomorrow",
          endsAt: "2030-05-01T00:00:00Z",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await add(admin.cookie, alex.memberId, {
          startsAt: "2030-05-01T00:00:00Z",
          endsAt: "2030-05-02T00:00:00Z",
          reason: "x".repeat(201),
        })
      ).status,
    ).toBe(400);
    const ok = { startsAt: "2030-05-01T00:00:00Z", endsAt: "2030-05-02T00:00:00Z" };
    expect((await add(jamie.cookie, alex.memberId, ok)).status).toBe(403);
    expect((await add(reception.cookie, alex.memberId, ok)).status).toBe(403);
    expect((await add(outsider.cookie, alex.memberId, ok)).status).toBe(404);
    expect((await t.request("GET", url(alex.memberId), { cookie: outsider.cookie })).status).toBe(
      404,
    );
  });
});
