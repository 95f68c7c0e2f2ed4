import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import {
  api,
  type BookingClinic,
  bookableDay,
  bookingClinic,
  details,
  freeTimes,
  freshIp,
  heldWithCode,
  problem,
} from "./public-booking.fixtures.ts";

let t: TestApp;
let c: BookingClinic;
let times: string[];
beforeAll(async () => {
  t = await createTestApp();
  c = await bookingClinic(t, "Access clinic");
  times = await freeTimes(t, c);
});
afterAll(() => t?.close());

let next = 0;
const nextTime = () => times[next++ % times.length] as string;
const WEBSITE = "https://www.access-clinic.example";

const saveSettings = (cookie: string, body: Record<string, unknown>) =>
  t.request("PUT", "/api/public-booking-settings", {
    cookie,
    body: { enabled: true, intro: "", showEstimate: true, embedOrigins: [], ...body },
  });

describe("public booking: what the widget is told", () => {
  it("offers consultations only, display names only, modes, places and the estimate", async () => {
    const res = await api(t, c.slug).config();
    expect(res.status).toBe(200);
    const config = await res.json();
    expect(config.clinic.name).toBe("Access clinic");
    expect(config.services.map((s: { name: string }) => s.name).sort()).toEqual([
      "Consultation",
      "Video consultation",
    ]);
    expect(config.modes.map((m: { id: string }) => m.id)).toEqual(["in_person", "video", "phone"]);
    expect(config.locations).toEqual([
      expect.objectContaining({
        id: c.locationId,
        address: "Southampton",
        timeZone: "Europe/London",
      }),
    ]);
    for (const p of config.practitioners) expect(Object.keys(p).sort()).toEqual(["id", "name"]);
    expect(JSON.stringify(config)).not.toContain("@example.test");
    expect(config.estimate.norwood).toHaveLength(8);
    expect(config.estimate.ludwig).toHaveLength(3);
    expect(config.estimate.norwood[0]).toMatchObject({
      label: "Norwood I",
      sessions: { min: 3, max: 4 },
    });
    expect(config.codeMinutes).toBe(10);
  });

  it("never books treatment sessions online", async () => {
    const a = api(t, c.slug);
    const slots = await a.slots({
      serviceId: c.treatmentId,
      locationId: c.locationId,
      from: bookableDay(),
    });
    expect((await problem(slots, 422)).detail).toContain("cannot be booked online");
    const held = await a.hold({
      serviceId: c.treatmentId,
      locationId: c.locationId,
      startsAt: nextTime(),
    });
    await problem(held, 422);
  });

  it("refuses a slot window over 14 days and bad details with field messages", async () => {
    const a = api(t, c.slug);
    const wide = await a.slots({
      serviceId: c.consultationId,
      locationId: c.locationId,
      from: bookableDay(),
      days: "15",
    });
    expect((await problem(wide, 400)).detail).toContain("at most 14 days");
    const held = await (
      await a.hold({ serviceId: c.consultationId, locationId: c.locationId, startsAt: nextTime() })
    ).json();
    for (const [body, field] of [
      [details("not-an-email"), "email"],
      [details("x@example.test", { firstName: " " }), "firstName"],
      [details("x@example.test", { mode: "carrier_pigeon" }), "mode"],
      [
        details("x@example.test", { estimate: { scale: "norwood", stage: "IX" } }),
        "estimate.stage",
      ],
      [details("x@example.test", { phone: "call me" }), "phone"],
    ] as const) {
      const p = (await problem(await a.details(held.requestId, body), 400)) as {
        errors?: { field: string }[];
      };
      expect(p.errors?.map((e) => e.field)).toContain(field);
    }
    const badCode = await problem(await a.confirm(held.requestId, "12ab56"), 400);
    expect(badCode.detail).toContain("6-digit code");
    const noCode = await problem(await a.confirm(held.requestId, "123456"), 422);
    expect(noCode.detail).toContain("Enter your details first");
  });
});

describe("public booking: clinics apart", () => {
  it("does not let clinic B's slug touch clinic A's booking request", async () => {
    const other = await bookingClinic(t, "Other clinic");
    const { requestId, code } = await heldWithCode(t, c, nextTime(), "isolated@example.test");
    const viaB = api(t, other.slug);
    await problem(await viaB.details(requestId, details("isolated@example.test")), 404);
    await problem(await viaB.resend(requestId), 404);
    await problem(await viaB.confirm(requestId, code), 404);
    // And B's slug cannot book A's consultation service either.
    await problem(
      await viaB.hold({
        serviceId: c.consultationId,
        locationId: c.locationId,
        startsAt: nextTime(),
      }),
      404,
    );
  });

  it("answers 404 for an unknown clinic and 410 when online booking is off", async () => {
    await problem(await api(t, "no-such-clinic").config(), 404);
    const off = await bookingClinic(t, "Closed clinic");
    expect((await saveSettings(off.owner.cookie, { enabled: false })).status).toBe(200);
    const p = await problem(await api(t, off.slug).config(), 410);
    expect(p.detail).toContain("not taking bookings online");
    await problem(
      await api(t, off.slug).hold({
        serviceId: off.consultationId,
        locationId: off.locationId,
        startsAt: nextTime(),
      }),
      410,
    );
  });
});

