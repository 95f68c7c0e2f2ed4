import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicPrep } from "../../../shared/contracts/client-prep.ts";
import { auditLog, clientLink, consultation, scalpPhoto } from "../../db/schema/index.ts";
import { createTenant } from "../../db/tenant.ts";
import { healthyAnswers } from "../../testing/consultation-fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { createClientLink, pendingPrepFor } from "../../use-cases/client-links/links.ts";
import {
  carriesMetadata,
  hasGpsIfd,
  jpegWithGps,
  plainPng,
} from "../../use-cases/photos/test-images.ts";

type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;
const DAY = 86_400_000;

let t: TestApp;
let orgA: string;
let orgB: string;
let pracA: Staff;
let pracB: Staff;
let ipCounter = 0;
/** A fresh peer address per call, so the per-address limits only bite where a test means them to. */
const ip = () => `203.0.113.${(++ipCounter % 250) + 1}`;
const bindings = () => ({
  incoming: { socket: { remoteAddress: ip(), remotePort: 1, remoteFamily: "IPv4" } },
});

async function newConsultation(staff: Staff, email: string | null = "sam@example.test") {
  const client = await (
    await t.request("POST", "/api/clients", {
      cookie: staff.cookie,
      body: { firstName: "Sam", lastName: "Client", ...(email ? { email } : {}) },
    })
  ).json();
  const k = await (
    await t.request("POST", "/api/consultations", {
      cookie: staff.cookie,
      body: { clientId: client.id, mode: "video" },
    })
  ).json();
  return { clientId: client.id as string, consultationId: k.id as string };
}

async function link(
  orgId: string,
  staff: Staff,
  scopes: ("intake" | "photos")[] = ["intake", "photos"],
) {
  const ids = await newConsultation(staff);
  const made = await createClientLink(
    createTenant(t.db, orgId),
    { ...ids, scopes, createdBy: staff.userId },
    new Date(),
  );
  return { ...ids, ...made };
}

