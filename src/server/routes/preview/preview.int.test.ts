import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PREVIEW_PARAMS } from "../../../domain/preview/index.ts";
import type { PreviewDesign } from "../../../domain/preview/types.ts";
import { auditLog, previewDesign } from "../../db/schema/index.ts";
import { healthyAnswers, sampleAssessment } from "../../testing/consultation-fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { plainPng } from "../../use-cases/photos/test-images.ts";

let t: TestApp;
let prac: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: string;
let otherClinic: string;
let clientId: string;
let consultationId: string;
let photo: { id: string; width: number; height: number };

async function signature() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150"><path d="M20 100 C 80 10, 140 140, 200 60 S 320 20, 380 110" stroke="#000" stroke-width="6" fill="none"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

async function uploadPhoto(cookie: string, client: string, png: Buffer) {
  const form = new FormData();
  form.append("file", new Blob([Uint8Array.from(png)], { type: "image/png" }), "scalp.png");
  form.append("view", "front_hairline");
  const res = await t.app.request(`/api/clients/${client}/photos`, {
    method: "POST",
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).id as string;
}

async function newClient(cookie: string) {
  const res = await t.request("POST", "/api/clients", {
    cookie,
    body: { firstName: "Pat", lastName: `Preview${Math.random().toString(36).slice(2, 6)}` },
  });
  return (await res.json()).id as string;
}

/** A hairline across the upper third and a painted band below it, in the photo's pixels. */
function designFor(width: number, height: number): PreviewDesign {
  const y = height * 0.3;
  return {
    imageWidth: width,
    imageHeight: height,
    calibration: { a: { x: width * 0.2, y }, b: { x: width * 0.8, y }, mm: 120 },
    pxPerMm: (width * 0.6) / 120,
    hairline: [
      { x: width * 0.15, y: y + 20 },
      { x: width * 0.5, y },
      { x: width * 0.85, y: y + 20 },
    ],
    helpers: { mid_frontal: { x: width * 0.5, y } },
    strokes: [
      {
        mode: "paint",
        radiusPx: height * 0.15,
        points: [
          { x: width * 0.2, y: y + height * 0.12 },
          { x: width * 0.8, y: y + height * 0.12 },
        ],
      },
    ],
  };
}

const put = (body: unknown, cookie = prac.cookie, id = consultationId) =>
  t.request("PUT", `/api/consultations/${id}/preview`, { cookie, body });
const get = (cookie = prac.cookie, id = consultationId) =>
  t.request("GET", `/api/consultations/${id}/preview`, { cookie });

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Preview Clinic");
  prac = await t.addStaff(clinic.orgId, "practitioner", "Alex Preview");
  reception = (await t.addStaff(clinic.orgId, "receptionist")).cookie;
  otherClinic = (await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner")).cookie;
  clientId = await newClient(prac.cookie);
  const c = await (
    await t.request("POST", "/api/consultations", {
      cookie: prac.cookie,
      body: { clientId, mode: "in_person" },
    })
  ).json();
  consultationId = c.id;
  // Larger than the 2048 px render limit, so the server must scale the design down.
  const id = await uploadPhoto(prac.cookie, clientId, await plainPng(2400, 1600, "#c9a07e"));
  photo = { id, width: 2400, height: 1600 };
});
afterAll(() => t?.close());

