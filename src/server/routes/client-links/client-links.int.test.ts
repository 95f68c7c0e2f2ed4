import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsultationPrep } from "../../../shared/contracts/client-prep.ts";
import { auditLog, outboxMessage } from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;

let t: TestApp;
let orgId: string;
let prac: Staff;
let reception: Staff;
let otherOwner: Staff;

async function newConsultation(email: string | null) {
  const client = await (
    await t.request("POST", "/api/clients", {
      cookie: prac.cookie,
      body: { firstName: "Robin", lastName: "Hart", ...(email ? { email } : {}) },
    })
  ).json();
  const k = await (
    await t.request("POST", "/api/consultations", {
      cookie: prac.cookie,
      body: { clientId: client.id, mode: "video" },
    })
  ).json();
  return k.id as string;
}

const list = async (consultationId: string, cookie = prac.cookie) =>
  (await (
    await t.request("GET", `/api/client-links?consultationId=${consultationId}`, { cookie })
  ).json()) as ConsultationPrep;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Harbour Studio");
  orgId = clinic.orgId;
  prac = await t.addStaff(orgId, "practitioner");
  reception = await t.addStaff(orgId, "receptionist");
  otherOwner = await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner");
});
afterAll(() => t?.close());

describe("staff prep links", () => {
  it("lets reception email a link, discreetly, and shows it as sent then opened", async () => {
    const consultationId = await newConsultation("robin@example.test");
    const res = await t.request("POST", "/api/client-links", {
      cookie: reception.cookie,
      body: { consultationId },
    });
    expect(res.status).toBe(201);
    const made = await res.json();
    expect(made.sentTo).toBe("robin@example.test");
    expect(made.url).toMatch(new RegExp(`^${TEST_ORIGIN}/prep/[A-Za-z0-9_-]{43}$`));
    const [mail] = await t.db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.orgId, orgId), eq(outboxMessage.recipient, "robin@example.test")))
      .orderBy(desc(outboxMessage.createdAt));
    expect(mail?.subject).toBe("Before your appointment at Harbour Studio");
    expect(mail?.bodyText).toContain(made.url);
    for (const word of [/hair/i, /scalp/i, /pigment/i, /smp/i, /treatment/i]) {
      expect(mail?.subject).not.toMatch(word);
      expect(mail?.bodyText).not.toMatch(word);
    }
    let prep = await list(consultationId, reception.cookie);
    expect(prep.links).toHaveLength(1);
    expect(prep.links[0]).toMatchObject({
      status: "open",
      openedAt: null,
      scopes: ["intake", "photos"],
    });
    expect(prep.links[0]?.sentAt).not.toBeNull();
    expect(prep.links[0]?.createdByName).toBe(reception.name);
    const token = made.url.split("/prep/")[1];
    expect((await t.request("GET", `/api/public/prep/${token}`)).status).toBe(200);
    prep = await list(consultationId);
    expect(prep.links[0]?.openedAt).not.toBeNull();
    expect(prep).toMatchObject({ intakeDone: false, photosDone: false, clientPhotoCount: 0 });
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "client_link"), eq(auditLog.entityId, made.id)));
    expect(audited.map((a) => a.action).sort()).toEqual(["create", "read", "send"]);
  });

  it("refuses to email a client without an address, but can make a link to copy", async () => {
    const consultationId = await newConsultation(null);
    const res = await t.request("POST", "/api/client-links", {
      cookie: prac.cookie,
      body: { consultationId },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/no email address/);
    expect((await list(consultationId)).links).toHaveLength(0);
    const copy = await t.request("POST", "/api/client-links", {
      cookie: prac.cookie,
      body: { consultationId, send: false, scopes: ["photos"] },
    });
    expect(copy.status).toBe(201);
    expect((await copy.json()).sentTo).toBeNull();
    expect((await list(consultationId)).links[0]?.scopes).toEqual(["photos"]);
  });

  it("revokes a link; another clinic can neither list nor revoke it", async () => {
    const consultationId = await newConsultation("r2@example.test");
    const made = await (
      await t.request("POST", "/api/client-links", {
        cookie: prac.cookie,
        body: { consultationId, send: false },
      })
    ).json();
    const foreign = await t.request("POST", `/api/client-links/${made.id}/revoke`, {
      cookie: otherOwner.cookie,
    });
    expect(foreign.status).toBe(404);
    const foreignList = await t.request(
      "GET",
      `/api/client-links?consultationId=${consultationId}`,
      { cookie: otherOwner.cookie },
    );
    expect(foreignList.status).toBe(404);
    expect(
      (await t.request("POST", `/api/client-links/${made.id}/revoke`, { cookie: prac.cookie }))
        .status,
    ).toBe(204);
    expect((await list(consultationId)).links[0]?.status).toBe("revoked");
    const bad = await t.request("POST", "/api/client-links", {
      cookie: prac.cookie,
      body: { consultationId, scopes: [] },
    });
    expect(bad.status).toBe(400);
  });
});