const call = (method: string, path: string, body?: unknown) =>
  t.app.request(
    `/api/public/prep/${path}`,
    {
      method,
      headers: {
        origin: TEST_ORIGIN,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    bindings(),
  );

function upload(token: string, view: string, data: Uint8Array, viewLabel?: string) {
  const form = new FormData();
  form.append("view", view);
  if (viewLabel !== undefined) form.append("viewLabel", viewLabel);
  form.append("photo", new Blob([Uint8Array.from(data)], { type: "image/jpeg" }), "p.jpg");
  return t.app.request(
    `/api/public/prep/${token}/photos`,
    { method: "POST", headers: { origin: TEST_ORIGIN }, body: form },
    bindings(),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await t.addClinic("Alpha Studio");
  const b = await t.addClinic("Bravo Studio");
  orgA = a.orgId;
  orgB = b.orgId;
  pracA = await t.addStaff(orgA, "practitioner");
  pracB = await t.addStaff(orgB, "practitioner");
});
afterAll(() => t?.close());

describe("public prep page", () => {
  it("shows the clinic, first name, scopes and questionnaire, and audits the read", async () => {
    const l = await link(orgA, pracA);
    expect(l.url).toBe(`${TEST_ORIGIN}/prep/${l.token}`);
    const [row] = await t.db.select().from(clientLink).where(eq(clientLink.id, l.id));
    expect(row?.tokenHash).not.toContain(l.token);
    expect(row?.tokenHash).toHaveLength(64);
    const res = await call("GET", l.token);
    expect(res.status).toBe(200);
    const page = (await res.json()) as PublicPrep;
    expect(page.clinic.name).toBe("Alpha Studio");
    expect(page.firstName).toBe("Sam");
    expect(page.scopes).toEqual(["intake", "photos"]);
    expect(page.intake.questionnaire.sections.length).toBeGreaterThan(0);
    expect(page.intake.locked).toBe(false);
    expect(page.photos).toEqual([]);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "client_link"), eq(auditLog.entityId, l.id)));
    expect(reads.some((r) => r.action === "read" && r.actorUserId === null)).toBe(true);
  });

  it("answers unknown, expired and revoked links with friendly 404/410 problems", async () => {
    const unknown = await call("GET", "A".repeat(43));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toMatch(/does not match/);
    const expired = await link(orgA, pracA);
    await t.db
      .update(clientLink)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(clientLink.id, expired.id));
    const e = await call("GET", expired.token);
    expect(e.status).toBe(410);
    expect((await e.json()).detail).toMatch(/expired/);
    expect((await upload(expired.token, "top", await plainPng(64, 48))).status).toBe(410);
    const revoked = await link(orgA, pracA);
    const r = await t.request("POST", `/api/client-links/${revoked.id}/revoke`, {
      cookie: pracA.cookie,
    });
    expect(r.status).toBe(204);
    const g = await call("GET", revoked.token);
    expect(g.status).toBe(410);
    expect((await g.json()).detail).toMatch(/withdrawn/);
    expect(
      (await call("PUT", `${revoked.token}/intake`, { questionnaireVersion: 1, answers: {} }))
        .status,
    ).toBe(410);
  });

  it("saves answers as the client's, validates them and runs the screening", async () => {
    const l = await link(orgA, pracA);
    const bad = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 1,
      answers: { no_such_question: true },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].field).toBe("answers.no_such_question");
    const badVersion = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 99,
      answers: {},
    });
    expect(badVersion.status).toBe(400);
    // Progress may be partial; a final save must answer every required question.
    const partial = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 1,
      answers: { anticoagulants: true },
    });
    expect(partial.status).toBe(200);
    const notDone = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 1,
      answers: { anticoagulants: true },
      final: true,
    });
    expect(notDone.status).toBe(400);
    const answers = healthyAnswers({ anticoagulants: true, anticoagulant_details: "Warfarin" });
    const done = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 1,
      answers,
      final: true,
    });
    expect(done.status).toBe(200);
    const page = (await done.json()) as PublicPrep;
    expect(page.intake.submittedAt).not.toBeNull();
    expect(page.intake.answers.anticoagulants).toBe(true);
    // The page never shows the screening outcome to the client.
    expect(JSON.stringify(page)).not.toContain("verdict");
    const [k] = await t.db.select().from(consultation).where(eq(consultation.id, l.consultationId));
    expect(k?.intakeSource).toBe("client");
    expect(k?.intakeVersion).toBe(1);
    expect(k?.screening?.reasons.some((r) => r.ruleId === "anticoagulants")).toBe(true);
    // The practitioner sees it on the consultation.
    const detail = await (
      await t.request("GET", `/api/consultations/${l.consultationId}`, { cookie: pracA.cookie })
    ).json();
    expect(detail.intake.source).toBe("client");
    expect(detail.screening).not.toBeNull();
  });

  it("never overwrites an intake the practitioner has reviewed", async () => {
    const l = await link(orgA, pracA);
    await call("PUT", `${l.token}/intake`, { questionnaireVersion: 1, answers: healthyAnswers() });
    const [k] = await t.db.select().from(consultation).where(eq(consultation.id, l.consultationId));
    // The practitioner confirms the answers: the intake becomes the clinic's record.
    const confirmed = await t.request("PUT", `/api/consultations/${l.consultationId}/intake`, {
      cookie: pracA.cookie,
      body: { questionnaireVersion: 1, answers: healthyAnswers(), version: k?.version },
    });
    expect(confirmed.status).toBe(200);
    const page = (await (await call("GET", l.token)).json()) as PublicPrep;
    expect(page.intake.locked).toBe(true);
    const again = await call("PUT", `${l.token}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers({ anticoagulants: true, anticoagulant_details: "changed" }),
    });
    expect(again.status).toBe(409);
    const [after] = await t.db
      .select()
      .from(consultation)
      .where(eq(consultation.id, l.consultationId));
    expect(after?.intakeSource).toBe("staff");
    expect(after?.intakeAnswers?.anticoagulants).toBe(false);
  });

  it("stores client photos upright with EXIF/GPS stripped, as the client's, and lets them retake", async () => {
    const l = await link(orgA, pracA);
    const res = await upload(l.token, "crown", await jpegWithGps(640, 480));
    expect(res.status).toBe(201);
    const page = (await res.json()) as PublicPrep;
    expect(page.photos).toHaveLength(1);
    expect(page.photos[0]?.thumbUrl).toContain("/api/files/photos/");
    const [row] = await t.db
      .select()
      .from(scalpPhoto)
      .where(eq(scalpPhoto.id, page.photos[0]?.id ?? ""));
    expect(row).toMatchObject({
      source: "client",
      consultationId: l.consultationId,
      uploadedBy: null,
      view: "crown",
      orgId: orgA,
    });
    // Stored upright (orientation 6 applied: portrait) and without any metadata.
    expect(row?.width).toBeLessThan(row?.height ?? 0);
    for (const key of [row?.fileKey ?? "", row?.thumbKey ?? ""]) {
      const stored = await t.deps.files.get(key);
      expect(stored).not.toBeNull();
      expect(carriesMetadata(stored as Buffer)).toBe(false);
      const meta = await sharp(stored as Buffer).metadata();
      expect(hasGpsIfd(meta.exif)).toBe(false);
      expect(meta.orientation ?? 1).toBe(1);
    }
    // A scar needs its label; a non-image is refused; nothing half-written.
    expect((await upload(l.token, "scar", await plainPng(64, 48))).status).toBe(400);
    expect((await upload(l.token, "scar", await plainPng(64, 48), "Left side scar")).status).toBe(
      201,
    );
    expect((await upload(l.token, "top", new TextEncoder().encode("not an image"))).status).toBe(
      422,
    );
    // Retake: the client removes their own photo.
    const del = await call("DELETE", `${l.token}/photos/${page.photos[0]?.id}`);
    expect(del.status).toBe(200);
    expect(((await del.json()) as PublicPrep).photos.map((p) => p.view)).toEqual(["scar"]);
    // Finishing the photos part.
    const done = await call("POST", `${l.token}/done`, { part: "photos" });
    expect(done.status).toBe(200);
    expect(((await done.json()) as PublicPrep).photosSubmittedAt).not.toBeNull();
  });

  it("keeps a link to its own consultation and clinic", async () => {
    const a = await link(orgA, pracA);
    const b = await link(orgB, pracB);
    // B's photo is out of reach of A's link, even by id.
    const bUp = (await (await upload(b.token, "top", await plainPng(64, 48))).json()) as PublicPrep;
    const bPhoto = bUp.photos[0]?.id ?? "";
    expect((await call("DELETE", `${a.token}/photos/${bPhoto}`)).status).toBe(404);
    const [still] = await t.db.select().from(scalpPhoto).where(eq(scalpPhoto.id, bPhoto));
    expect(still?.deletedAt).toBeNull();
    // A clinic photo of A's own client, uploaded by staff, cannot be removed through the link.
    const form = new FormData();
    form.append("file", new Blob([Uint8Array.from(await plainPng(64, 48))]), "a.png");
    form.append("view", "top");
    form.append("consultationId", a.consultationId);
    const staffPhoto = await (
      await t.app.request(`/api/clients/${a.clientId}/photos`, {
        method: "POST",
        headers: { cookie: pracA.cookie, origin: TEST_ORIGIN },
        body: form,
      })
    ).json();
    expect((await call("DELETE", `${a.token}/photos/${staffPhoto.id}`)).status).toBe(404);
    // A's page lists only A's client photos, none of B's and not the clinic's.
    const aPage = (await (await call("GET", a.token)).json()) as PublicPrep;
    expect(aPage.photos).toEqual([]);
    expect(JSON.stringify(aPage)).not.toContain("Bravo");
    // Answers through A's link land on A's consultation only.
    await call("PUT", `${a.token}/intake`, { questionnaireVersion: 1, answers: healthyAnswers() });
    const [bk] = await t.db
      .select()
      .from(consultation)
      .where(eq(consultation.id, b.consultationId));
    expect(bk?.intakeAnswers).toBeNull();
  });

  it("limits a link to its scopes", async () => {
    const photosOnly = await link(orgA, pracA, ["photos"]);
    const res = await call("PUT", `${photosOnly.token}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers(),
    });
    expect(res.status).toBe(403);
    const intakeOnly = await link(orgA, pracA, ["intake"]);
    expect((await upload(intakeOnly.token, "top", await plainPng(64, 48))).status).toBe(403);
  });

  it("gives the portal a fresh link for what is still to do", async () => {
    const l = await link(orgA, pracA);
    const tenant = createTenant(t.db, orgA);
    const pending = await pendingPrepFor(tenant, l.clientId, new Date());
    expect(pending).toHaveLength(1);
    const [p] = pending;
    expect(p).toMatchObject({ consultationId: l.consultationId, intakeDone: false });
    expect(p?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 12 * 3_600_000 + 1000);
    const token = p?.url.split("/prep/")[1] ?? "";
    expect((await call("GET", token)).status).toBe(200);
    // The portal's links do not clutter the clinic's list.
    const listed = await (
      await t.request("GET", `/api/client-links?consultationId=${l.consultationId}`, {
        cookie: pracA.cookie,
      })
    ).json();
    expect(listed.links).toHaveLength(1);
    await call("PUT", `${token}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers(),
      final: true,
    });
    await upload(token, "top", await plainPng(64, 48));
    await call("POST", `${token}/done`, { part: "photos" });
    expect(await pendingPrepFor(tenant, l.clientId, new Date(Date.now() + DAY))).toEqual([]);
  });
});