describe("SMP preview design", () => {
  it("is for clinical roles only, and starts empty with the clinic defaults", async () => {
    expect((await get(reception)).status).toBe(403);
    expect((await put({}, reception)).status).toBe(403);
    const res = await get();
    expect(res.status).toBe(200);
    const state = await res.json();
    expect(state.preview).toBeNull();
    expect(state.readOnlyReason).toBeNull();
    expect(state.defaults.densityPerCm2).toBe(DEFAULT_PREVIEW_PARAMS.densityPerCm2);
  });

  it("validates the design, the photo and the client", async () => {
    const design = designFor(photo.width, photo.height);
    let res = await put({
      photoId: photo.id,
      design,
      params: { ...DEFAULT_PREVIEW_PARAMS, densityPerCm2: -4 },
      version: 0,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toMatch(/params\.densityPerCm2/);

    res = await put({
      photoId: photo.id,
      design: { ...design, imageWidth: 1000 },
      params: DEFAULT_PREVIEW_PARAMS,
      version: 0,
    });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/photo is 2400×1600/);

    const someoneElse = await newClient(prac.cookie);
    const theirs = await uploadPhoto(prac.cookie, someoneElse, await plainPng(64, 48));
    res = await put({ photoId: theirs, design, params: DEFAULT_PREVIEW_PARAMS, version: 0 });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/another client/);

    // Another clinic's photo is not there at all, nor is another clinic's consultation.
    const elsewhereClient = await newClient(otherClinic);
    const elsewherePhoto = await uploadPhoto(otherClinic, elsewhereClient, await plainPng(64, 48));
    res = await put({
      photoId: elsewherePhoto,
      design,
      params: DEFAULT_PREVIEW_PARAMS,
      version: 0,
    });
    expect(res.status).toBe(404);
    res = await put(
      { photoId: photo.id, design, params: DEFAULT_PREVIEW_PARAMS, version: 0 },
      otherClinic,
    );
    expect(res.status).toBe(404);
    expect((await get(otherClinic)).status).toBe(404);
  });

  it("saves, renders in Node within 2048 px, and refuses a stale version", async () => {
    const design = designFor(photo.width, photo.height);
    let res = await put({ photoId: photo.id, design, params: DEFAULT_PREVIEW_PARAMS, version: 0 });
    expect(res.status, await res.clone().text()).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({ version: 1, status: "draft", photoId: photo.id });
    expect(saved.design).toEqual(design);

    const fullRes = await t.request("GET", saved.renderUrl);
    expect(fullRes.status).toBe(200);
    expect(fullRes.headers.get("content-type")).toBe("image/jpeg");
    // Impressions (pixels clearly darker than the skin) fill the painted band below the hairline
    // and none appear on the untouched skin above it.
    const full = Buffer.from(await fullRes.arrayBuffer());
    expect(await sharp(full).metadata()).toMatchObject({ width: 2048, height: 1365 });
    const darkShare = async (top: number) => {
      const region = { left: 700, top, width: 600, height: 80 };
      const { data } = await sharp(full)
        .extract(region)
        .raw()
        .toBuffer({ resolveWithObject: true });
      let dark = 0;
      for (let i = 0; i < data.length; i += 3) {
        if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < (0xc9 + 0xa0 + 0x7e) * 0.85)
          dark++;
      }
      return dark / (data.length / 3);
    };
    expect(await darkShare(60)).toBe(0);
    expect(await darkShare(540)).toBeGreaterThan(0.03);
    const thumb = await t.request("GET", saved.renderThumbUrl);
    expect(await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).toMatchObject({
      width: 400,
    });

    // A forged or cross-clinic signature is refused.
    expect((await t.request("GET", saved.renderUrl.replace(/sig=./, "sig=A"))).status).toBe(403);

    res = await put({ photoId: photo.id, design, params: DEFAULT_PREVIEW_PARAMS, version: 0 });
    expect(res.status).toBe(409);
    res = await put({
      photoId: photo.id,
      design,
      params: { ...DEFAULT_PREVIEW_PARAMS, densityPerCm2: 60 },
      version: 1,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).version).toBe(2);
    res = await put({ photoId: photo.id, design, params: DEFAULT_PREVIEW_PARAMS, version: 1 });
    expect(res.status).toBe(409);

    const state = await (await get()).json();
    expect(state.preview).toMatchObject({ version: 2, params: { densityPerCm2: 60 } });
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.entity, "preview-design"));
    expect(reads.map((r) => r.action)).toEqual(
      expect.arrayContaining(["read", "create", "update"]),
    );
    expect(JSON.stringify(reads)).not.toMatch(/hairline|strokes/);
  });

  it("goes into the plan PDF and is frozen when the client accepts the plan", async () => {
    const v = async () =>
      (
        await (
          await t.request("GET", `/api/consultations/${consultationId}`, { cookie: prac.cookie })
        ).json()
      ).version;
    let res = await t.request("PUT", `/api/consultations/${consultationId}/intake`, {
      cookie: prac.cookie,
      body: { questionnaireVersion: 1, answers: healthyAnswers(), version: await v() },
    });
    expect(res.status).toBe(200);
    res = await t.request("PUT", `/api/consultations/${consultationId}/assessment`, {
      cookie: prac.cookie,
      body: { assessment: sampleAssessment, version: await v() },
    });
    expect(res.status).toBe(200);
    res = await t.request("POST", `/api/consultations/${consultationId}/plan`, {
      cookie: prac.cookie,
    });
    const c = await res.json();
    res = await t.request("PUT", `/api/consultations/${consultationId}/expectations`, {
      cookie: prac.cookie,
      body: { ticked: c.expectationsMissing, version: c.version },
    });
    expect(res.status).toBe(200);
    const state = await (await get()).json();
    expect(state.planShadePct).toBe(c.plan.plan.pigment.strengthPct);

    // The client saw another version of the design than the one stored now: refused.
    const sig = await signature();
    const accept = (previewVersion: number) =>
      t.request("POST", `/api/plans/${c.plan.id}/accept`, {
        cookie: prac.cookie,
        body: {
          signedName: "Pat Preview",
          signature: sig,
          version: c.plan.version,
          previewVersion,
        },
      });
    res = await accept(1);
    expect(res.status).toBe(409);
    res = await accept(2);
    expect(res.status, await res.clone().text()).toBe(200);

    const pdf = Buffer.from(
      await (
        await t.request("GET", `/api/plans/${c.plan.id}/pdf`, { cookie: prac.cookie })
      ).arrayBuffer(),
    );
    // The stored rendering is embedded as it is (a JPEG stream) in the signed PDF.
    const render = Buffer.from(
      await (await t.request("GET", state.preview.renderUrl)).arrayBuffer(),
    );
    expect(render.length).toBeGreaterThan(1000);
    expect(pdf.includes(render.subarray(0, 4096))).toBe(true);

    const frozen = await (await get()).json();
    expect(frozen.preview).toMatchObject({ status: "frozen", planId: c.plan.id, version: 2 });
    expect(frozen.preview.frozenAt).not.toBeNull();
    expect(frozen.readOnlyReason).toMatch(/accepted/);
    res = await put({
      photoId: photo.id,
      design: frozen.preview.design,
      params: DEFAULT_PREVIEW_PARAMS,
      version: 2,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toMatch(/no longer be changed/);
    // The database refuses too, whatever the code path.
    await expect(
      t.db
        .update(previewDesign)
        .set({ version: 99 })
        .where(eq(previewDesign.consultationId, consultationId)),
    ).rejects.toThrow();
    const rows = await t.db.execute(
      sql`select version from preview_design where consultation_id = ${consultationId}`,
    );
    expect(rows.rows[0]?.version).toBe(2);
  });
});
