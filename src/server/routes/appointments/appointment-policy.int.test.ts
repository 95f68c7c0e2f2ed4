import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_POLICY } from "../../../domain/settings/booking-policy.ts";
import { addDays, epochToLocal, wallClockToEpoch, weekdayOf } from "../../../domain/time/zoned.ts";
import { appointment, bookingPolicy, client } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

const ZONE = "Europe/London";
let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let clientId: string;
let consultationId: string;

/** 10:00 London on the first Monday–Saturday at least `days` ahead. */
function openDayAt(days: number, hour = 10): string {
  let d = addDays(epochToLocal(Date.now(), ZONE).date, days);
  while (weekdayOf(d) === 7) d = addDays(d, 1);
  return new Date(wallClockToEpoch(d, hour * 60, ZONE)).toISOString();
}

async function book(startsAt: string) {
  const res = await t.request("POST", "/api/appointments", {
    cookie: reception.cookie,
    body: {
      clientId,
      serviceId: consultationId,
      locationId: clinic.locationId,
      practitionerId: alex.memberId,
      roomId: clinic.rooms[0]?.id,
      startsAt,
    },
  });
  expect(res.status).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Policy Clinic");
  reception = await t.addStaff(clinic.orgId, "receptionist");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  consultationId = clinic.services.find((s) => s.name === "Consultation")?.id as string;
  const [row] = await t.db
    .insert(client)
    .values({ orgId: clinic.orgId, firstName: "Jane", lastName: "Smith" })
    .returning({ id: client.id });
  clientId = row?.id as string;
});
afterAll(() => t?.close());

describe("cancellation notice and the deposit", () => {
  it("keeps the deposit for a late cancellation unless staff waive it", async () => {
    // Ten days' notice required, so a booking a few days ahead is late to cancel.
    await t.db.insert(bookingPolicy).values({
      orgId: clinic.orgId,
      settings: { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 240 },
    });
    const soon = await book(openDayAt(3));
    let res = await t.request("GET", `/api/appointments/${soon.id}/cancellation-terms`, {
      cookie: reception.cookie,
    });
    expect(await res.json()).toEqual({
      late: true,
      forfeitsDeposit: true,
      message:
        "Less than 240 hours before the start: this is a late cancellation and the deposit is kept.",
    });
    res = await t.request("POST", `/api/appointments/${soon.id}/cancel`, {
      cookie: reception.cookie,
      body: { reason: "Client unwell" },
    });
    expect((await res.json()).depositForfeited).toBe(true);

    const waived = await book(openDayAt(4, 14));
    res = await t.request("POST", `/api/appointments/${waived.id}/cancel`, {
      cookie: reception.cookie,
      body: { waiveDeposit: true },
    });
    expect((await res.json()).depositForfeited).toBe(false);

    const early = await book(openDayAt(40));
    res = await t.request("GET", `/api/appointments/${early.id}/cancellation-terms`, {
      cookie: reception.cookie,
    });
    expect((await res.json()).late).toBe(false);
    res = await t.request("POST", `/api/appointments/${early.id}/cancel`, {
      cookie: reception.cookie,
      body: {},
    });
    expect((await res.json()).depositForfeited).toBe(false);
  });
});

describe("rescheduling at the client's request", () => {
  it("counts client moves against the limit; staff moves do not count", async () => {
    const a = await book(openDayAt(50, 11));
    let version = a.version;
    const move = async (hour: number, clientRequest: boolean) => {
      const res = await t.request("PATCH", `/api/appointments/${a.id}`, {
        cookie: reception.cookie,
        body: { startsAt: openDayAt(50, hour), version, clientRequest },
      });
      if (res.status === 200) version = (await res.json()).version;
      return res;
    };
    expect((await move(12, false)).status).toBe(200);
    expect((await move(13, true)).status).toBe(200);
    expect((await move(14, true)).status).toBe(200);
    const refused = await move(15, true);
    expect(refused.status).toBe(422);
    expect((await refused.json()).code).toBe("reschedule_limit");
    // The clinic can still move it.
    const res = await move(15, false);
    expect(res.status).toBe(200);
  });
});

describe("no-shows", () => {
  it("can be recorded only after the grace period, and keep the deposit by default", async () => {
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000);
    const end = new Date(start.getTime() + 45 * 60_000);
    const [past] = await t.db
      .insert(appointment)
      .values({
        orgId: clinic.orgId,
        clientId,
        serviceId: consultationId,
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        startsAt: start,
        endsAt: end,
        busyFrom: start,
        busyTo: end,
      })
      .returning({ id: appointment.id });
    let res = await t.request("POST", `/api/appointments/${past?.id}/no-show`, {
      cookie: reception.cookie,
      body: { version: 1 },
    });
    expect(res.status).toBe(200);
    const marked = await res.json();
    expect(marked).toMatchObject({ status: "no_show", depositForfeited: true });

    const future = await book(openDayAt(60));
    res = await t.request("POST", `/api/appointments/${future.id}/no-show`, {
      cookie: reception.cookie,
      body: { version: future.version },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe("too_early");
  });
});
