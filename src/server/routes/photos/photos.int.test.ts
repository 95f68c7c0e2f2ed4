import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scalpPhoto, treatmentSession } from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import {
  carriesMetadata,
  hasGpsIfd,
  jpegWithGps,
  plainPng,
} from "../../use-cases/photos/test-images.ts";
import { signerFor } from "./photos.handlers.ts";

let t: TestApp;
let orgId: string;
let owner: string;
let practitioner: string;
let receptionist: string;
let otherOwner: string;
let clientId: string;
let sessionId: string;

interface UploadFields {
  view?: string;
  viewLabel?: string;
  sessionId?: string;
  consent?: string;
}

function upload(cookie: string, data: Uint8Array, fields: UploadFields = {}, name = "p.jpg") {
  const form = new FormData();
  form.append("file", new Blob([Uint8Array.from(data)], { type: "image/jpeg" }), name);
  form.append("view", fields.view ?? "crown");
  for (const [k, v] of Object.entries(fields)) if (k !== "view" && v) form.append(k, v);
  return t.app.request(`/api/clients/${clientId}/photos`, {
    method: "POST",
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
}

async function problem(res: Response, status: number) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

async function photoCount() {
  const rows = await t.db.execute(sql`select count(*)::int as n from scalp_photo`);
  return rows.rows[0]?.n as number;
}

beforeAll(async () => {
  t = await createTestApp({ PHOTO_MAX_MB: "1" });
  const clinic = await t.addClinic("Photo Clinic");
  orgId = clinic.orgId;
  owner = (await t.addStaff(orgId, "owner")).cookie;
  const prac = await t.addStaff(orgId, "practitioner");
  practitioner = prac.cookie;
  receptionist = (await t.addStaff(orgId, "receptionist")).cookie;
  otherOwner = (await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner")).cookie;
  clientId = (
    await (
      await t.request("POST", "/api/clients", {
        cookie: owner,
        body: { firstName: "Photo", lastName: "Client" },
      })
    ).json()
  ).id;
  const appointment = await (
    await t.request("POST", "/api/appointments", {
      cookie: owner,
      body: {
        clientId,
        serviceId: clinic.services[0]?.id,
        locationId: clinic.locationId,
        practitionerId: prac.memberId,
        roomId: clinic.rooms[0]?.id,
        startsAt: "2031-03-04T10:00:00Z",
      },
    })
  ).json();
  const [session] = await t.db
    .insert(treatmentSession)
    .values({
      orgId,
      appointmentId: appointment.id,
      clientId,
      practitionerId: prac.memberId,
      checklist: {},
      startedAt: new Date("2031-03-04T10:05:00Z"),
    })
    .returning({ id: treatmentSession.id });
  sessionId = session?.id ?? "";
});
afterAll(() => t?.close());

describe("photo upload", () => {
  it("stores an upright copy with no EXIF, GPS or XMP, and a thumbnail", async () => {
    const original = await jpegWithGps(640, 480);
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);
    const res = await upload(practitioner, original, { view: "crown", sessionId });
    expect(res.status, await res.clone().text()).toBe(201);
    const { id } = await res.json();
    const [row] = await t.db.select().from(scalpPhoto).where(eq(scalpPhoto.id, id));
    expect(row).toMatchObject({ width: 480, height: 640, sessionId, consent: "clinical" });
    for (const key of [row?.fileKey ?? "", row?.thumbKey ?? ""]) {
      const stored = await t.deps.files.get(key);
      if (!stored) throw new Error(`no stored file ${key}`);
      const meta = await sharp(stored).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(meta.height).toBeGreaterThan(meta.width ?? 0);
      expect(carriesMetadata(stored)).toBe(false);
    }
    const audit = await t.db.execute(
      sql`select action from audit_log where entity = 'scalp-photo' and entity_id = ${id}`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(["create"]);
  });

  it("rejects a file that is not an image whatever it is called", async () => {
    const before = await photoCount();
    const body = await problem(
      await upload(owner, new TextEncoder().encode("%PDF-1.4 fake"), {}, "x.jpg"),
      422,
    );
    expect(body.detail).toMatch(/not a photo.*JPEG, PNG or WebP/i);
    expect(await photoCount()).toBe(before);
  });

  it("rejects oversized files naming the limit, before and after the body is read", async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(7);
    expect((await problem(await upload(owner, big), 413)).detail).toBe(
      "The photo must be at most 1 MB.",
    );
    const justOver = new Uint8Array(1024 * 1024 + 10).fill(7);
    expect((await problem(await upload(owner, justOver), 413)).detail).toBe(
      "The photo must be at most 1 MB.",
    );
  });

  it("rejects corrupt and truncated photos with a clear message", async () => {
    const whole = await jpegWithGps(800, 600);
    const body = await problem(await upload(owner, whole.subarray(0, whole.length / 2)), 422);
    expect(body.detail).toMatch(/damaged or only partly uploaded/);
  });

  it("validates the view and needs a label for scars", async () => {
    const png = await plainPng(300, 200);
    expect((await problem(await upload(owner, png, { view: "elbow" }), 400)).detail).toMatch(
      /^view/,
    );
    expect((await problem(await upload(owner, png, { view: "scar" }), 400)).detail).toMatch(
      /Name the scar/,
    );
    expect((await upload(owner, png, { view: "scar", viewLabel: "Left FUT scar" })).status).toBe(
      201,
    );
  });

  it("never lets a receptionist upload or read photos", async () => {
    const png = await plainPng(300, 200);
    await problem(await upload(receptionist, png), 403);
    await problem(
      await t.request("GET", `/api/clients/${clientId}/photos`, { cookie: receptionist }),
      403,
    );
  });
});

describe("photo listing, URLs and consent", () => {
  it("lists thumbnails with working signed URLs and audits each issue", async () => {
    const res = await t.request("GET", `/api/clients/${clientId}/photos?view=crown`, {
      cookie: practitioner,
    });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.length).toBe(1);
    expect(items[0].sessionStartedAt).toBe("2031-03-04T10:05:00.000Z");
    const img = await t.app.request(items[0].thumbUrl);
    expect(img.status).toBe(200);
    expect(img.headers.get("content-type")).toBe("image/jpeg");
    expect(img.headers.get("cache-control")).toBe("no-store, private");
    expect(img.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await img.arrayBuffer())).metadata()).width).toBe(300);

    const urls = await (
      await t.request("GET", `/api/photos/${items[0].id}/url`, { cookie: practitioner })
    ).json();
    const full = await t.app.request(urls.url);
    expect(full.status).toBe(200);
    expect((await sharp(Buffer.from(await full.arrayBuffer())).metadata()).width).toBe(480);
    const reads = await t.db.execute(
      sql`select count(*)::int as n from audit_log where entity = 'scalp-photo' and action = 'read'`,
    );
    expect(reads.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it("refuses forged, moved and expired links", async () => {
    const { items } = await (
      await t.request("GET", `/api/clients/${clientId}/photos`, { cookie: owner })
    ).json();
    const url = new URL(items[0].thumbUrl, TEST_ORIGIN);
    const forged = `${url.pathname.replace("/thumb", "/full")}${url.search}`;
    await problem(await t.app.request(forged), 403);
    const otherClinic = url.pathname.replace(orgId, "another-org");
    await problem(await t.app.request(`${otherClinic}${url.search}`), 403);
    const sig = url.searchParams.get("sig") ?? "";
    const flipped = `${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`;
    await problem(
      await t.app.request(`${url.pathname}?exp=${url.searchParams.get("exp")}&sig=${flipped}`),
      403,
    );
    const expired = signerFor(t.deps).sign(
      { orgId, photoId: items[0].id, variant: "thumb" },
      Date.now() - 1000,
    );
    const body = await problem(await t.app.request(expired), 410);
    expect(body.detail).toMatch(/expired/);
  });

  it("keeps withdrawn marketing consent out of marketing listings at once", async () => {
    const id = (
      await (
        await upload(owner, await plainPng(300, 200), {
          view: "top",
          consent: "marketing_anonymised",
        })
      ).json()
    ).id;
    const marketing = async () =>
      (
        await (
          await t.request("GET", `/api/clients/${clientId}/photos?use=marketing`, { cookie: owner })
        ).json()
      ).items.map((p: { id: string }) => p.id);
    expect(await marketing()).toEqual([id]);
    const res = await t.request("PATCH", `/api/photos/${id}`, {
      cookie: owner,
      body: { consent: "clinical" },
    });
    expect(res.status).toBe(204);
    expect(await marketing()).toEqual([]);
  });

  it("soft-deletes: gone from lists and its links stop working", async () => {
    const id = (await (await upload(owner, await plainPng(300, 200), { view: "back" })).json()).id;
    const urls = await (await t.request("GET", `/api/photos/${id}/url`, { cookie: owner })).json();
    expect((await t.request("DELETE", `/api/photos/${id}`, { cookie: owner })).status).toBe(204);
    await problem(await t.app.request(urls.thumbUrl), 404);
    const { items } = await (
      await t.request("GET", `/api/clients/${clientId}/photos?view=back`, { cookie: owner })
    ).json();
    expect(items).toEqual([]);
    const [row] = await t.db.select().from(scalpPhoto).where(eq(scalpPhoto.id, id));
    expect(row?.deletedAt).not.toBeNull();
    await problem(await t.request("DELETE", `/api/photos/${id}`, { cookie: owner }), 404);
  });

  it("keeps each clinic's photos to itself", async () => {
    const { items } = await (
      await t.request("GET", `/api/clients/${clientId}/photos`, { cookie: owner })
    ).json();
    const id = items[0].id;
    await problem(await t.request("GET", `/api/photos/${id}/url`, { cookie: otherOwner }), 404);
    await problem(
      await t.request("GET", `/api/clients/${clientId}/photos`, { cookie: otherOwner }),
      404,
    );
    await problem(
      await t.request("PATCH", `/api/photos/${id}`, {
        cookie: otherOwner,
        body: { consent: "marketing_anonymised" },
      }),
      404,
    );
    const form = new FormData();
    form.append("file", new Blob([Uint8Array.from(await plainPng(50, 50))]), "x.png");
    form.append("view", "top");
    const res = await t.app.request(`/api/clients/${clientId}/photos`, {
      method: "POST",
      headers: { cookie: otherOwner, origin: TEST_ORIGIN },
      body: form,
    });
    await problem(res, 404);
  });
});
