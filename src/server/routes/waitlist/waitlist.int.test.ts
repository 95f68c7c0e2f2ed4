import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, epochToLocal, wallClockToEpoch, weekdayOf } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { WaitlistEntry, WaitlistView } from "../../../shared/contracts/waitlist.ts";
import { slotHold, waitlistOffer } from "../../db/schema/index.ts";
import { createTenant } from "../../db/tenant.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { offerFreedTime } from "../../use-cases/waitlist/offer-freed-time.ts";
import { advanceExpiredOffers } from "../../use-cases/waitlist/offer-lifecycle.ts";
import { setWaitlistMail } from "../../use-cases/waitlist/offer-mail.ts";

const ZONE = "Europe/London";
const HOUR = 3_600_000;
type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let owner: Staff;
let alex: Staff;
let jamie: Staff;
let reception: Staff;
let videoId: string;
/** A Wednesday over a week ahead, and the clinic's name as emails show it. */
let day: string;
const CLINIC = "Waitlist Clinic";

const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(wallClockToEpoch(date, h * 60 + m, ZONE)).toISOString();
};

async function newClient(first: string) {
  const res = await t.request("POST", "/api/clients", {
    cookie: reception.cookie,
    body: { firstName: first, lastName: "Waiting", email: `${first.toLowerCase()}@example.test` },
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

async function book(clientId: string, who: Staff, startsAt: string): Promise<Appointment> {
  const res = await t.request("POST", "/api/appointments", {
    cookie: reception.cookie,
    body: {
      clientId,
      serviceId: videoId,
      locationId: clinic.locationId,
      practitionerId: who.memberId,
      startsAt,
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

async function join(body: Record<string, unknown>, cookie = reception.cookie) {
  return t.request("POST", "/api/waitlist", {
    cookie,
    body: { locationId: clinic.locationId, serviceId: videoId, ...body },
  });
}

async function joined(body: Record<string, unknown>): Promise<WaitlistEntry> {
  const res = await join(body);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

/** Cancels through the API, then offers the freed time as the cancellation will. */
async function cancelAndOffer(a: Appointment, now = new Date()) {
  const res = await t.request("POST", `/api/appointments/${a.id}/cancel`, {
    cookie: reception.cookie,
    body: { reason: "client rang" },
  });
  expect(res.status).toBe(200);
  await offerFreedTime(createTenant(t.db, clinic.orgId), freedBy(a), now);
}

const freedBy = (a: Appointment) => ({
  locationId: a.location.id,
  practitionerId: a.practitioner.id,
  roomId: a.room?.id ?? null,
  busyFrom: new Date(a.busyFrom),
  busyTo: new Date(a.busyTo),
});

async function entry(id: string): Promise<WaitlistEntry> {
  const view = await list();
  const found = view.entries.find((e) => e.id === id);
  if (!found) throw new Error(`entry ${id} not listed`);
  return found;
}

async function list(): Promise<WaitlistView> {
  const res = await t.request("GET", `/api/waitlist?locationId=${clinic.locationId}`, {
    cookie: reception.cookie,
  });
  expect(res.status).toBe(200);
  return res.json();
}

/** The token in the newest offer email to this client. */
async function offerToken(first: string): Promise<string> {
  const res = await t.request("GET", `/api/dev/outbox?to=${first.toLowerCase()}@example.test`);
  const { messages } = (await res.json()) as { messages: { subject: string; bodyText: string }[] };
  const mail = messages.find(
    (m) => m.subject === `An earlier appointment is available at ${CLINIC}`,
  );
  const token = mail?.bodyText.match(/\/waitlist-offer\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no offer email to ${first}`);
  return token;
}

const publicCall = (method: string, token: string, action = "", ip = "203.0.113.7") =>
  t.request(method, `/api/public/waitlist-offers/${token}${action}`, { ip });

async function slotStarts(who: Staff, date: string): Promise<string[]> {
  const res = await t.request(
    "GET",
    `/api/slots?locationId=${clinic.locationId}&serviceId=${videoId}&practitionerId=${who.memberId}&from=${date}&days=1`,
    { cookie: reception.cookie },
  );
  expect(res.status).toBe(200);
  return (await res.json()).slots.map((s: { startsAt: string }) => s.startsAt);
}

beforeAll(async () => {
  t = await createTestApp();
  setWaitlistMail({ mailer: t.deps.mailer, publicUrl: t.env.PUBLIC_URL });
  clinic = await t.addClinic(CLINIC);
  owner = await t.addStaff(clinic.orgId, "owner", "Olive Owner");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  jamie = await t.addStaff(clinic.orgId, "practitioner", "Jamie Lee");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
  videoId = clinic.services.find((s) => s.name === "Video consultation")?.id as string;
  day = addDays(epochToLocal(Date.now(), ZONE).date, 8);
  while (weekdayOf(day) !== 3) day = addDays(day, 1);
});
afterAll(async () => {
  setWaitlistMail(null);
  await t?.close();
});

describe("offering freed time", () => {
  const ids: Record<string, string> = {};
  let freedAppointment: Appointment;

  it("offers a cancelled time to the first matching entry only, with a hold and an email", async () => {
    const zed = await newClient("Zed");
    freedAppointment = await book(zed, alex, at(day, "10:00"));
    ids.ann = (
      await joined({
        clientId: await newClient("Ann"),
        practitionerId: jamie.memberId,
        earliestDate: day,
        latestDate: day,
      })
    ).id;
    ids.ben = (
      await joined({
        clientId: await newClient("Ben"),
        earliestDate: addDays(day, 1),
        latestDate: addDays(day, 5),
      })
    ).id;
    ids.cal = (
      await joined({
        clientId: await newClient("Cal"),
        practitionerId: alex.memberId,
        earliestDate: addDays(day, -1),
        latestDate: addDays(day, 1),
        notes: "Any time",
      })
    ).id;
    ids.dee = (
      await joined({ clientId: await newClient("Dee"), earliestDate: day, latestDate: day })
    ).id;
    expect(await slotStarts(alex, day)).not.toContain(at(day, "10:00"));

    await cancelAndOffer(freedAppointment);

    const cal = await entry(ids.cal as string);
    expect(cal.status).toBe("offered");
    expect(cal.offer?.status).toBe("pending");
    expect(cal.offer?.startsAt).toBe(at(day, "10:00"));
    expect(cal.offer?.practitioner.id).toBe(alex.memberId);
    for (const other of ["ann", "ben", "dee"]) {
      expect((await entry(ids[other] as string)).status, other).toBe("waiting");
    }
    const holds = await t.db
      .select()
      .from(slotHold)
      .where(and(eq(slotHold.orgId, clinic.orgId), eq(slotHold.purpose, "waitlist_offer")));
    expect(holds).toHaveLength(1);
    expect(holds[0]?.startsAt.toISOString()).toBe(at(day, "10:00"));
    // Held for Cal: nobody else is offered 10:00 with Alex.
    expect(await slotStarts(alex, day)).not.toContain(at(day, "10:00"));
    const token = await offerToken("Cal");
    const view = await publicCall("GET", token);
    expect(view.status).toBe(200);
    const body = await view.json();
    expect(body).toMatchObject({
      status: "pending",
      clinic: { name: CLINIC },
      service: { name: "Video consultation", durationMin: 30 },
      practitionerName: "Alex Morgan",
      startsAt: at(day, "10:00"),
      location: { timeZone: ZONE },
    });
    expect(JSON.stringify(body)).not.toContain("Cal");
  });

  it("makes one offer however often the same freed time is offered", async () => {
    await offerFreedTime(createTenant(t.db, clinic.orgId), freedBy(freedAppointment), new Date());
    const offers = await t.db
      .select()
      .from(waitlistOffer)
      .where(eq(waitlistOffer.orgId, clinic.orgId));
    expect(offers).toHaveLength(1);
  });

  it("passes a declined offer to the next matching entry; Cal keeps waiting", async () => {
    const token = await offerToken("Cal");
    const res = await publicCall("POST", token, "/decline");
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("declined");
    expect((await entry(ids.cal as string)).status).toBe("waiting");
    const dee = await entry(ids.dee as string);
    expect(dee.status).toBe("offered");
    expect(dee.offer?.startsAt).toBe(at(day, "10:00"));
    const again = await publicCall("POST", token, "/accept");
    expect(again.status).toBe(410);
    expect((await again.json()).detail).toMatch(/declined/);
  });

  it("expires an unanswered offer, keeps the entry's place, and offers the time to the next", async () => {
    ids.eve = (
      await joined({ clientId: await newClient("Eve"), earliestDate: day, latestDate: day })
    ).id;
    const before = await entry(ids.dee as string);
    const later = new Date(Date.parse(before.offer?.expiresAt as string) + 60_000);
    expect(await advanceExpiredOffers(t.db, later)).toBe(1);
    const dee = await entry(ids.dee as string);
    expect(dee.status).toBe("waiting");
    expect(dee.offer?.status).toBe("expired");
    expect(dee.position).toBe(before.position);
    const eve = await entry(ids.eve as string);
    expect(eve.status).toBe("offered");
    expect(eve.offer?.startsAt).toBe(at(day, "10:00"));
    const expired = await publicCall("POST", await offerToken("Dee"), "/accept");
    expect(expired.status).toBe(410);
    expect((await expired.json()).detail).toMatch(/expired/);
    // Sweeping again finds nothing more to do.
    expect(await advanceExpiredOffers(t.db, later)).toBe(0);
  });

  it("books the appointment when the client accepts, and releases the hold", async () => {
    const token = await offerToken("Eve");
    const res = await publicCall("POST", token, "/accept");
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).status).toBe("accepted");
    const eve = await entry(ids.eve as string);
    expect(eve.status).toBe("booked");
    expect(eve.position).toBeNull();
    const appointments = await (
      await t.request("GET", `/api/appointments/day?date=${day}&locationId=${clinic.locationId}`, {
        cookie: reception.cookie,
      })
    ).json();
    const booked = appointments.appointments.find(
      (a: Appointment) => a.id === eve.offer?.appointmentId,
    );
    expect(booked).toMatchObject({
      status: "booked",
      startsAt: at(day, "10:00"),
      practitioner: { id: alex.memberId },
      client: { name: "Eve Waiting" },
    });
    const holds = await t.db
      .select()
      .from(slotHold)
      .where(and(eq(slotHold.orgId, clinic.orgId), eq(slotHold.purpose, "waitlist_offer")));
    expect(holds).toHaveLength(0);
    const reused = await publicCall("POST", token, "/accept");
    expect(reused.status).toBe(410);
    expect((await reused.json()).detail).toMatch(/already been accepted/);
  });

  it("refuses unknown and malformed links", async () => {
    expect((await publicCall("GET", "A".repeat(43))).status).toBe(404);
    expect((await publicCall("POST", "A".repeat(43), "/accept")).status).toBe(404);
    const bad = await publicCall("GET", "not-a-token");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("moving an appointment earlier", () => {
  it("moves the client's appointment when staff accept for them, then offers its old time", async () => {
    // A fresh queue: the first journey's clients leave the list.
    for (const open of (await list()).entries.filter((e) => e.position !== null)) {
      const res = await t.request("POST", `/api/waitlist/${open.id}/withdraw`, {
        cookie: reception.cookie,
      });
      expect(res.status).toBe(200);
    }
    const fay = await newClient("Fay");
    const later = await book(fay, jamie, at(addDays(day, 7), "11:00"));
    const fayEntry = await joined({
      clientId: fay,
      appointmentId: later.id,
      earliestDate: day,
      latestDate: addDays(day, 6),
    });
    const gus = await joined({
      clientId: await newClient("Gus"),
      practitionerId: jamie.memberId,
      earliestDate: addDays(day, 7),
      latestDate: addDays(day, 7),
    });
    const blocker = await book(await newClient("Hal"), jamie, at(day, "14:00"));
    await cancelAndOffer(blocker);
    expect((await entry(fayEntry.id)).offer?.startsAt).toBe(at(day, "14:00"));

    const res = await t.request("POST", `/api/waitlist/${fayEntry.id}/accept`, {
      cookie: reception.cookie,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const { appointment, entry: accepted } = await res.json();
    expect(appointment).toMatchObject({ id: later.id, startsAt: at(day, "14:00"), version: 2 });
    expect(accepted.status).toBe("booked");
    // Fay's old time went to the next person waiting for it.
    const gusNow = await entry(gus.id);
    expect(gusNow.status).toBe("offered");
    expect(gusNow.offer?.startsAt).toBe(at(addDays(day, 7), "11:00"));
  });
});

describe("rules", () => {
  it("offers nothing sooner than the clinic's waitlist notice", async () => {
    const date = addDays(day, 1);
    const waiting = await joined({
      clientId: await newClient("Jo"),
      practitionerId: alex.memberId,
      earliestDate: date,
      latestDate: date,
    });
    const freed = {
      locationId: clinic.locationId,
      practitionerId: alex.memberId,
      roomId: null,
      busyFrom: new Date(at(date, "15:00")),
      busyTo: new Date(at(date, "15:30")),
    };
    const tenant = createTenant(t.db, clinic.orgId);
    // Two hours before: inside the default four hours' notice.
    await offerFreedTime(tenant, freed, new Date(freed.busyFrom.getTime() - 2 * HOUR));
    expect((await entry(waiting.id)).status).toBe("waiting");
    await offerFreedTime(tenant, freed, new Date());
    expect((await entry(waiting.id)).offer?.startsAt).toBe(at(date, "15:00"));
    await t.request("POST", `/api/waitlist/${waiting.id}/withdraw`, { cookie: reception.cookie });
  });

  it("makes one offer when two servers offer the same freed time at once", async () => {
    const kim = await newClient("Kim");
    const a = await book(kim, jamie, at(addDays(day, 2), "10:00"));
    const first = await joined({
      clientId: await newClient("Lou"),
      earliestDate: addDays(day, 2),
      latestDate: addDays(day, 2),
    });
    const second = await joined({
      clientId: await newClient("Max"),
      earliestDate: addDays(day, 2),
      latestDate: addDays(day, 2),
    });
    await t.request("POST", `/api/appointments/${a.id}/cancel`, {
      cookie: reception.cookie,
      body: {},
    });
    const tenant = createTenant(t.db, clinic.orgId);
    await Promise.all([
      offerFreedTime(tenant, freedBy(a), new Date()),
      offerFreedTime(tenant, freedBy(a), new Date()),
    ]);
    const pending = await t.db
      .select()
      .from(waitlistOffer)
      .where(and(eq(waitlistOffer.orgId, clinic.orgId), eq(waitlistOffer.status, "pending")));
    const here = pending.filter((o) => [first.id, second.id].includes(o.entryId));
    expect(here).toHaveLength(1);
    expect(here[0]?.entryId).toBe(first.id);
    expect((await entry(second.id)).status).toBe("waiting");
  });

  it("withdraws an offered entry, releases its hold and offers the time on", async () => {
    const pending = (await list()).entries.find(
      (e) => e.status === "offered" && e.client.name === "Lou Waiting",
    );
    expect(pending).toBeDefined();
    const res = await t.request("POST", `/api/waitlist/${pending?.id}/withdraw`, {
      cookie: reception.cookie,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("withdrawn");
    const max = (await list()).entries.find((e) => e.client.name === "Max Waiting");
    expect(max?.status).toBe("offered");
    const again = await t.request("POST", `/api/waitlist/${pending?.id}/withdraw`, {
      cookie: reception.cookie,
    });
    expect(again.status).toBe(200);
  });

  it("lets staff decline for the client, who keeps their place", async () => {
    const max = (await list()).entries.find((e) => e.client.name === "Max Waiting");
    const res = await t.request("POST", `/api/waitlist/${max?.id}/decline`, {
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("waiting");
    const none = await t.request("POST", `/api/waitlist/${max?.id}/accept`, {
      cookie: owner.cookie,
    });
    expect(none.status).toBe(409);
  });

  it("checks what is joined", async () => {
    const nia = await newClient("Nia");
    const backwards = await join({ clientId: nia, earliestDate: addDays(day, 3), latestDate: day });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).errors[0].field).toBe("latestDate");
    const past = await join({
      clientId: nia,
      earliestDate: "2020-01-01",
      latestDate: "2020-01-02",
    });
    expect(past.status).toBe(422);
    const other = await book(await newClient("Oz"), alex, at(addDays(day, 9), "09:00"));
    const notTheirs = await join({
      clientId: nia,
      appointmentId: other.id,
      earliestDate: day,
      latestDate: day,
    });
    expect(notTheirs.status).toBe(422);
    const offers = await t.request("GET", `/api/waitlist/${(await list()).entries[0]?.id}/offers`, {
      cookie: reception.cookie,
    });
    expect(offers.status).toBe(200);
  });

  it("keeps another clinic's waitlist out of reach", async () => {
    const other = await t.addClinic("Other Clinic");
    const stranger = await t.addStaff(other.orgId, "owner");
    const mine = (await list()).entries[0]?.id as string;
    for (const [method, path] of [
      ["GET", `/api/waitlist/${mine}/offers`],
      ["POST", `/api/waitlist/${mine}/withdraw`],
      ["POST", `/api/waitlist/${mine}/accept`],
      ["POST", `/api/waitlist/${mine}/decline`],
      ["GET", `/api/waitlist?locationId=${clinic.locationId}`],
    ] as const) {
      const res = await t.request(method, path, { cookie: stranger.cookie });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const theirs = await join(
      { clientId: await newClient("Pip"), earliestDate: day, latestDate: day },
      stranger.cookie,
    );
    expect(theirs.status).toBe(404);
    const own = await (await t.request("GET", "/api/waitlist", { cookie: stranger.cookie })).json();
    expect(own.entries).toEqual([]);
  });

  it("limits how often one address may try offer links", async () => {
    let last = 0;
    for (let i = 0; i < 61; i++)
      last = (await publicCall("GET", "B".repeat(43), "", "198.18.0.9")).status;
    expect(last).toBe(429);
  });

  it("audits reads of the waitlist and each offer made", async () => {
    const rows = await t.db.execute(
      sql`select action, entity from audit_log where org_id = ${clinic.orgId} and entity in ('waitlist', 'waitlist_entry', 'waitlist_offer')`,
    );
    const seen = new Set(rows.rows.map((r) => `${r.action} ${r.entity}`));
    for (const want of [
      "read waitlist",
      "create waitlist_entry",
      "offer waitlist_entry",
      "decline waitlist_offer",
      "expire waitlist_offer",
      "accept waitlist_offer",
      "withdraw waitlist_entry",
    ]) {
      expect(seen, want).toContain(want);
    }
  });
});