describe("public booking: websites that embed it (CORS)", () => {
  beforeAll(async () => {
    expect((await saveSettings(c.owner.cookie, { embedOrigins: [WEBSITE] })).status).toBe(200);
  });

  it("answers the preflight and echoes an allowed website, with no credentials", async () => {
    const pre = await t.request("OPTIONS", `/api/public/booking/${c.slug}/hold`, {
      headers: {
        origin: WEBSITE,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(WEBSITE);
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain(
      "content-type",
    );
    expect(pre.headers.get("access-control-allow-credentials")).toBeNull();

    const cfg = await t.request("GET", `/api/public/booking/${c.slug}`, {
      headers: { origin: WEBSITE },
    });
    expect(cfg.status).toBe(200);
    expect(cfg.headers.get("access-control-allow-origin")).toBe(WEBSITE);
    expect(cfg.headers.get("vary")).toContain("Origin");

    const held = await t.request("POST", `/api/public/booking/${c.slug}/hold`, {
      ip: freshIp(),
      headers: { origin: WEBSITE, "sec-fetch-site": "cross-site" },
      body: { serviceId: c.consultationId, locationId: c.locationId, startsAt: nextTime() },
    });
    expect(held.status).toBe(201);
    expect(held.headers.get("access-control-allow-origin")).toBe(WEBSITE);
  });

  it("refuses a website the clinic has not listed with 403 problem+json", async () => {
    for (const method of ["OPTIONS", "GET", "POST"]) {
      const res = await t.request(
        method,
        `/api/public/booking/${c.slug}${method === "POST" ? "/hold" : ""}`,
        {
          headers: { origin: "https://evil.example" },
          body:
            method === "POST"
              ? { serviceId: c.consultationId, locationId: c.locationId, startsAt: nextTime() }
              : undefined,
        },
      );
      const p = await problem(res, 403);
      expect(p.detail).toContain("may not use this clinic's online booking");
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    // Another clinic's listed website is not this clinic's.
    const other = await bookingClinic(t, "Unlisted clinic");
    await problem(
      await t.request("GET", `/api/public/booking/${other.slug}`, { headers: { origin: WEBSITE } }),
      403,
    );
  });

  it("still refuses cross-site writes to every other API path, even from a listed website", async () => {
    const res = await t.request("POST", "/api/clients", {
      cookie: c.owner.cookie,
      headers: { origin: WEBSITE, "sec-fetch-site": "cross-site" },
      body: { firstName: "Cross", lastName: "Site" },
    });
    expect((await problem(res, 403)).detail).toBe("Cross-site requests are not allowed.");
    const settings = await t.request("PUT", "/api/public-booking-settings", {
      cookie: c.owner.cookie,
      headers: { origin: WEBSITE },
      body: { enabled: true, intro: "", showEstimate: true, embedOrigins: [] },
    });
    await problem(settings, 403);
  });

  it("works from the clinic's own hosted page (same origin) whatever the list says", async () => {
    const res = await t.request("GET", `/api/public/booking/${c.slug}`, {
      headers: { origin: TEST_ORIGIN },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("online booking settings", () => {
  it("shows the defaults, lets owners and admins save, and audits the change", async () => {
    const fresh = await bookingClinic(t, "Settings clinic");
    const got = await (
      await t.request("GET", "/api/public-booking-settings", { cookie: fresh.practitioner.cookie })
    ).json();
    expect(got).toMatchObject({
      enabled: true,
      embedOrigins: [],
      showEstimate: true,
      slug: fresh.slug,
      widgetScriptUrl: `${TEST_ORIGIN}/widget/stipple-booking.js`,
      hostedPageUrl: `${TEST_ORIGIN}/book/${fresh.slug}`,
      updatedAt: null,
    });
    await problem(await saveSettings(fresh.practitioner.cookie, { intro: "Hello" }), 403);
    const saved = await saveSettings(fresh.owner.cookie, {
      intro: "Book a free consultation",
      embedOrigins: ["https://WWW.Example.co.uk", "http://localhost:5173"],
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      intro: "Book a free consultation",
      embedOrigins: ["https://www.example.co.uk", "http://localhost:5173"],
    });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, fresh.orgId), eq(auditLog.entity, "public_booking_settings")));
    expect(audits.map((e) => e.details)).toEqual([{ fields: ["intro", "embedOrigins"] }]);
  });

  it("refuses websites that are not bare https origins, with a clear message", async () => {
    for (const origin of [
      "http://www.example.co.uk",
      "https://www.example.co.uk/",
      "https://www.example.co.uk/book",
      "www.example.co.uk",
      "https://*.example.co.uk",
    ]) {
      const p = (await problem(
        await saveSettings(c.owner.cookie, { embedOrigins: [origin] }),
        400,
      )) as {
        errors?: { field: string; message: string }[];
      };
      expect(p.errors?.[0]).toMatchObject({ field: "embedOrigins.0" });
      expect(p.errors?.[0]?.message).toContain("https://www.example.co.uk");
    }
    const twice = await saveSettings(c.owner.cookie, { embedOrigins: [WEBSITE, WEBSITE] });
    expect((await problem(twice, 400)).detail).toContain("same website twice");
  });
});
