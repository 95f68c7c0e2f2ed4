import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
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

async function download(id: string, cookie = alpha.reception.cookie) {
  return t.request("GET", `/api/appointments/${id}/calendar.ics`, { cookie });
}

async function signedLink(id: string, cookie = alpha.reception.cookie) {
  const res = await t.request("GET", `/api/appointments/${id}/calendar-link`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { url: string }).url;
}

describe("an appointment's .ics for the client", () => {
  it("names only the clinic, at the address, at 10:00 local either side of the clock change", async () => {
    for (const [date, utc] of [
      [change.friday, change.expected.friday],
      [change.monday, change.expected.monday],
    ] as const) {
      const booked = await alpha.book(date);
      const res = await download(booked.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="appointment-${date}.ics"`,
      );
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const text = await res.text();
      const calendar = readIcs(text);
      expect(calendar.method).toBe("PUBLISH");
      expect(calendar.timezones.map((z) => z.tzid)).toEqual(["Europe/London"]);
      expect(calendar.timezones[0]?.observances).toEqual(
        expect.arrayContaining(["STANDARD", "DAYLIGHT"]),
      );
      expect(calendar.events).toHaveLength(1);
      expect(calendar.events[0]).toMatchObject({
        uid: `${booked.id}@stipple`,
        sequence: 1,
        summary: "Alpha Clinic appointment",
        location: "12 High Street, Southampton SO14 1AA",
        tzid: "Europe/London",
        localStart: `${date} 10:00`,
        startUtc: utc,
        status: "CONFIRMED",
        hasStamp: true,
      });
      expect(text).not.toMatch(indiscreet);
      expect(text).not.toContain("Jane");
    }
  });

  it("marks a cancelled appointment as cancelled, so importing it again clears it", async () => {
    const booked = await alpha.book(change.friday, { time: "15:00", room: 1 });
    await t.request("POST", `/api/appointments/${booked.id}/cancel`, {
      cookie: alpha.reception.cookie,
      body: {},
    });
    const { events } = readIcs(await (await download(booked.id)).text());
    expect(events[0]).toMatchObject({ status: "CANCELLED", sequence: 2 });
  });

  it("gives clients a signed link that works without signing in, and nothing for a wrong one", async () => {
    const booked = await alpha.book(change.monday, { time: "12:00" });
    const url = await signedLink(booked.id);
    expect(url).toMatch(/\/api\/public\/appointments\/[0-9a-f-]+\/calendar\.ics\?sig=[\w-]+$/);

    const res = await t.request("GET", pathOf(url));
    expect(res.status).toBe(200);
    const { events } = readIcs(await res.text());
    expect(events[0]).toMatchObject({
      uid: `${booked.id}@stipple`,
      summary: "Alpha Clinic appointment",
      localStart: `${change.monday} 12:00`,
    });

    const sig = new URL(url).searchParams.get("sig") ?? "";
    const other = await alpha.book(change.monday, { time: "15:00" });
    const forged = [
      `/api/public/appointments/${booked.id}/calendar.ics?sig=${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`,
      `/api/public/appointments/${other.id}/calendar.ics?sig=${sig}`,
      `/api/public/appointments/${booked.id}/calendar.ics?sig=x`,
    ];
    const answers = new Set<string>();
    for (const path of forged) {
      const wrong = await t.request("GET", path);
      expect(wrong.status, path).toBe(404);
      answers.add(await wrong.text());
    }
    expect(answers.size).toBe(1);
    expect(
      (await t.request("GET", `/api/public/appointments/${booked.id}/calendar.ics`)).status,
    ).toBe(400);

    const reads = await t.db
      .select({ actor: auditLog.actorUserId, details: auditLog.details })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.orgId, alpha.orgId),
          eq(auditLog.entity, "appointment"),
          eq(auditLog.entityId, booked.id),
          eq(auditLog.action, "read"),
        ),
      );
    expect(reads).toContainEqual({
      actor: null,
      details: { as: "client_ics", via: "signed_link" },
    });
  });

  it("keeps each clinic's appointments to itself", async () => {
    const theirs = await bravo.book(change.monday);
    expect((await download(theirs.id)).status).toBe(404);
    const link = await t.request("GET", `/api/appointments/${theirs.id}/calendar-link`, {
      cookie: alpha.reception.cookie,
    });
    expect(link.status).toBe(404);
    expect(await link.text()).not.toContain("Bravo");
    // Their own staff get it, under their own name.
    const own = readIcs(await (await download(theirs.id, bravo.reception.cookie)).text());
    expect(own.events[0]?.summary).toBe("Bravo Clinic appointment");
  });

  it("needs a signed-in staff member for the download and the link", async () => {
    const booked = await alpha.book(change.friday, { time: "16:00" });
    expect((await t.request("GET", `/api/appointments/${booked.id}/calendar.ics`)).status).toBe(
      401,
    );
    expect((await t.request("GET", `/api/appointments/${booked.id}/calendar-link`)).status).toBe(
      401,
    );
  });
});
