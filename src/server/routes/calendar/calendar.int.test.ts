import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointment, auditLog } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let jamie: Awaited<ReturnType<TestApp["addStaff"]>>;
let clientId: string;

const serviceId = (name: string) => {
  const found = clinic.services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name}`);
  return found.id;
};

async function book(practitionerId: string, startsAt: string) {
  const res = await t.request("POST", "/api/appointments", {
    cookie: reception.cookie,
    body: {
      clientId,
      serviceId: serviceId("Consultation"),
      locationId: clinic.locationId,
      practitionerId,
      roomId: clinic.rooms[0]?.id,
      startsAt,
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
}

function calendar(query: string, cookie = reception.cookie) {
  return t.request("GET", `/api/calendar?${query}`, { cookie });
}

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Calendar Clinic");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  jamie = await t.addStaff(clinic.orgId, "practitioner", "Jamie Fraser");
  const res = await t.request("POST", "/api/clients", {
    cookie: reception.cookie,
    body: { firstName: "Jane", lastName: "Smith" },
  });
  clientId = (await res.json()).id;
});
afterAll(() => t?.close());

describe("GET /calendar", () => {
  it("spring forward week 2030-03-25…31: opening hours follow the clock, Sunday is closed", async () => {
    // Sat 30 Mar 2030 is GMT (09:00 = 09:00Z); Mon 1 Apr is BST (09:00 = 08:00Z).
    const early = await book(alex.memberId, "2030-03-30T09:00:00Z"); // 09:00 GMT
    const late = await book(alex.memberId, "2030-04-01T08:00:00Z"); // 09:00 BST
    const res = await calendar(`from=2030-03-25&days=8&locationId=${clinic.locationId}`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view).toMatchObject({
      from: "2030-03-25",
      to: "2030-04-01",
      location: { id: clinic.locationId, name: "Main studio", timeZone: "Europe/London" },
      locations: [{ id: clinic.locationId, name: "Main studio" }],
    });
    expect(view.days.map((d: { date: string }) => d.date)).toEqual([
      "2030-03-25",
      "2030-03-26",
      "2030-03-27",
      "2030-03-28",
      "2030-03-29",
      "2030-03-30",
      "2030-03-31",
      "2030-04-01",
    ]);
    expect(view.days[5]).toEqual({
      date: "2030-03-30",
      closed: false,
      hours: [
        {
          opens: "09:00",
          closes: "18:00",
          start: "2030-03-30T09:00:00.000Z", // 09:00 GMT
          end: "2030-03-30T18:00:00.000Z", // 18:00 GMT
        },
      ],
    });
    expect(view.days[6]).toMatchObject({ date: "2030-03-31", closed: true, hours: [] });
    expect(view.days[7].hours[0]).toMatchObject({
      start: "2030-04-01T08:00:00.000Z", // 09:00 BST
      end: "2030-04-01T17:00:00.000Z", // 18:00 BST
    });
    const ids = view.appointments.map((a: { id: string }) => a.id);
    expect(ids).toEqual([early.id, late.id]);
    expect(view.appointments[0]).toMatchObject({
      client: { id: clientId, name: "Jane Smith" },
      service: { name: "Consultation" },
      course: null,
    });
    expect(view.courses).toEqual([]);
  });

  it("fall back week 2030-10-21…27: working time over the range, own hours and time off", async () => {
    // Jamie works Mondays 10:00–14:00 only, and is off Thu 24 Oct 12:00–13:00 (BST).
    const owner = await t.addStaff(clinic.orgId, "owner");
    const hours = await t.request("PUT", `/api/staff/${jamie.memberId}/hours`, {
      cookie: owner.cookie,
      body: { hours: [{ weekday: 1, opens: "10:00", closes: "14:00" }] },
    });
    expect(hours.status).toBe(200);
    const off = await t.request("POST", `/api/staff/${alex.memberId}/time-off`, {
      cookie: owner.cookie,
      body: { startsAt: "2030-10-24T11:00:00Z", endsAt: "2030-10-24T12:00:00Z", reason: "Dentist" },
    });
    expect(off.status).toBe(201);
    const res = await calendar(`from=2030-10-21&days=7&locationId=${clinic.locationId}`);
    expect(res.status).toBe(200);
    const view = await res.json();
    const byName = (name: string) =>
      view.practitioners.find((p: { name: string }) => p.name === name);
    expect(view.practitioners.map((p: { name: string }) => p.name)).toEqual([
      "Alex Morgan",
      "Jamie Fraser",
    ]);
    expect(byName("Jamie Fraser").working).toEqual([
      { start: "2030-10-21T09:00:00.000Z", end: "2030-10-21T13:00:00.000Z" }, // 10:00–14:00 BST
    ]);
    const alexWorking = byName("Alex Morgan").working;
    // Mon–Sat 09:00–18:00, Thursday split by the hour off: seven intervals.
    expect(alexWorking).toHaveLength(7);
    expect(alexWorking[3]).toEqual({
      start: "2030-10-24T08:00:00.000Z", // 09:00 BST
      end: "2030-10-24T11:00:00.000Z", // 12:00 BST
    });
    expect(alexWorking[4]).toEqual({
      start: "2030-10-24T12:00:00.000Z", // 13:00 BST
      end: "2030-10-24T17:00:00.000Z", // 18:00 BST
    });
    // Saturday 26 Oct is still BST; the clocks go back on Sunday 27 Oct.
    expect(alexWorking[6]).toEqual({
      start: "2030-10-26T08:00:00.000Z",
      end: "2030-10-26T17:00:00.000Z",
    });
    const next = await (await calendar(`from=2030-10-28&days=1`)).json();
    expect(next.days[0].hours[0]).toMatchObject({
      start: "2030-10-28T09:00:00.000Z", // 09:00 GMT
      end: "2030-10-28T18:00:00.000Z",
    });
  });

  it("names closures and shows a course's session count", async () => {
    const owner = await t.addStaff(clinic.orgId, "owner");
    const closed = await t.request("POST", `/api/locations/${clinic.locationId}/special-days`, {
      cookie: owner.cookie,
      body: { date: "2030-12-25", closed: true, hours: [], reason: "Christmas Day" },
    });
    expect(closed.status).toBe(201);
    const booked = await book(alex.memberId, "2030-12-24T10:00:00Z");
    const courseId = await addCourse(booked.id, 3);

    const view = await (await calendar("from=2030-12-23&days=3")).json();
    expect(view.days[2]).toEqual({
      date: "2030-12-25",
      closed: true,
      reason: "Christmas Day",
      hours: [],
    });
    expect(view.appointments[0].course).toEqual({ id: courseId, session: 2 });
    expect(view.courses).toEqual([{ id: courseId, sessions: 3 }]);
  });

  it("lets every staff role read it and audits the read", async () => {
    expect((await calendar("from=2030-03-25", alex.cookie)).status).toBe(200);
    const res = await calendar("from=2030-03-25&days=14", reception.cookie);
    expect(res.status).toBe(200);
    expect((await res.json()).days).toHaveLength(14);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, clinic.orgId), eq(auditLog.entity, "calendar")));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.at(-1)).toMatchObject({
      action: "read",
      entityId: clinic.locationId,
      details: { from: "2030-03-25", days: 14 },
    });
    expect((await t.request("GET", "/api/calendar?from=2030-03-25")).status).toBe(401);
  });

  it("refuses bad ranges with a clear 400 and another clinic's location with 404", async () => {
    for (const query of ["from=2030-02-30", "from=2030-03-25&days=15", "from=2030-03-25&days=0"]) {
      const res = await calendar(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    const wide = await (await calendar("from=2030-03-25&days=15")).json();
    expect(JSON.stringify(wide.errors)).toContain("at most 14 days");

    const other = await t.addClinic("Other Clinic");
    const res = await calendar(`from=2030-03-25&locationId=${other.locationId}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Other Clinic");
  });
});

/** A course row for an existing appointment, made its session 2 (booking courses is tested apart). */
async function addCourse(appointmentId: string, sessions: number): Promise<string> {
  const consultation = await t.db.execute(
    sql`insert into consultation (org_id, client_id, mode, held_on)
        values (${clinic.orgId}, ${clientId}, 'in_person', '2030-11-01') returning id`,
  );
  const plan = await t.db.execute(
    sql`insert into treatment_plan (org_id, client_id, consultation_id, status, plan, quote, settings_version)
        values (${clinic.orgId}, ${clientId}, ${consultation.rows[0]?.id}, 'accepted', '{}', '{}', 1)
        returning id`,
  );
  const gaps = JSON.stringify(
    Array.from({ length: sessions - 1 }, () => ({ minDays: 10, maxDays: 28 })),
  );
  const course = await t.db.execute(
    sql`insert into course (org_id, plan_id, client_id, gaps)
        values (${clinic.orgId}, ${plan.rows[0]?.id}, ${clientId}, ${gaps}::jsonb) returning id`,
  );
  const courseId = course.rows[0]?.id as string;
  await t.db
    .update(appointment)
    .set({ courseId, courseSession: 2 })
    .where(eq(appointment.id, appointmentId));
  return courseId;
}
