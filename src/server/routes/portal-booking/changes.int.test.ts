import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import {
  appointment,
  auditLog,
  checkIn,
  client,
  outboxMessage,
  service,
  staffAlert,
} from "../../db/schema/index.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { portalSignIn } from "../../testing/portal-session.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

const ZONE = "Europe/London";
const HOUR = 3_600_000;
let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let today: string;
let consultationId: string;

type Portal = Awaited<ReturnType<typeof portalClient>>;

async function portalClient() {
  const { clientId, planId } = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
  const email = `client-${Math.random().toString(36).slice(2, 9)}@example.test`;
  await t.db.update(client).set({ email }).where(eq(client.id, clientId));
  const session = await portalSignIn(t, { orgId: clinic.orgId, clientId });
  return { clientId, planId, cookie: session.cookie, base: `/api/portal/${session.slug}` };
}

/** Books the client's course through the portal, session 1 at least `fromDays` ahead. */
async function bookCourse(c: Portal, fromDays: number) {
  const proposal = await (
    await t.request("POST", `${c.base}/course-plans/${c.planId}/proposal`, {
      cookie: c.cookie,
      body: { locationId: clinic.locationId, fromDate: addDays(today, fromDays) },
    })
  ).json();
  const res = await t.request("POST", `${c.base}/course-plans/${c.planId}/book`, {
    cookie: c.cookie,
    body: {
      locationId: clinic.locationId,
      sessions: proposal.best.map(
        (s: { startsAt: string; practitioner: { id: string }; room: { id: string } | null }) => ({
          startsAt: s.startsAt,
          practitionerId: s.practitioner.id,
          roomId: s.room?.id ?? null,
        }),
      ),
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()).appointments as { id: string; startsAt: string; version: number }[];
}

/** A consultation booked by reception `hoursAhead` from now, on a whole hour in opening hours. */
async function consultationIn(c: Portal, hoursAhead: number) {
  let start = Math.ceil((Date.now() + hoursAhead * HOUR) / HOUR) * HOUR;
  for (;;) {
    const local = epochToLocal(start, ZONE);
    const weekday = new Date(`${local.date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && local.minutes >= 10 * 60 && local.minutes <= 15 * 60) {
      const res = await t.request("POST", "/api/appointments", {
        cookie: reception.cookie,
        body: {
          clientId: c.clientId,
          serviceId: consultationId,
          locationId: clinic.locationId,
          practitionerId: alex.memberId,
          roomId: clinic.rooms[1]?.id,
          startsAt: new Date(start).toISOString(),
        },
      });
      // Taken by an earlier test's booking: try the next hour.
      if (res.status !== 409) {
        expect(res.status).toBe(201);
        return (await res.json()) as { id: string; version: number; startsAt: string };
      }
    }
    start += HOUR;
  }
}

function multipart(url: string, cookie: string, fields: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return t.app.request(url, {
    method: "POST",
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Portal Changes Clinic");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
  today = epochToLocal(Date.now(), ZONE).date;
  consultationId = clinic.services.find((s) => s.name === "Consultation")?.id as string;
});
afterAll(() => t?.close());

describe("rescheduling", () => {
  it("moves a course session within its healing gaps, counts the move and re-plans its messages", async () => {
    const c = await portalClient();
    // The last session: the earliest course puts session 2 as close to both neighbours as allowed.
    const [, , second] = await bookCourse(c, 14);
    const id = second?.id as string;
    const terms = await (
      await t.request("GET", `${c.base}/appointments/${id}/change-terms`, { cookie: c.cookie })
    ).json();
    expect(terms.reschedule).toMatchObject({ allowed: true, remaining: 1 });
    expect(terms.reschedule.message).toMatch(/free/);

    const options = await (
      await t.request("GET", `${c.base}/appointments/${id}/reschedule-options?days=42`, {
        cookie: c.cookie,
      })
    ).json();
    expect(options.windowNote).toMatch(
      /Session 3 stays \d+–\d+ days after session 2, so your skin can heal/,
    );
    const other = options.slots.find(
      (s: { startsAt: string }) =>
        epochToLocal(Date.parse(s.startsAt), ZONE).date !==
        epochToLocal(Date.parse(second?.startsAt as string), ZONE).date,
    );
    expect(other).toBeDefined();
    for (const s of options.slots) {
      const day = epochToLocal(Date.parse(s.startsAt), ZONE).date;
      expect(day >= options.window.from && day <= options.window.toInclusive).toBe(true);
    }

    const tooSoon = new Date(Date.parse(options.window.from) - 3 * 86_400_000 + 10 * HOUR);
    const refused = await (
      await t.request(
        "GET",
        `${c.base}/appointments/${id}/reschedule-preview?startsAt=${tooSoon.toISOString()}`,
        { cookie: c.cookie },
      )
    ).json();
    expect(refused.ok).toBe(false);

    const preview = await (
      await t.request(
        "GET",
        `${c.base}/appointments/${id}/reschedule-preview?startsAt=${encodeURIComponent(other.startsAt)}${other.roomId ? `&roomId=${other.roomId}` : ""}`,
        { cookie: c.cookie },
      )
    ).json();
    expect(preview).toMatchObject({ ok: true, problem: null });

    const reminderBefore = await t.db
      .select({ at: outboxMessage.scheduledFor })
      .from(outboxMessage)
      .where(and(eq(outboxMessage.appointmentId, id), eq(outboxMessage.status, "scheduled")));
    const moved = await t.request("POST", `${c.base}/appointments/${id}/reschedule`, {
      cookie: c.cookie,
      body: { startsAt: other.startsAt, roomId: other.roomId, version: second?.version },
    });
    expect(moved.status).toBe(200);
    expect((await moved.json()).startsAt).toBe(other.startsAt);
    const [row] = await t.db.select().from(appointment).where(eq(appointment.id, id));
    expect(row?.rescheduleCount).toBe(1);
    const reminderAfter = await t.db
      .select({ at: outboxMessage.scheduledFor })
      .from(outboxMessage)
      .where(and(eq(outboxMessage.appointmentId, id), eq(outboxMessage.status, "scheduled")));
    expect(reminderAfter.length).toBeGreaterThan(0);
    expect(reminderAfter.map((r) => r.at?.toISOString())).not.toEqual(
      reminderBefore.map((r) => r.at?.toISOString()),
    );
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "move")));
    expect(audits.some((a) => (a.details as { via?: string }).via === "portal")).toBe(true);
  });

  it("refuses a late move or one past the clinic's limit, telling the client to contact the clinic", async () => {
    const c = await portalClient();
    const soon = await consultationIn(c, 26);
    const terms = await (
      await t.request("GET", `${c.base}/appointments/${soon.id}/change-terms`, { cookie: c.cookie })
    ).json();
    expect(terms.reschedule.allowed).toBe(false);
    expect(terms.reschedule.message).toMatch(/48 hours .* contact the clinic/);
    const late = await t.request("POST", `${c.base}/appointments/${soon.id}/reschedule`, {
      cookie: c.cookie,
      body: {
        startsAt: new Date(Date.parse(soon.startsAt) + 7 * 86_400_000).toISOString(),
        version: soon.version,
      },
    });
    expect(late.status).toBe(422);
    expect((await late.json()).detail).toMatch(/contact the clinic/);

    const later = await consultationIn(c, 24 * 10);
    await t.db.update(appointment).set({ rescheduleCount: 2 }).where(eq(appointment.id, later.id));
    const limited = await (
      await t.request("GET", `${c.base}/appointments/${later.id}/change-terms`, {
        cookie: c.cookie,
      })
    ).json();
    expect(limited.reschedule.allowed).toBe(false);
    expect(limited.reschedule.message).toMatch(/already been moved 2 times/);
  });

  it("refuses staff-only appointments and another client's appointments", async () => {
    const c = await portalClient();
    const other = await portalClient();
    const mine = await consultationIn(c, 24 * 12);
    const notMine = await t.request("GET", `${other.base}/appointments/${mine.id}/change-terms`, {
      cookie: other.cookie,
    });
    expect(notMine.status).toBe(404);
    await t.db.update(service).set({ kind: "other" }).where(eq(service.id, consultationId));
    try {
      const res = await t.request("GET", `${c.base}/appointments/${mine.id}/reschedule-options`, {
        cookie: c.cookie,
      });
      expect(res.status).toBe(422);
      expect((await res.json()).detail).toMatch(/only be changed by the clinic/);
      const list = await (
        await t.request("GET", `${c.base}/appointments`, { cookie: c.cookie })
      ).json();
      expect(list.upcoming[0]).toMatchObject({ canChange: false });
    } finally {
      await t.db
        .update(service)
        .set({ kind: "consultation" })
        .where(eq(service.id, consultationId));
    }
  });
});

describe("cancelling", () => {
  it("shows a late cancellation's consequence first, then cancels and keeps the deposit", async () => {
    const c = await portalClient();
    const soon = await consultationIn(c, 30);
    const terms = await (
      await t.request("GET", `${c.base}/appointments/${soon.id}/change-terms`, { cookie: c.cookie })
    ).json();
    expect(terms.cancel).toMatchObject({ late: true, forfeitsDeposit: true });
    expect(terms.cancel.message).toMatch(/keeps your deposit/);
    const stale = await t.request("POST", `${c.base}/appointments/${soon.id}/cancel`, {
      cookie: c.cookie,
      body: { version: soon.version + 1 },
    });
    expect(stale.status).toBe(409);
    const res = await t.request("POST", `${c.base}/appointments/${soon.id}/cancel`, {
      cookie: c.cookie,
      body: { reason: "Away that week", version: soon.version },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("cancelled");
    const [row] = await t.db.select().from(appointment).where(eq(appointment.id, soon.id));
    expect(row).toMatchObject({
      status: "cancelled",
      depositForfeited: true,
      cancelReason: "Away that week",
    });

    const early = await consultationIn(c, 24 * 8);
    const free = await (
      await t.request("GET", `${c.base}/appointments/${early.id}/change-terms`, {
        cookie: c.cookie,
      })
    ).json();
    expect(free.cancel).toMatchObject({ late: false, forfeitsDeposit: false });
    expect(free.cancel.message).toMatch(/free/);
  });
});

describe("waitlist", () => {
  it("joins with preferred days and times, lists and leaves the client's own entries only", async () => {
    const c = await portalClient();
    const other = await portalClient();
    const view = await (await t.request("GET", `${c.base}/waitlist`, { cookie: c.cookie })).json();
    expect(view.services.map((s: { id: string }) => s.id)).toContain(consultationId);
    const joined = await t.request("POST", `${c.base}/waitlist`, {
      cookie: c.cookie,
      body: {
        serviceId: consultationId,
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        earliestDate: addDays(today, 1),
        latestDate: addDays(today, 20),
        preferredWeekdays: [1, 3],
        preferredTime: "morning",
      },
    });
    expect(joined.status).toBe(201);
    const entry = await joined.json();
    expect(entry.preferences).toMatch(/Mondays, Wednesdays; mornings/);
    const listed = await (
      await t.request("GET", `${c.base}/waitlist`, { cookie: c.cookie })
    ).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    const othersView = await (
      await t.request("GET", `${other.base}/waitlist`, { cookie: other.cookie })
    ).json();
    expect(othersView.items).toEqual([]);
    const steal = await t.request("POST", `${other.base}/waitlist/${entry.id}/leave`, {
      cookie: other.cookie,
    });
    expect(steal.status).toBe(404);
    const left = await t.request("POST", `${c.base}/waitlist/${entry.id}/leave`, {
      cookie: c.cookie,
    });
    expect(left.status).toBe(200);
    expect((await left.json()).status).toBe("withdrawn");
  });
});

describe("check-ins and concerns", () => {
  /** A treatment visit that took place two days ago (written directly: bookings are never in the past). */
  let visits = 0;
  async function pastVisit(c: Portal) {
    const treatment = clinic.services.find((s) => s.kind === "treatment")?.id as string;
    // Two days back, a few hours apart per visit (the practitioner cannot be in two places).
    const start = new Date(Date.now() - 2 * 24 * HOUR - visits++ * 4 * HOUR);
    const [row] = await t.db
      .insert(appointment)
      .values({
        orgId: clinic.orgId,
        clientId: c.clientId,
        serviceId: treatment,
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        roomId: clinic.rooms[0]?.id ?? null,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3 * HOUR),
        busyFrom: start,
        busyTo: new Date(start.getTime() + 3 * HOUR),
        status: "completed",
      })
      .returning({ id: appointment.id });
    return row?.id as string;
  }

  it("reports a concern with a photo: the practitioner gets an alert and a discreet email", async () => {
    const c = await portalClient();
    const visit = await pastVisit(c);
    const list = await (await t.request("GET", `${c.base}/check-ins`, { cookie: c.cookie })).json();
    expect(list.visits.map((v: { appointmentId: string }) => v.appointmentId)).toContain(visit);
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
      "base64",
    );
    const res = await multipart(`${c.base}/concerns`, c.cookie, {
      appointmentId: visit,
      note: "Redness that has not gone down",
      photo: new File([png], "scalp.png", { type: "image/png" }),
    });
    expect(res.status).toBe(201);
    expect((await res.json()).alerted).toBe(true);
    const alerts = await t.db.select().from(staffAlert).where(eq(staffAlert.clientId, c.clientId));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.memberId).toBe(alex.memberId);
    const [answer] = await t.db.select().from(checkIn).where(eq(checkIn.appointmentId, visit));
    expect(answer).toMatchObject({
      answer: "concern",
      day: 2,
      note: "Redness that has not gone down",
    });
    expect(answer?.photoId).not.toBeNull();
    const [mail] = await t.db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.recipient, alex.email), eq(outboxMessage.channel, "email")));
    expect(mail?.subject).toBe("A client has asked you to get in touch");
    expect(mail?.bodyText).not.toMatch(/Redness|scalp|pigment/i);

    const twice = await multipart(`${c.base}/concerns`, c.cookie, {
      appointmentId: visit,
      note: "Still red",
    });
    expect(twice.status).toBe(409);
    const empty = await multipart(`${c.base}/concerns`, c.cookie, {
      appointmentId: visit,
      note: " ",
    });
    expect(empty.status).toBe(400);
  });

  it("answers an open check-in 'all fine' and refuses another client's check-in", async () => {
    const c = await portalClient();
    const other = await portalClient();
    const visit = await pastVisit(c);
    const [row] = await t.db
      .insert(checkIn)
      .values({
        orgId: clinic.orgId,
        clientId: c.clientId,
        appointmentId: visit,
        day: 1,
        tokenHash: `test-${Math.random()}`,
        dueAt: new Date(Date.now() - HOUR),
        expiresAt: new Date(Date.now() + 48 * HOUR),
      })
      .returning({ id: checkIn.id });
    const id = row?.id as string;
    const list = await (await t.request("GET", `${c.base}/check-ins`, { cookie: c.cookie })).json();
    expect(list.open.map((o: { id: string }) => o.id)).toEqual([id]);
    const steal = await multipart(`${other.base}/check-ins/${id}/answer`, other.cookie, {
      answer: "fine",
    });
    expect(steal.status).toBe(404);
    const res = await multipart(`${c.base}/check-ins/${id}/answer`, c.cookie, { answer: "fine" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ checkInId: id, alerted: false });
    const again = await multipart(`${c.base}/check-ins/${id}/answer`, c.cookie, { answer: "fine" });
    expect(again.status).toBe(410);
  });
});
