import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDayNumbers } from "../../../domain/scheduling/course-placement.ts";
import { addDays, epochToLocal, formatLocalTime, weekdayOf } from "../../../domain/time/zoned.ts";
import { appointment } from "../../db/schema/index.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

const ZONE = "Europe/London";
let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let jamie: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let today: string;
let treatmentId: string;
let consultationId: string;

/** The next Monday at least `days` ahead. */
function mondayAfter(days: number): string {
  let d = addDays(today, days);
  while (weekdayOf(d) !== 1) d = addDays(d, 1);
  return d;
}

const localTime = (iso: string) => formatLocalTime(epochToLocal(Date.parse(iso), ZONE).minutes);
const minutes = (iso: string) => Date.parse(iso) / 60_000;
const dayGaps = (starts: string[]) => {
  const days = localDayNumbers(Int32Array.from(starts.map(minutes)), ZONE);
  return [...days].slice(1).map((d, i) => d - (days[i] as number));
};

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Course Clinic");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  jamie = await t.addStaff(clinic.orgId, "practitioner", "Jamie Lee");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
  today = epochToLocal(Date.now(), ZONE).date;
  treatmentId = clinic.services.find((s) => s.kind === "treatment")?.id as string;
  consultationId = clinic.services.find((s) => s.name === "Consultation")?.id as string;
});
afterAll(() => t?.close());

async function propose(planId: string, body: Record<string, unknown> = {}) {
  return t.request("POST", `/api/plans/${planId}/course-proposal`, {
    cookie: alex.cookie,
    body: { locationId: clinic.locationId, serviceId: treatmentId, ...body },
  });
}

const choices = (
  sessions: { startsAt: string; practitioner: { id: string }; room: { id: string } | null }[],
) =>
  sessions.map((s) => ({
    startsAt: s.startsAt,
    practitionerId: s.practitioner.id,
    roomId: s.room?.id ?? null,
  }));

describe("slots", () => {
  it("lists free starts inside opening hours and clear of appointments with their buffers", async () => {
    const day = mondayAfter(14);
    const booked = await t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId: (await clientWithAcceptedPlan(t, alex, clinic.orgId, today)).clientId,
        serviceId: consultationId,
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        roomId: clinic.rooms[0]?.id,
        startsAt: new Date(`${day}T10:00:00Z`).toISOString(),
      },
    });
    expect(booked.status).toBe(201);
    const res = await t.request(
      "GET",
      `/api/slots?locationId=${clinic.locationId}&serviceId=${consultationId}&practitionerId=${alex.memberId}&from=${day}&days=1`,
      { cookie: reception.cookie },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    const starts = body.slots.map((s: { startsAt: string }) => localTime(s.startsAt));
    expect(starts[0]).toBe("09:00");
    expect(starts.at(-1)).toBe("17:15");
    // Alex is busy 10:00–11:00 (45 minutes plus 15 of clean-up): no 45-minute start may touch it.
    for (const s of body.slots) {
      const start = Date.parse(s.startsAt);
      const end = start + 60 * 60_000; // appointment plus its clean-up
      expect(end <= Date.parse(`${day}T10:00:00Z`) || start >= Date.parse(`${day}T11:00:00Z`)).toBe(
        true,
      );
    }
    expect(body.slots.every((s: { roomId: string | null }) => s.roomId !== null)).toBe(true);
  });

  it("refuses a window over 180 days and unknown ids", async () => {
    let res = await t.request(
      "GET",
      `/api/slots?locationId=${clinic.locationId}&serviceId=${consultationId}&from=${today}&days=400`,
      { cookie: reception.cookie },
    );
    expect(res.status).toBe(400);
    res = await t.request(
      "GET",
      `/api/slots?locationId=${clinic.locationId}&serviceId=${consultationId}&practitionerId=${reception.memberId}&from=${today}&days=3`,
      { cookie: reception.cookie },
    );
    expect(res.status).toBe(404);
  });
});

