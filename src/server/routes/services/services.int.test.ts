import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let owner: string;
let admin: string;
let receptionist: string;
let practitioner: string;
let otherServiceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Southampton SMP");
  owner = (await t.addStaff(clinic.orgId, "owner")).cookie;
  admin = (await t.addStaff(clinic.orgId, "admin")).cookie;
  receptionist = (await t.addStaff(clinic.orgId, "receptionist")).cookie;
  practitioner = (await t.addStaff(clinic.orgId, "practitioner")).cookie;
  otherServiceId = (await t.addClinic("Elsewhere")).services[0]?.id ?? "";
});
afterAll(() => t?.close());

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

const hairline = {
  name: "Hairline refresh",
  kind: "touch_up",
  description: "Short top-up along the hairline.",
  durationMin: 60,
  bufferAfterMin: 10,
  needsRoom: true,
  pricePence: 12_500,
  colour: "#aa5500",
};

describe("services", () => {
  it("lists the starter services for any staff, by kind then name", async () => {
    const res = await t.request("GET", "/api/services", { cookie: receptionist });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((s: { name: string }) => s.name)).toEqual([
      "Consultation",
      "Video consultation",
      "Treatment session",
      "Touch-up",
    ]);
    expect(items[2]).toMatchObject({
      kind: "treatment",
      durationMin: 180,
      bufferBeforeMin: 15,
      bufferAfterMin: 30,
      pricePence: 60000,
      minNoticeMin: 0,
      maxHorizonDays: 365,
      active: true,
    });
  });

  it("keeps each service's booking window: minimum notice in minutes, horizon in days", async () => {
    const res = await t.request("POST", "/api/services", {
      cookie: owner,
      body: { ...hairline, name: "Scar camouflage", minNoticeMin: 1440, maxHorizonDays: 180 },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ minNoticeMin: 1440, maxHorizonDays: 180 });

    const patched = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: admin,
      body: { minNoticeMin: 120 },
    });
    expect(await patched.json()).toMatchObject({ minNoticeMin: 120, maxHorizonDays: 180 });
    const got = await (
      await t.request("GET", `/api/services/${created.id}`, { cookie: receptionist })
    ).json();
    expect(got).toMatchObject({ minNoticeMin: 120, maxHorizonDays: 180 });

    const edges = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { minNoticeMin: 43_200, maxHorizonDays: 1095 },
    });
    expect(await edges.json()).toMatchObject({ minNoticeMin: 43_200, maxHorizonDays: 1095 });
    const outside = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { minNoticeMin: 43_201, maxHorizonDays: 0 },
    });
    const body = await problem(outside, 400);
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "maxHorizonDays",
      "minNoticeMin",
    ]);
    const tooFar = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { minNoticeMin: -1, maxHorizonDays: 1096 },
    });
    expect((await problem(tooFar, 400)).errors).toHaveLength(2);
    const fractional = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { minNoticeMin: 90.5 },
    });
    expect((await problem(fractional, 400)).errors[0].field).toBe("minNoticeMin");
  });

  it("creates, updates and archives a service; archived ones show only on request", async () => {
    const res = await t.request("POST", "/api/services", { cookie: admin, body: hairline });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      ...hairline,
      bufferBeforeMin: 0,
      minNoticeMin: 0,
      maxHorizonDays: 365,
      active: true,
    });

    const got = await (
      await t.request("GET", `/api/services/${created.id}`, { cookie: practitioner })
    ).json();
    expect(got).toEqual(created);

    const patched = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { pricePence: 13_000, durationMin: 75 },
    });
    expect(await patched.json()).toMatchObject({
      pricePence: 13_000,
      durationMin: 75,
      name: "Hairline refresh",
    });

    const archived = await t.request("PATCH", `/api/services/${created.id}`, {
      cookie: owner,
      body: { active: false },
    });
    expect((await archived.json()).active).toBe(false);
    const names = async (query: string) =>
      (await (await t.request("GET", `/api/services${query}`, { cookie: owner })).json()).items.map(
        (s: { name: string }) => s.name,
      );
    expect(await names("")).not.toContain("Hairline refresh");
    expect(await names("?includeInactive=false")).not.toContain("Hairline refresh");
    expect(await names("?includeInactive=true")).toContain("Hairline refresh");
    await problem(
      await t.request("GET", "/api/services?includeInactive=yes", { cookie: owner }),
      400,
    );
  });

  it("rejects out-of-range numbers and bad fields with field errors", async () => {
    const res = await t.request("POST", "/api/services", {
      cookie: owner,
      body: {
        name: "",
        kind: "massage",
        durationMin: 4,
        bufferBeforeMin: 241,
        bufferAfterMin: -1,
        pricePence: 10_000_001,
        colour: "teal",
      },
    });
    const body = await problem(res, 400);
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      "bufferAfterMin",
      "bufferBeforeMin",
      "colour",
      "durationMin",
      "kind",
      "name",
      "pricePence",
    ]);
    const fractional = await t.request("POST", "/api/services", {
      cookie: owner,
      body: { ...hairline, durationMin: 720.5, pricePence: 99.99 },
    });
    expect((await problem(fractional, 400)).errors).toHaveLength(2);
    const tooLong = await t.request("POST", "/api/services", {
      cookie: owner,
      body: { ...hairline, durationMin: 721 },
    });
    await problem(tooLong, 400);
    const edge = await t.request("POST", "/api/services", {
      cookie: owner,
      body: { ...hairline, durationMin: 720, bufferBeforeMin: 240, pricePence: 10_000_000 },
    });
    expect(edge.status).toBe(201);
  });

  it("refuses writes from receptionists and practitioners", async () => {
    for (const cookie of [receptionist, practitioner]) {
      await problem(await t.request("POST", "/api/services", { cookie, body: hairline }), 403);
    }
    const [first] = (await (await t.request("GET", "/api/services", { cookie: owner })).json())
      .items;
    await problem(
      await t.request("PATCH", `/api/services/${first.id}`, {
        cookie: receptionist,
        body: { pricePence: 1 },
      }),
      403,
    );
  });

  it("answers 404 for another clinic's service, exactly as for a missing one", async () => {
    const missing = await problem(
      await t.request("GET", "/api/services/00000000-0000-4000-8000-000000000000", {
        cookie: owner,
      }),
      404,
    );
    const foreign = await problem(
      await t.request("GET", `/api/services/${otherServiceId}`, { cookie: owner }),
      404,
    );
    expect(foreign).toEqual(missing);
    await problem(
      await t.request("PATCH", `/api/services/${otherServiceId}`, {
        cookie: owner,
        body: { active: false },
      }),
      404,
    );
  });
});
