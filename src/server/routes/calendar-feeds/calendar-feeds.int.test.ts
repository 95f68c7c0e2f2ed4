import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, calendarFeed } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { readIcs } from "../../use-cases/calendar-feeds/ics-reader.ts";
import { indiscreet, nextLondonClockChange, pathOf, setUpClinic } from "./calendar-fixtures.ts";

let t: TestApp;
let alpha: Awaited<ReturnType<typeof setUpClinic>>;
let bravo: Awaited<ReturnType<typeof setUpClinic>>;
const change = nextLondonClockChange(new Date());

beforeAll(async () => {
  t = await createTestApp();
  alpha = await setUpClinic(t, "Alpha Clinic", ["Jane", "Smith"]);
  bravo = await setUpClinic(t, "Bravo Clinic", ["Bravo-Secret", "Person"]);
});
afterAll(() => t?.close());

const asPractitioner = (clinic = alpha) => ({ cookie: clinic.practitioner.cookie });

async function createFeed(clinic = alpha) {
  const res = await t.request("POST", "/api/me/calendar-feed", asPractitioner(clinic));
  expect(res.status).toBe(201);
  return (await res.json()) as { url: string; webcalUrl: string; createdAt: string };
}

async function fetchFeed(url: string) {
  return t.request("GET", pathOf(url));
}

