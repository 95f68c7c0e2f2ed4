import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appointment,
  auditLog,
  bookingRequest,
  client,
  clientLink,
  consultation,
  outboxMessage,
  slotHold,
} from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import {
  api,
  type BookingClinic,
  bookableDay,
  bookingClinic,
  details,
  freeTimes,
  heldWithCode,
  latestCode,
  problem,
} from "./public-booking.fixtures.ts";

let t: TestApp;
let c: BookingClinic;
let times: string[];
beforeAll(async () => {
  t = await createTestApp();
  c = await bookingClinic(t);
  times = await freeTimes(t, c);
});
afterAll(() => t?.close());

let next = 0;
const nextTime = () => times[next++ % times.length] as string;
const uniqueEmail = () => `stranger-${Math.random().toString(36).slice(2, 8)}@example.test`;

describe("public booking: the whole flow", () => {
  it("holds, emails a code, confirms once, books the consultation and returns the prep link", async () => {
    const email = uniqueEmail();
    const startsAt = nextTime();
    const a = api(t, c.slug);
    const held = await a.hold({
      serviceId: c.consultationId,
      locationId: c.locationId,
      practitionerId: "any",
      startsAt,
    });
    expect(held.status).toBe(201);
    const view = await held.json();
    expect(view).toMatchObject({
      status: "pending",
      startsAt,
      serviceName: "Consultation",
      practitionerName: "Sam Practitioner",
      codeSentTo: null,
    });
    const [hold] = await t.db
      .select()
      .from(slotHold)
      .where(eq(slotHold.groupId, (await requestRow(view.requestId)).holdGroupId));
    expect(hold?.purpose).toBe("public_booking");

    const sent = await a.details(view.requestId, details(email));
    expect(sent.status).toBe(200);
    const after = await sent.json();
    expect(after.codeSentTo).toBe(email);
    expect(after.resendAfterSeconds).toBeGreaterThan(0);
    // The hold now lasts as long as the code.
    expect(Date.parse(after.holdExpiresAt)).toBeGreaterThanOrEqual(Date.parse(after.codeExpiresAt));

    const [mail] = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, email));
    expect(mail?.subject).toBe("Your booking code for Booking clinic");
    const code = await latestCode(t, email);
    const stored = await requestRow(view.requestId);
    expect(stored.codeHash).not.toContain(code);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);

    const res = await a.confirm(view.requestId, code);
    expect(res.status).toBe(200);
    const done = await res.json();
    expect(done.prepUrl.startsWith(`${TEST_ORIGIN}/prep/`)).toBe(true);
    expect(done.appointment).toMatchObject({
      startsAt,
      serviceName: "Consultation",
      mode: "video",
      modeLabel: "Video call",
      practitionerName: "Sam Practitioner",
    });
    expect(done.appointment.whenText).toMatch(/ at \d{2}:\d{2}$/);

    const row = await requestRow(view.requestId);
    expect(row.status).toBe("confirmed");
    expect(row.codeHash).toBeNull();
    const [appt] = await t.db
      .select()
      .from(appointment)
      .where(eq(appointment.id, done.appointment.id));
    expect(appt).toMatchObject({ clientId: row.clientId, status: "booked", createdBy: null });
    const [consult] = await t.db
      .select()
      .from(consultation)
      .where(eq(consultation.id, row.consultationId as string));
    expect(consult).toMatchObject({ mode: "video", heldOn: bookableDay(), clientId: row.clientId });
    const [cl] = await t.db
      .select()
      .from(client)
      .where(eq(client.id, row.clientId as string));
    expect(cl).toMatchObject({ firstName: "Alex", lastName: "Stranger", email });
    const links = await t.db
      .select()
      .from(clientLink)
      .where(eq(clientLink.consultationId, consult?.id as string));
    expect(links.map((l) => l.scopes)).toEqual([["intake", "photos"]]);
    // The hold is released; the prep link goes in its own discreet email.
    expect(await t.db.select().from(slotHold).where(eq(slotHold.groupId, row.holdGroupId))).toEqual(
      [],
    );
    const prepMail = await t.db
      .select()
      .from(outboxMessage)
      .where(
        and(
          eq(outboxMessage.recipient, email),
          eq(outboxMessage.subject, "Before your appointment at Booking clinic"),
        ),
      );
    expect(prepMail[0]?.bodyText).toContain(done.prepUrl);
    // Audited with no staff actor.
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.orgId, c.orgId));
    const mine = audits.filter((e) =>
      [appt?.id, consult?.id, row.id, row.clientId].includes(e.entityId ?? ""),
    );
    expect(mine.map((e) => `${e.action} ${e.entity}`).sort()).toEqual(
      expect.arrayContaining([
        "confirm booking_request",
        "create appointment",
        "create client",
        "create consultation",
      ]),
    );
    expect(mine.every((e) => e.actorUserId === null)).toBe(true);

    // Single use: confirming again never books twice.
    const again = await problem(await a.confirm(view.requestId, code), 409);
    expect(again.detail).toContain("already confirmed");
    expect(
      await t.db
        .select()
        .from(appointment)
        .where(eq(appointment.clientId, row.clientId as string)),
    ).toHaveLength(1);
  });

  it("links an existing client with the verified email instead of creating another", async () => {
    const email = uniqueEmail();
    const [existing] = await t.db
      .insert(client)
      .values({
        orgId: c.orgId,
        firstName: "Known",
        lastName: "Client",
        email: email.toUpperCase(),
      })
      .returning();
    const { requestId, code, a } = await heldWithCode(t, c, nextTime(), email);
    expect((await a.confirm(requestId, code)).status).toBe(200);
    expect((await requestRow(requestId)).clientId).toBe(existing?.id);
  });
});

