import { and, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffAlertDetail, StaffAlertList } from "../../../shared/contracts/alerts.ts";
import type { PublicCheckIn } from "../../../shared/contracts/check-ins.ts";
import { auditLog, checkIn, outboxMessage, scalpPhoto } from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { hashCheckInToken, newCheckInToken } from "../../use-cases/check-ins/check-in-token.ts";

type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;
const DAY = 86_400_000;

let t: TestApp;
let orgId: string;
let practitioner: Staff;
let colleague: Staff;
let reception: Staff;
let otherClinicPrac: Staff;
let clientId: string;
let appointmentId: string;
let nextDay = 3;
let ipCounter = 0;
/** A fresh peer address per test, so the rate limit only bites where a test means it to. */
const freshIp = () => `203.0.113.${++ipCounter}`;

/** Plants a check-in for the test appointment, as the planner does, and returns its link token. */
async function plant(opts: { expiresIn?: number; cancelled?: boolean } = {}) {
  const token = newCheckInToken();
  const now = Date.now();
  await t.db.insert(checkIn).values({
    orgId,
    clientId,
    appointmentId,
    day: nextDay++,
    tokenHash: hashCheckInToken(token),
    dueAt: new Date(now - DAY),
    expiresAt: new Date(now + (opts.expiresIn ?? 7 * DAY)),
    cancelledAt: opts.cancelled ? new Date(now) : null,
  });
  return token;
}

function answer(
  token: string,
  fields: Record<string, string>,
  photo?: { data: Uint8Array; type: string },
  ip = freshIp(),
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (photo)
    form.append("photo", new Blob([Uint8Array.from(photo.data)], { type: photo.type }), "p.jpg");
  return t.app.request(
    `/api/public/check-ins/${token}/answer`,
    { method: "POST", headers: { origin: TEST_ORIGIN }, body: form },
    { incoming: { socket: { remoteAddress: ip, remotePort: 1, remoteFamily: "IPv4" } } },
  );
}

const get = (token: string, ip = freshIp()) =>
  t.request("GET", `/api/public/check-ins/${token}`, { ip });

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Checkin Clinic");
  orgId = clinic.orgId;
  const owner = await t.addStaff(orgId, "owner");
  practitioner = await t.addStaff(orgId, "practitioner", "Pat Practitioner");
  colleague = await t.addStaff(orgId, "practitioner", "Col League");
  reception = await t.addStaff(orgId, "receptionist");
  otherClinicPrac = await t.addStaff((await t.addClinic("Elsewhere")).orgId, "practitioner");
  const created = await t.request("POST", "/api/clients", {
    cookie: owner.cookie,
    body: { firstName: "Robin", lastName: "Secretname", email: "robin@example.test" },
  });
  clientId = (await created.json()).id;
  const booked = await t.request("POST", "/api/appointments", {
    cookie: owner.cookie,
    body: {
      clientId,
      serviceId: clinic.services.find((s) => s.name === "Consultation")?.id,
      locationId: clinic.locationId,
      practitionerId: practitioner.memberId,
      roomId: clinic.rooms[0]?.id,
      startsAt: "2031-03-04T10:00:00Z",
    },
  });
  expect(booked.status, await booked.clone().text()).toBe(201);
  appointmentId = (await booked.json()).id;
});
afterAll(() => t?.close());