describe("practitioner calendar feed", () => {
  it("shows 10:00 London either side of the clock change, with the right instants and VTIMEZONE", async () => {
    const friday = await alpha.book(change.friday);
    const monday = await alpha.book(change.monday, { service: "Video consultation", room: null });
    const feed = await createFeed();
    expect(feed.webcalUrl).toBe(feed.url.replace(/^http:/, "webcal:"));

    const res = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await res.text();
    const calendar = readIcs(text);

    expect(calendar.name).toBe("Alpha Clinic (Stipple)");
    expect(calendar.timezones).toHaveLength(1);
    expect(calendar.timezones[0]?.tzid).toBe("Europe/London");
    expect(calendar.timezones[0]?.observances).toEqual(
      expect.arrayContaining(["STANDARD", "DAYLIGHT"]),
    );

    const byUid = new Map(calendar.events.map((e) => [e.uid, e]));
    const fri = byUid.get(`${friday.id}@stipple`);
    const mon = byUid.get(`${monday.id}@stipple`);
    expect(fri).toMatchObject({
      tzid: "Europe/London",
      localStart: `${change.friday} 10:00`,
      localEnd: `${change.friday} 10:45`,
      startUtc: change.expected.friday,
      sequence: 1,
      summary: "Appointment – Jane S.",
      location: "12 High Street, Southampton SO14 1AA",
      hasStamp: true,
    });
    expect(mon).toMatchObject({
      tzid: "Europe/London",
      localStart: `${change.monday} 10:00`,
      localEnd: `${change.monday} 10:30`,
      startUtc: change.expected.monday,
      summary: "Appointment – Jane S.",
    });
    // Nothing about the service or treatment anywhere in the file.
    expect(text).not.toMatch(indiscreet);
  });

  it("follows a move with a higher SEQUENCE and leaves cancelled appointments out", async () => {
    const booked = await alpha.book(change.monday, { time: "14:00", room: 1 });
    const moved = await t.request("PATCH", `/api/appointments/${booked.id}`, {
      cookie: alpha.reception.cookie,
      body: {
        startsAt: new Date(Date.parse(booked.startsAt) + 3 * 3600_000).toISOString(),
        version: booked.version,
      },
    });
    expect(moved.status).toBe(200);
    const { version } = (await moved.json()) as { version: number };
    expect(version).toBeGreaterThan(booked.version);

    const cancelled = await alpha.book(change.friday, { time: "14:00", room: 1 });
    const cancel = await t.request("POST", `/api/appointments/${cancelled.id}/cancel`, {
      cookie: alpha.reception.cookie,
      body: { reason: "Client asked" },
    });
    expect(cancel.status).toBe(200);

    const feed = await createFeed();
    const { events } = readIcs(await (await fetchFeed(feed.url)).text());
    const event = events.find((e) => e.uid === `${booked.id}@stipple`);
    expect(event?.sequence).toBe(version);
    expect(event?.localStart).toBe(`${change.monday} 17:00`);
    expect(events.some((e) => e.uid === `${cancelled.id}@stipple`)).toBe(false);
  });

  it("stops working when turned off or replaced, answering exactly like a made-up link", async () => {
    const first = await createFeed();
    expect((await fetchFeed(first.url)).status).toBe(200);

    const second = await createFeed();
    expect(second.url).not.toBe(first.url);
    const old = await fetchFeed(first.url);
    expect(old.status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);

    const status = await t.request("GET", "/api/me/calendar-feed", asPractitioner());
    expect(await status.json()).toMatchObject({ active: true, createdAt: second.createdAt });

    const off = await t.request("DELETE", "/api/me/calendar-feed", asPractitioner());
    expect(off.status).toBe(204);
    const revoked = await fetchFeed(second.url);
    expect(revoked.status).toBe(404);
    const madeUp = await t.request(
      "GET",
      "/api/feeds/aGVsbG8tdGhpcy1pcy1ub3QtYS1yZWFsLXRva2VuLTAw/calendar.ics",
    );
    expect(madeUp.status).toBe(404);
    expect(await revoked.text()).toBe(await madeUp.text());
    expect(
      await (await t.request("GET", "/api/me/calendar-feed", asPractitioner())).json(),
    ).toEqual({ active: false, createdAt: null, lastUsedAt: null });
    // Turning off twice is harmless.
    expect((await t.request("DELETE", "/api/me/calendar-feed", asPractitioner())).status).toBe(204);

    const actions = await t.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, alpha.orgId), eq(auditLog.entity, "calendar_feed")));
    const names = actions.map((a) => a.action);
    expect(names).toEqual(expect.arrayContaining(["create", "rotate", "revoke", "read"]));
    expect(JSON.stringify(actions)).not.toMatch(/Jane|Smith|indiscreet/);
  });

  it("records its last use at most once an hour", async () => {
    const feed = await createFeed();
    await fetchFeed(feed.url);
    const afterFirst = await (
      await t.request("GET", "/api/me/calendar-feed", asPractitioner())
    ).json();
    expect(afterFirst.lastUsedAt).not.toBeNull();
    await fetchFeed(feed.url);
    const afterSecond = await (
      await t.request("GET", "/api/me/calendar-feed", asPractitioner())
    ).json();
    expect(afterSecond.lastUsedAt).toBe(afterFirst.lastUsedAt);

    const twoHoursAgo = new Date(Date.parse(afterFirst.lastUsedAt) - 2 * 3600_000);
    await t.db
      .update(calendarFeed)
      .set({ lastUsedAt: twoHoursAgo })
      .where(and(eq(calendarFeed.orgId, alpha.orgId)));
    await fetchFeed(feed.url);
    const afterOld = await (
      await t.request("GET", "/api/me/calendar-feed", asPractitioner())
    ).json();
    expect(Date.parse(afterOld.lastUsedAt)).toBeGreaterThan(twoHoursAgo.getTime());
  });

  it("never shows another clinic's appointments", async () => {
    await bravo.book(change.monday);
    const alphaFeed = await createFeed(alpha);
    const bravoFeed = await createFeed(bravo);
    const alphaText = await (await fetchFeed(alphaFeed.url)).text();
    const bravoText = await (await fetchFeed(bravoFeed.url)).text();
    expect(alphaText).not.toContain("Bravo");
    expect(bravoText).not.toContain("Jane");
    expect(readIcs(bravoText).events.map((e) => e.summary)).toEqual([
      "Appointment – Bravo-Secret P.",
    ]);
  });

  it("needs a signed-in staff member to manage the feed", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      expect((await t.request(method, "/api/me/calendar-feed")).status).toBe(401);
    }
  });
});