describe("public booking: codes", () => {
  it("refuses a wrong code with the tries left, then locks the request after five", async () => {
    const email = uniqueEmail();
    const { requestId, code, a } = await heldWithCode(t, c, nextTime(), email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let left = 4; left >= 1; left--) {
      const p = await problem(await a.confirm(requestId, wrong), 422);
      expect(p.detail).toContain(`${left} ${left === 1 ? "try" : "tries"} left`);
    }
    const locked = await problem(await a.confirm(requestId, wrong), 410);
    expect(locked.detail).toContain("Please start again");
    // Even the right code no longer works, and the time is free again.
    expect((await problem(await a.confirm(requestId, code), 410)).code).toBe("locked");
    const row = await requestRow(requestId);
    expect(row.status).toBe("abandoned");
    expect(await t.db.select().from(slotHold).where(eq(slotHold.groupId, row.holdGroupId))).toEqual(
      [],
    );
  });

  it("refuses an expired code clearly, and a new code then works", async () => {
    const email = uniqueEmail();
    const { requestId, code, a } = await heldWithCode(t, c, nextTime(), email);
    await t.db
      .update(bookingRequest)
      .set({
        codeExpiresAt: new Date(Date.now() - 1000),
        lastCodeSentAt: new Date(Date.now() - 60_000),
      })
      .where(eq(bookingRequest.id, requestId));
    const p = await problem(await a.confirm(requestId, code), 422);
    expect(p).toMatchObject({ title: "Code expired" });
    expect((await a.resend(requestId)).status).toBe(200);
    const fresh = await latestCode(t, email);
    expect((await a.confirm(requestId, fresh)).status).toBe(200);
  });

  it("limits resends per request: 30 seconds apart and five codes in all (429 with Retry-After)", async () => {
    const email = uniqueEmail();
    const { requestId, a } = await heldWithCode(t, c, nextTime(), email);
    const tooSoon = await a.resend(requestId);
    const p = await problem(tooSoon, 429);
    expect(p.detail).toMatch(/wait \d+ seconds/);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
    for (let sent = 2; sent <= 5; sent++) {
      await rewindLastCode(requestId);
      expect((await a.resend(requestId)).status).toBe(200);
    }
    await rewindLastCode(requestId);
    expect((await problem(await a.resend(requestId), 429)).detail).toContain("No more codes");
  });

  it("limits codes per email address and per network address an hour", async () => {
    const email = uniqueEmail();
    const first = await heldWithCode(t, c, nextTime(), email);
    await t.db
      .update(bookingRequest)
      .set({ codesSent: 8 })
      .where(eq(bookingRequest.id, first.requestId));
    const a = api(t, c.slug);
    const held = await (
      await a.hold({ serviceId: c.consultationId, locationId: c.locationId, startsAt: nextTime() })
    ).json();
    const byEmail = await a.details(held.requestId, details(email));
    expect((await problem(byEmail, 429)).detail).toContain("this email address");
    expect(Number(byEmail.headers.get("retry-after"))).toBeGreaterThan(0);

    await t.db
      .update(bookingRequest)
      .set({ codesSent: 20 })
      .where(eq(bookingRequest.id, first.requestId));
    const sameNetwork = api(t, c.slug, first.a.ip);
    const other = await (
      await sameNetwork.hold({
        serviceId: c.consultationId,
        locationId: c.locationId,
        startsAt: nextTime(),
      })
    ).json();
    expect(
      (await problem(await sameNetwork.details(other.requestId, details(uniqueEmail())), 429))
        .detail,
    ).toContain("this network");
  });
});

describe("public booking: a time taken meanwhile", () => {
  it("lets only one of two people hold a time, and refuses the other's confirm when its hold lapsed", async () => {
    const startsAt = nextTime();
    const first = await heldWithCode(t, c, startsAt, uniqueEmail());
    const b = api(t, c.slug);
    const body = {
      serviceId: c.consultationId,
      locationId: c.locationId,
      practitionerId: c.practitioner.memberId,
      startsAt,
    };
    const refused = await problem(await b.hold(body), 409);
    expect(refused.detail).toBe("That time has just been taken — please choose another.");

    // The first hold lapses; the second person holds and books the time.
    const firstRow = await requestRow(first.requestId);
    await t.db
      .update(slotHold)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(slotHold.groupId, firstRow.holdGroupId));
    const secondEmail = uniqueEmail();
    const second = await heldWithCode(t, c, startsAt, secondEmail);
    expect((await second.a.confirm(second.requestId, second.code)).status).toBe(200);

    const taken = await problem(await first.a.confirm(first.requestId, first.code), 409);
    expect(taken.detail).toBe("That time has just been taken — please choose another.");
    // Nothing half-written for the first person: no client, no consultation, no appointment.
    expect(await t.db.select().from(client).where(eq(client.email, firstRow.email))).toEqual([]);
    expect((await requestRow(first.requestId)).status).toBe("expired");
    const booked = await t.db
      .select()
      .from(appointment)
      .where(and(eq(appointment.orgId, c.orgId), eq(appointment.startsAt, new Date(startsAt))));
    expect(booked).toHaveLength(1);
  });
});

async function requestRow(id: string) {
  const [row] = await t.db.select().from(bookingRequest).where(eq(bookingRequest.id, id));
  if (!row) throw new Error("no such request");
  return row;
}

async function rewindLastCode(id: string) {
  await t.db
    .update(bookingRequest)
    .set({ lastCodeSentAt: new Date(Date.now() - 31_000) })
    .where(eq(bookingRequest.id, id));
}
