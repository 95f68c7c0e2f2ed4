import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import { appointment, client, consultation, course, slotHold } from "../../db/schema/index.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { portalSignIn } from "../../testing/portal-session.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

const ZONE = "Europe/London";
let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let today: string;

interface Proposed {
  session: number;
  startsAt: string;
  practitioner: { id: string; name: string };
  room: { id: string } | null;
}

/** A client with an email and an accepted plan, signed in to the portal. */
async function portalClient() {
  const { clientId, planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
  const email = `client-${Math.random().toString(36).slice(2, 9)}@example.test`;
  await t.db.update(client).set({ email }).where(eq(client.id, clientId));
  const session = await portalSignIn(t, { orgId: clinic.orgId, clientId });
  const base = `/api/portal/${session.slug}`;
  return { clientId, planId, cookie: session.cookie, base };
}

const choices = (sessions: Proposed[]) =>
  sessions.map((s) => ({
    startsAt: s.startsAt,
    practitionerId: s.practitioner.id,
    roomId: s.room?.id ?? null,
  }));

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Portal Course Clinic");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  await t.addStaff(clinic.orgId, "practitioner", "Jamie Lee");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
  today = epochToLocal(Date.now(), ZONE).date;
});
afterAll(() => t?.close());

describe("booking a course from the portal", () => {
  it("lists the accepted plan, proposes it with the plan's practitioner, holds and books all sessions", async () => {
    const c = await portalClient();
    const list = await t.request("GET", `${c.base}/course-plans`, { cookie: c.cookie });
    expect(list.status).toBe(200);
    const plans = await list.json();
    expect(plans.items).toHaveLength(1);
    expect(plans.items[0]).toMatchObject({ id: c.planId, status: "to_book" });
    expect(plans.items[0].practitioner).toEqual({ id: alex.memberId, name: "Alex Morgan" });
    expect(plans.items[0].sessions).toHaveLength(3);
    expect(plans.items[0].gaps[0]).toMatchObject({ session: 2 });

    const proposed = await t.request("POST", `${c.base}/course-plans/${c.planId}/proposal`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId, fromDate: addDays(today, 7) },
    });
    expect(proposed.status).toBe(200);
    const proposal = await proposed.json();
    expect(proposal.best).toHaveLength(3);
    for (const s of proposal.best as Proposed[]) expect(s.practitioner.id).toBe(alex.memberId);

    const held = await t.request("POST", `${c.base}/course-plans/${c.planId}/holds`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId, sessions: choices(proposal.best) },
    });
    expect(held.status).toBe(201);
    const group = await held.json();
    expect(group.holds).toHaveLength(3);
    const holds = await t.db.select().from(slotHold).where(eq(slotHold.groupId, group.groupId));
    expect(holds.every((h) => h.purpose === "booking" && h.heldBy?.startsWith("portal:"))).toBe(
      true,
    );

    const booked = await t.request("POST", `${c.base}/course-plans/${c.planId}/book`, {
      cookie: c.cookie,
      body: {
        locationId: clinic.locationId,
        sessions: choices(proposal.best),
        holdGroupId: group.groupId,
      },
    });
    expect(booked.status).toBe(201);
    const result = await booked.json();
    expect(result.appointments.map((a: { courseSession: number }) => a.courseSession)).toEqual([
      1, 2, 3,
    ]);
    expect(result.appointments[0].when).toMatch(/\d{2}:\d{2}/);
    expect(await t.db.select().from(slotHold).where(eq(slotHold.groupId, group.groupId))).toEqual(
      [],
    );

    const after = await (
      await t.request("GET", `${c.base}/course-plans`, { cookie: c.cookie })
    ).json();
    expect(after.items[0].status).toBe("booked");
    expect(after.items[0].sessions.every((s: { appointment: unknown }) => s.appointment)).toBe(
      true,
    );

    const again = await t.request("POST", `${c.base}/course-plans/${c.planId}/proposal`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId },
    });
    expect(again.status).toBe(422);
    expect((await again.json()).code).toBe("course_already_booked");
  });

  it("books nothing when one session's time was taken meanwhile, and answers 409 with fresh times", async () => {
    const c = await portalClient();
    const proposal = await (
      await t.request("POST", `${c.base}/course-plans/${c.planId}/proposal`, {
        cookie: c.cookie,
        body: { locationId: clinic.locationId, fromDate: addDays(today, 10) },
      })
    ).json();
    const third = proposal.best[2] as Proposed;
    // Reception books someone else into session 3's time before the client confirms.
    const other = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const consultation = clinic.services.find((s) => s.name === "Consultation")?.id as string;
    const taken = await t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId: other.clientId,
        serviceId: consultation,
        locationId: clinic.locationId,
        practitionerId: third.practitioner.id,
        roomId: third.room?.id ?? null,
        startsAt: third.startsAt,
      },
    });
    expect(taken.status).toBe(201);

    const booked = await t.request("POST", `${c.base}/course-plans/${c.planId}/book`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId, sessions: choices(proposal.best) },
    });
    expect(booked.status).toBe(409);
    const problem = await booked.json();
    expect(problem.detail).toMatch(/Session 3/);
    expect(problem.alternatives?.best).toHaveLength(3);
    const rows = await t.db
      .select({ id: appointment.id })
      .from(appointment)
      .where(and(eq(appointment.clientId, c.clientId), ne(appointment.status, "cancelled")));
    expect(rows).toEqual([]);
    expect(await t.db.select().from(course).where(eq(course.planId, c.planId))).toEqual([]);
  });

  it("refuses another client's plan and hold group, and a client with no plan sees none", async () => {
    const a = await portalClient();
    const b = await portalClient();
    const proposal = await t.request("POST", `${b.base}/course-plans/${a.planId}/proposal`, {
      cookie: b.cookie,
      body: { locationId: clinic.locationId },
    });
    expect(proposal.status).toBe(404);
    const mine = await (
      await t.request("POST", `${a.base}/course-plans/${a.planId}/proposal`, {
        cookie: a.cookie,
        body: { locationId: clinic.locationId, fromDate: addDays(today, 40) },
      })
    ).json();
    const held = await (
      await t.request("POST", `${a.base}/course-plans/${a.planId}/holds`, {
        cookie: a.cookie,
        body: { locationId: clinic.locationId, sessions: choices(mine.best) },
      })
    ).json();
    const steal = await t.request("DELETE", `${b.base}/holds/${held.groupId}`, {
      cookie: b.cookie,
    });
    expect(steal.status).toBe(404);
    const reuse = await t.request("POST", `${b.base}/course-plans/${b.planId}/holds`, {
      cookie: b.cookie,
      body: { locationId: clinic.locationId, sessions: choices(mine.best), groupId: held.groupId },
    });
    expect(reuse.status).toBe(404);
    expect(
      (await t.request("DELETE", `${a.base}/holds/${held.groupId}`, { cookie: a.cookie })).status,
    ).toBe(204);

    // A client without a plan: nothing to book.
    const [row] = await t.db
      .insert(client)
      .values({
        orgId: clinic.orgId,
        firstName: "No",
        lastName: "Plan",
        email: `noplan-${Math.random().toString(36).slice(2, 8)}@example.test`,
      })
      .returning({ id: client.id });
    const s = await portalSignIn(t, { orgId: clinic.orgId, clientId: row?.id as string });
    const none = await t.request("GET", `/api/portal/${s.slug}/course-plans`, { cookie: s.cookie });
    expect((await none.json()).items).toEqual([]);
  });

  it("refuses to book when screening has not passed, saying so in words for the client", async () => {
    const c = await portalClient();
    // The intake is gone: there is no screening on record for this client.
    await t.db
      .update(consultation)
      .set({ intakeAnswers: null })
      .where(eq(consultation.clientId, c.clientId));
    const list = await (
      await t.request("GET", `${c.base}/course-plans`, { cookie: c.cookie })
    ).json();
    expect(list.items[0]).toMatchObject({ status: "blocked" });
    expect(list.items[0].message).toMatch(/health check/);
    const proposal = await t.request("POST", `${c.base}/course-plans/${c.planId}/proposal`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId },
    });
    expect(proposal.status).toBe(422);
    expect((await proposal.json()).code).toBe("screening");
  });

  it("answers 401 without a portal session", async () => {
    const c = await portalClient();
    const res = await t.request("GET", `${c.base}/course-plans`);
    expect(res.status).toBe(401);
  });
});
