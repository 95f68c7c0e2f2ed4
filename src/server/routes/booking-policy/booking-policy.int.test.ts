import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_POLICY } from "../../../domain/settings/booking-policy.ts";
import { auditLog, bookingPolicy } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** A clinic of its own for each test, with one signed-in member per role. */
async function clinicWithStaff() {
  const clinic = await t.addClinic();
  const [owner, admin, practitioner, receptionist] = await Promise.all([
    t.addStaff(clinic.orgId, "owner"),
    t.addStaff(clinic.orgId, "admin"),
    t.addStaff(clinic.orgId, "practitioner"),
    t.addStaff(clinic.orgId, "receptionist"),
  ]);
  return { orgId: clinic.orgId, owner, admin, practitioner, receptionist };
}

const get = (cookie: string) => t.request("GET", "/api/booking-policy", { cookie });
const put = (cookie: string, body: unknown) =>
  t.request("PUT", "/api/booking-policy", { cookie, body });

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

describe("booking policy", () => {
  it("shows the defaults, version 0, to every role until a clinic saves its own", async () => {
    const c = await clinicWithStaff();
    for (const who of [c.owner, c.admin, c.practitioner, c.receptionist]) {
      const res = await get(who.cookie);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        policy: DEFAULT_BOOKING_POLICY,
        version: 0,
        updatedAt: null,
      });
    }
  });

  it("lets owners and admins save, bumps the version, and audits who changed what", async () => {
    const c = await clinicWithStaff();
    const policy = { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 72, rescheduleLimit: 0 };
    let res = await put(c.owner.cookie, { policy, version: 0 });
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({ policy, version: 1 });
    expect(Date.parse(saved.updatedAt)).not.toBeNaN();
    // Reception reads what the owner saved.
    expect(await (await get(c.receptionist.cookie)).json()).toEqual(saved);

    res = await put(c.admin.cookie, { policy: { ...policy, holdMinutes: 15 }, version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ policy: { holdMinutes: 15 }, version: 2 });

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, c.orgId), eq(auditLog.entity, "booking_policy")))
      .orderBy(auditLog.at);
    expect(entries.map((e) => [e.actorUserId, e.action, e.entityId, e.details])).toEqual([
      [
        c.owner.userId,
        "update",
        c.orgId,
        { version: 1, fields: ["cancellationNoticeHours", "rescheduleLimit"] },
      ],
      [c.admin.userId, "update", c.orgId, { version: 2, fields: ["holdMinutes"] }],
    ]);
  });

  it("refuses changes from practitioners and receptionists", async () => {
    const c = await clinicWithStaff();
    const body = { policy: { ...DEFAULT_BOOKING_POLICY, holdMinutes: 20 }, version: 0 };
    for (const who of [c.practitioner, c.receptionist]) {
      await problem(await put(who.cookie, body), 403);
    }
    expect((await (await get(c.owner.cookie)).json()).version).toBe(0);
  });

  it("answers 409 to a save that started from an older version, and keeps the newer one", async () => {
    const c = await clinicWithStaff();
    const mine = { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 24 };
    const theirs = { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 96 };
    expect((await put(c.admin.cookie, { policy: theirs, version: 0 })).status).toBe(200);
    const first = await problem(await put(c.owner.cookie, { policy: mine, version: 0 }), 409);
    expect(first.detail).toMatch(/changed the booking rules meanwhile/);
    expect((await put(c.admin.cookie, { policy: theirs, version: 1 })).status).toBe(200);
    await problem(await put(c.owner.cookie, { policy: mine, version: 1 }), 409);
    await problem(await put(c.owner.cookie, { policy: mine, version: 7 }), 409);
    const now = await (await get(c.owner.cookie)).json();
    expect(now).toMatchObject({ policy: theirs, version: 2 });
  });

  it("rejects out-of-range and missing rules with field errors, storing nothing", async () => {
    const c = await clinicWithStaff();
    const zeroHold = await problem(
      await put(c.owner.cookie, {
        policy: { ...DEFAULT_BOOKING_POLICY, holdMinutes: 0 },
        version: 0,
      }),
      400,
    );
    expect(zeroHold.errors.map((e: { field: string }) => e.field)).toEqual(["policy.holdMinutes"]);

    const { slotStepMinutes: _dropped, ...missingStep } = DEFAULT_BOOKING_POLICY;
    const many = await problem(
      await put(c.owner.cookie, {
        policy: {
          ...missingStep,
          cancellationNoticeHours: 721,
          rescheduleLimit: 1.5,
          lateCancelForfeitsDeposit: "yes",
          waitlistOfferMinutes: 14,
        },
        version: -1,
      }),
      400,
    );
    expect(many.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "policy.cancellationNoticeHours",
      "policy.lateCancelForfeitsDeposit",
      "policy.rescheduleLimit",
      "policy.slotStepMinutes",
      "policy.waitlistOfferMinutes",
      "version",
    ]);
    expect((await (await get(c.owner.cookie)).json()).version).toBe(0);
  });

  it("fills rules added since a clinic saved, and falls back to the defaults for a broken copy", async () => {
    const c = await clinicWithStaff();
    await t.db.insert(bookingPolicy).values({
      orgId: c.orgId,
      settings: { cancellationNoticeHours: 24 },
      version: 3,
    });
    expect(await (await get(c.owner.cookie)).json()).toMatchObject({
      policy: { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 24 },
      version: 3,
    });

    await t.db
      .update(bookingPolicy)
      .set({ settings: { holdMinutes: 0 } })
      .where(eq(bookingPolicy.orgId, c.orgId));
    expect(await (await get(c.owner.cookie)).json()).toMatchObject({
      policy: DEFAULT_BOOKING_POLICY,
      version: 3,
    });
    // Saving over it with the version shown repairs it.
    const res = await put(c.owner.cookie, { policy: DEFAULT_BOOKING_POLICY, version: 3 });
    expect(res.status).toBe(200);
    const [row] = await t.db.select().from(bookingPolicy).where(eq(bookingPolicy.orgId, c.orgId));
    expect(row?.settings).toEqual(DEFAULT_BOOKING_POLICY);
    expect(row?.version).toBe(4);
    expect(row?.updatedBy).toBe(c.owner.userId);
  });

  it("keeps each clinic's rules to itself", async () => {
    const a = await clinicWithStaff();
    const b = await clinicWithStaff();
    const policy = { ...DEFAULT_BOOKING_POLICY, noShowAfterMinutes: 30 };
    expect((await put(a.owner.cookie, { policy, version: 0 })).status).toBe(200);
    expect((await (await get(b.receptionist.cookie)).json()).version).toBe(0);
    // B's first save starts from its own version 0, not A's.
    expect((await put(b.owner.cookie, { policy, version: 0 })).status).toBe(200);
    expect((await (await get(a.owner.cookie)).json()).version).toBe(1);
  });
});