describe("public check-in link", () => {
  it("shows discreet details: clinic, first name, day; no surname; the read is audited", async () => {
    const token = await plant();
    const res = await get(token);
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    const body = (await res.json()) as PublicCheckIn;
    expect(body).toMatchObject({
      status: "open",
      firstName: "Robin",
      answer: null,
      clinic: { name: "Checkin Clinic" },
      timeZone: "Europe/London",
    });
    expect(text).not.toContain("Secretname");
    const [row] = await t.db
      .select()
      .from(checkIn)
      .where(eq(checkIn.tokenHash, hashCheckInToken(token)));
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "check_in"), eq(auditLog.entityId, row?.id ?? "")));
    expect(reads.map((r) => r.action)).toContain("read");
  });

  it("answers 404 for an unknown link and 400 for a malformed one", async () => {
    expect((await get(newCheckInToken())).status).toBe(404);
    expect((await get("short")).status).toBe(400);
  });

  it("takes one answer only", async () => {
    const token = await plant();
    const first = await answer(token, { answer: "fine" });
    expect(first.status, await first.clone().text()).toBe(200);
    expect(((await first.json()) as PublicCheckIn).status).toBe("answered");
    const second = await answer(token, { answer: "concern", note: "changed my mind" });
    expect(second.status).toBe(410);
    expect(second.headers.get("content-type")).toContain("application/problem+json");
    const [row] = await t.db
      .select()
      .from(checkIn)
      .where(eq(checkIn.tokenHash, hashCheckInToken(token)));
    expect(row?.answer).toBe("fine");
    expect(row?.note).toBe("");
  });

  it("refuses an expired or withdrawn check-in", async () => {
    const expired = await plant({ expiresIn: -60_000 });
    expect(((await (await get(expired)).json()) as PublicCheckIn).status).toBe("expired");
    expect((await answer(expired, { answer: "fine" })).status).toBe(410);
    const withdrawn = await plant({ cancelled: true });
    expect(((await (await get(withdrawn)).json()) as PublicCheckIn).status).toBe("withdrawn");
    expect((await answer(withdrawn, { answer: "fine" })).status).toBe(410);
  });

  it("refuses a bad answer or a non-image photo, leaving the check-in open", async () => {
    const token = await plant();
    expect((await answer(token, { answer: "maybe" })).status).toBe(400);
    const notImage = await answer(
      token,
      { answer: "concern" },
      { data: new TextEncoder().encode("not a picture"), type: "image/jpeg" },
    );
    expect(notImage.status).toBeGreaterThanOrEqual(400);
    expect(notImage.status).toBeLessThan(500);
    expect(((await (await get(token)).json()) as PublicCheckIn).status).toBe("open");
  });

  it("limits answers per address", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await answer(newCheckInToken(), { answer: "fine" }, undefined, ip)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe("a concern alerts the practitioner", () => {
  let alertId: string;
  let token: string;

  it("stores the note and photo, raises an alert and emails the practitioner discreetly", async () => {
    token = await plant();
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 120, g: 90, b: 80 } },
    })
      .jpeg()
      .toBuffer();
    const res = await answer(
      token,
      { answer: "concern", note: "A patch looks raised", view: "crown" },
      { data: jpeg, type: "image/jpeg" },
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const [row] = await t.db
      .select()
      .from(checkIn)
      .where(eq(checkIn.tokenHash, hashCheckInToken(token)));
    expect(row).toMatchObject({ answer: "concern", note: "A patch looks raised" });
    expect(row?.photoId).toBeTruthy();
    const [photo] = await t.db
      .select()
      .from(scalpPhoto)
      .where(eq(scalpPhoto.id, row?.photoId ?? ""));
    expect(photo).toMatchObject({ clientId, view: "crown", orgId });

    const mail = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, practitioner.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("A client has asked you to get in touch");
    const everything = `${mail[0]?.subject} ${mail[0]?.bodyText} ${mail[0]?.bodyHtml}`;
    for (const secret of ["Robin", "Secretname", "patch", "scalp", "pigment", "hair"])
      expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(mail[0]?.bodyText).toContain(`/clients/${clientId}`);
    // Nobody else is emailed about it.
    const others = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, colleague.email));
    expect(others).toHaveLength(0);
  });

  it("lists the alert unread for the practitioner only, with no health data in the list", async () => {
    const res = await t.request("GET", "/api/alerts", { cookie: practitioner.cookie });
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    const list = (await res.json()) as StaffAlertList;
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: "check_in_concern",
      forMe: true,
      readAt: null,
      client: { id: clientId, name: "Robin Secretname" },
    });
    expect(text).not.toContain("raised");
    alertId = list.items[0]?.id ?? "";
    const theirs = (await (
      await t.request("GET", "/api/alerts", { cookie: colleague.cookie })
    ).json()) as StaffAlertList;
    expect(theirs).toEqual({ items: [], unread: 0 });
    expect((await t.request("GET", "/api/alerts", { cookie: reception.cookie })).status).toBe(403);
  });

  it("shows what the client said in the alert's detail, and audits that read", async () => {
    const res = await t.request("GET", `/api/alerts/${alertId}`, { cookie: practitioner.cookie });
    expect(res.status).toBe(200);
    const detail = (await res.json()) as StaffAlertDetail;
    expect(detail.answer).toMatchObject({ answer: "concern", note: "A patch looks raised" });
    expect(detail.answer?.photoId).toBeTruthy();
    const [audits] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "check_in"), eq(auditLog.actorUserId, practitioner.userId)));
    expect(audits?.n).toBe(1);
    expect(
      (await t.request("GET", `/api/alerts/${alertId}`, { cookie: colleague.cookie })).status,
    ).toBe(404);
  });

  it("keeps another clinic out of the alert", async () => {
    const cookie = otherClinicPrac.cookie;
    expect((await t.request("GET", `/api/alerts/${alertId}`, { cookie })).status).toBe(404);
    expect((await t.request("POST", `/api/alerts/${alertId}/read`, { cookie })).status).toBe(404);
    const list = (await (
      await t.request("GET", "/api/alerts", { cookie })
    ).json()) as StaffAlertList;
    expect(list.items).toHaveLength(0);
  });

  it("marks it read", async () => {
    const res = await t.request("POST", `/api/alerts/${alertId}/read`, {
      cookie: practitioner.cookie,
    });
    expect(res.status).toBe(204);
    const list = (await (
      await t.request("GET", "/api/alerts", { cookie: practitioner.cookie })
    ).json()) as StaffAlertList;
    expect(list.unread).toBe(0);
    expect(list.items[0]).toMatchObject({ id: alertId, readBy: "Pat Practitioner" });
    expect(list.items[0]?.readAt).toBeTruthy();
  });

  it("a fine answer raises no alert", async () => {
    const fine = await plant();
    expect((await answer(fine, { answer: "fine" })).status).toBe(200);
    const list = (await (
      await t.request("GET", "/api/alerts", { cookie: practitioner.cookie })
    ).json()) as StaffAlertList;
    expect(list.items).toHaveLength(1);
  });
});