describe("booking a course from an accepted plan", () => {
  it("proposes the earliest course within the healing gaps and books it all at once", async () => {
    const { planId, clientId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const from = mondayAfter(7);
    let res = await propose(planId, { practitionerId: alex.memberId, fromDate: from });
    expect(res.status).toBe(200);
    const proposal = await res.json();
    expect(proposal.best).toHaveLength(3);
    expect(proposal.alternatives.length).toBeGreaterThan(0);
    const starts = proposal.best.map((s: { startsAt: string }) => s.startsAt);
    const gaps = dayGaps(starts);
    proposal.gaps.forEach((g: { minDays: number; maxDays: number }, i: number) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(g.minDays);
      expect(gaps[i]).toBeLessThanOrEqual(g.maxDays);
    });
    // The earliest: session 1 on the first open morning, sessions 2 and 3 at the minimum gap.
    expect(epochToLocal(Date.parse(starts[0]), ZONE).date).toBe(from);
    // Opening hours bound the session itself; its 15 minutes of preparation may come before 09:00.
    expect(localTime(starts[0])).toBe("09:00");
    // Monday + 10 days is a Thursday; 10 days after that is a Sunday, when the studio is closed.
    expect(proposal.gaps.map((g: { minDays: number }) => g.minDays)).toEqual([10, 10]);
    expect(gaps).toEqual([10, 11]);
    expect(
      proposal.best.every(
        (s: { practitioner: { id: string } }) => s.practitioner.id === alex.memberId,
      ),
    ).toBe(true);

    res = await t.request("POST", `/api/plans/${planId}/course`, {
      cookie: alex.cookie,
      body: {
        locationId: clinic.locationId,
        serviceId: treatmentId,
        sessions: choices(proposal.best),
      },
    });
    expect(res.status).toBe(201);
    const booked = await res.json();
    expect(
      booked.appointments.map((a: { course: { session: number } }) => a.course.session),
    ).toEqual([1, 2, 3]);
    expect(
      booked.appointments.every((a: { client: { id: string } }) => a.client.id === clientId),
    ).toBe(true);
    // Each session keeps the plan's own length, not the service's.
    const lengths = booked.appointments.map(
      (a: { startsAt: string; endsAt: string }) => minutes(a.endsAt) - minutes(a.startsAt),
    );
    expect(lengths[0]).toBeGreaterThan(lengths[2]);

    res = await propose(planId);
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe("course_already_booked");
  });

  it("books none of the sessions when one clashes, and answers 409 with fresh alternatives", async () => {
    const { planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const res1 = await propose(planId, {
      practitionerId: jamie.memberId,
      onlyPreferred: true,
      fromDate: mondayAfter(60),
    });
    const proposal = await res1.json();
    // Someone books another client onto Jamie in the middle of session 3.
    const other = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const s3 = proposal.best[2];
    const blocker = await t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId: other.clientId,
        serviceId: consultationId,
        locationId: clinic.locationId,
        practitionerId: jamie.memberId,
        roomId: clinic.rooms[1]?.id,
        startsAt: new Date(Date.parse(s3.startsAt) + 60 * 60_000).toISOString(),
      },
    });
    expect(blocker.status).toBe(201);
    const res = await t.request("POST", `/api/plans/${planId}/course`, {
      cookie: alex.cookie,
      body: {
        locationId: clinic.locationId,
        serviceId: treatmentId,
        sessions: choices(proposal.best),
      },
    });
    expect(res.status).toBe(409);
    const problem = await res.json();
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    expect(problem.session).toBe(3);
    expect(problem.detail).toMatch(/Jamie Lee is already booked/);
    expect(problem.alternatives.best).toHaveLength(3);
    const rows = await t.db
      .select()
      .from(appointment)
      .where(eq(appointment.clientId, await planClient(planId)));
    expect(rows).toEqual([]);
  });

  it("refuses sessions that break a healing gap, naming it", async () => {
    const { planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const proposal = await (await propose(planId, { fromDate: mondayAfter(100) })).json();
    const sessions = choices(proposal.best);
    sessions[1] = {
      ...sessions[1],
      startsAt: new Date(Date.parse(sessions[0]?.startsAt ?? "") + 3 * 86_400_000).toISOString(),
    } as never;
    const res = await t.request("POST", `/api/plans/${planId}/course`, {
      cookie: alex.cookie,
      body: { locationId: clinic.locationId, serviceId: treatmentId, sessions },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/Session 2 is 3 days after session 1/);
  });

  it("keeps receptionists away from plans", async () => {
    const { planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const res = await t.request("POST", `/api/plans/${planId}/course-proposal`, {
      cookie: reception.cookie,
      body: { locationId: clinic.locationId, serviceId: treatmentId },
    });
    expect(res.status).toBe(403);
  });
});

async function planClient(planId: string): Promise<string> {
  const { treatmentPlan } = await import("../../db/schema/index.ts");
  const [row] = await t.db.select().from(treatmentPlan).where(eq(treatmentPlan.id, planId));
  return row?.clientId as string;
}

describe("holds", () => {
  it("hide a slot from others until released, and two people cannot hold the same time", async () => {
    const day = mondayAfter(21);
    const url = `/api/slots?locationId=${clinic.locationId}&serviceId=${consultationId}&practitionerId=${jamie.memberId}&from=${day}&days=1`;
    const first = (await (await t.request("GET", url, { cookie: reception.cookie })).json())
      .slots[0];
    const body = {
      locationId: clinic.locationId,
      serviceId: consultationId,
      sessions: [
        { startsAt: first.startsAt, practitionerId: jamie.memberId, roomId: first.roomId },
      ],
    };
    let res = await t.request("POST", "/api/holds", { cookie: reception.cookie, body });
    expect(res.status).toBe(201);
    const group = await res.json();
    expect(Date.parse(group.expiresAt) - Date.now()).toBeGreaterThan(5 * 60_000);

    const seen = await (await t.request("GET", url, { cookie: alex.cookie })).json();
    expect(seen.slots[0].startsAt).not.toBe(first.startsAt);
    const own = await (
      await t.request("GET", `${url}&holdGroupId=${group.groupId}`, { cookie: reception.cookie })
    ).json();
    expect(own.slots[0].startsAt).toBe(first.startsAt);

    res = await t.request("POST", "/api/holds", { cookie: alex.cookie, body });
    expect(res.status).toBe(409);

    res = await t.request("DELETE", `/api/holds/${group.groupId}`, { cookie: reception.cookie });
    expect(res.status).toBe(204);
    const after = await (await t.request("GET", url, { cookie: alex.cookie })).json();
    expect(after.slots[0].startsAt).toBe(first.startsAt);
  });
});

describe("moving a course session", () => {
  it("previews and applies the re-flow of later sessions, or names the gap a move breaks", async () => {
    const { planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
    const proposal = await (
      await propose(planId, {
        practitionerId: alex.memberId,
        onlyPreferred: true,
        fromDate: mondayAfter(130),
      })
    ).json();
    const booked = await (
      await t.request("POST", `/api/plans/${planId}/course`, {
        cookie: alex.cookie,
        body: {
          locationId: clinic.locationId,
          serviceId: treatmentId,
          sessions: choices(proposal.best),
        },
      })
    ).json();
    const [s1, s2, s3] = booked.appointments;
    const maxGap3 = proposal.gaps[1].maxDays;
    const minGap2 = proposal.gaps[0].minDays;

    // Session 2 a week later: session 3 was at the minimum gap after it, so it must follow.
    const later = new Date(Date.parse(s2.startsAt) + 7 * 86_400_000).toISOString();
    let res = await t.request("POST", `/api/appointments/${s2.id}/move-preview`, {
      cookie: reception.cookie,
      body: { startsAt: later, version: s2.version },
    });
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview.ok).toBe(true);
    expect(preview.reflow).toMatchObject({ needed: true, possible: true });
    expect(preview.reflow.changes.map((c: { appointmentId: string }) => c.appointmentId)).toEqual([
      s3.id,
    ]);

    // Without agreeing to the re-flow the move is refused; with it, both move together.
    res = await t.request("POST", `/api/appointments/${s2.id}/course-move`, {
      cookie: reception.cookie,
      body: { startsAt: later, version: s2.version },
    });
    expect(res.status).toBe(422);
    res = await t.request("POST", `/api/appointments/${s2.id}/course-move`, {
      cookie: reception.cookie,
      body: { startsAt: later, version: s2.version, reflow: true },
    });
    expect(res.status).toBe(200);
    const moved = (await res.json()).appointments;
    const starts = moved.map((a: { startsAt: string }) => a.startsAt);
    expect(starts[1]).toBe(later);
    expect(starts[2]).toBe(preview.reflow.changes[0].to);
    const gaps = dayGaps(starts);
    expect(gaps[0]).toBe(minGap2 + 7);
    expect(gaps[1]).toBeGreaterThanOrEqual(proposal.gaps[1].minDays);
    expect(gaps[1]).toBeLessThanOrEqual(maxGap3);

    // Session 2 two days after session 1 breaks the first gap: refused, with the reason.
    const tooSoon = new Date(Date.parse(s1.startsAt) + 2 * 86_400_000).toISOString();
    res = await t.request("POST", `/api/appointments/${s2.id}/move-preview`, {
      cookie: reception.cookie,
      body: { startsAt: tooSoon, version: moved[1].version },
    });
    const refused = await res.json();
    expect(refused.ok).toBe(false);
    expect(refused.problem).toMatch(/Session 2 would be 2 days after session 1/);
  });
});
