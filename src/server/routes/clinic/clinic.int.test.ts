import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let owner: string;
let admin: string;
let receptionist: string;
let otherOwner: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Southampton SMP");
  orgId = clinic.orgId;
  owner = (await t.addStaff(orgId, "owner")).cookie;
  admin = (await t.addStaff(orgId, "admin")).cookie;
  receptionist = (await t.addStaff(orgId, "receptionist")).cookie;
  otherOwner = (await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner")).cookie;
});
afterAll(() => t?.close());

/** Sends a multipart upload of `data` as the `file` field. */
function upload(cookie: string, data: Uint8Array, type = "image/jpeg", name = "logo.jpg") {
  const form = new FormData();
  form.append("file", new Blob([Uint8Array.from(data)], { type }), name);
  return t.app.request("/api/clinic/logo", {
    method: "PUT",
    headers: { cookie, origin: "http://127.0.0.1:3999" },
    body: form,
  });
}

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

describe("GET /api/me", () => {
  it("returns the user, role and clinic with the first location's zone", async () => {
    const res = await t.request("GET", "/api/me", { cookie: receptionist });
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me.member.role).toBe("receptionist");
    expect(me.user.twoFactorEnabled).toBe(false);
    expect(me.clinic).toMatchObject({
      id: orgId,
      name: "Southampton SMP",
      locale: "en-GB",
      currency: "GBP",
      timeZone: "Europe/London",
      logoUrl: null,
    });
  });

  it("needs a signed-in user", async () => {
    await problem(await t.request("GET", "/api/me"), 401);
  });
});

describe("clinic details", () => {
  it("lets any staff read and owners/admins change them", async () => {
    const read = await t.request("GET", "/api/clinic", { cookie: receptionist });
    expect(read.status).toBe(200);
    expect((await read.json()).primaryColour).toBe("#1f6f78");

    const res = await t.request("PATCH", "/api/clinic", {
      cookie: admin,
      body: {
        name: "Solent SMP",
        legalName: "Solent SMP Ltd",
        email: "Hello@Solent.example",
        website: "https://solent.example",
        primaryColour: "#112233",
        locale: "en-IE",
        currency: "eur",
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: "Solent SMP",
      legalName: "Solent SMP Ltd",
      email: "hello@solent.example",
      primaryColour: "#112233",
      accentColour: "#c8873a",
      locale: "en-IE",
      currency: "EUR",
    });
    const me = await (await t.request("GET", "/api/me", { cookie: owner })).json();
    expect(me.clinic).toMatchObject({ name: "Solent SMP", currency: "EUR", locale: "en-IE" });

    const cleared = await t.request("PATCH", "/api/clinic", {
      cookie: owner,
      body: { website: "" },
    });
    expect((await cleared.json()).website).toBeNull();
  });

  it("refuses receptionists", async () => {
    const res = await t.request("PATCH", "/api/clinic", {
      cookie: receptionist,
      body: { name: "Mine now" },
    });
    const body = await problem(res, 403);
    expect(body.detail).toContain("receptionist");
  });

  it("rejects bad colours, locales, currencies and names with field errors", async () => {
    const res = await t.request("PATCH", "/api/clinic", {
      cookie: owner,
      body: { primaryColour: "red", locale: "english", currency: "POUNDS", name: "  " },
    });
    const body = await problem(res, 400);
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["currency", "locale", "name", "primaryColour"]);
    const unknown = await t.request("PATCH", "/api/clinic", {
      cookie: owner,
      body: { currency: "ZZZ" },
    });
    expect((await problem(unknown, 400)).errors[0].field).toBe("currency");
  });

  it("never answers odd values with a 5xx", async () => {
    const fields = [
      "name",
      "legalName",
      "email",
      "phone",
      "website",
      "primaryColour",
      "locale",
      "currency",
    ];
    const values = [null, 1e308, true, {}, [], "", "x".repeat(5000), "\u0000", "😀".repeat(300)];
    for (const field of fields) {
      for (const value of values) {
        const res = await t.request("PATCH", "/api/clinic", {
          cookie: owner,
          body: { [field]: value },
        });
        expect(res.status, `${field}=${JSON.stringify(value).slice(0, 20)}`).toBeLessThan(500);
      }
    }
    await t.request("PATCH", "/api/clinic", { cookie: owner, body: { name: "Solent SMP" } });
  });

  it("keeps each clinic's details apart", async () => {
    const other = await (await t.request("GET", "/api/clinic", { cookie: otherOwner })).json();
    expect(other.name).toBe("Elsewhere");
  });
});

describe("logo", () => {
  it("stores an upright PNG within 512×512 with no EXIF, and serves it", async () => {
    const jpeg = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: "#1f6f78" },
    })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "x", Artist: "Someone" } } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const res = await upload(owner, jpeg);
    expect(res.status).toBe(200);
    const clinic = await res.json();
    expect(clinic.logoUrl).toMatch(/^\/api\/clinic\/logo\?v=\d+$/);

    const served = await t.request("GET", clinic.logoUrl, { cookie: receptionist });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("private");
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta.format).toBe("png");
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Orientation 6 means "rotate 90°": the stored image is portrait, scaled to fit 512.
    expect([meta.width, meta.height]).toEqual([341, 512]);
  });

  it("replaces the old file and removes the logo on delete", async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 4, background: "#fff" } })
      .png()
      .toBuffer();
    const first = await (await upload(admin, png, "image/png", "a.png")).json();
    const before = await t.deps.files.get(await logoKey());
    expect(before).not.toBeNull();
    const oldKey = await logoKey();
    const second = await upload(admin, png, "image/png", "b.png");
    expect(second.status).toBe(200);
    expect(await t.deps.files.get(oldKey)).toBeNull();
    expect(first.logoUrl).toBeTruthy();

    expect((await t.request("DELETE", "/api/clinic/logo", { cookie: owner })).status).toBe(204);
    expect(
      (await (await t.request("GET", "/api/clinic", { cookie: owner })).json()).logoUrl,
    ).toBeNull();
    await problem(await t.request("GET", "/api/clinic/logo", { cookie: owner }), 404);
  });

  it("rejects files that are not images, other formats and oversized uploads", async () => {
    const text = new TextEncoder().encode("definitely not an image");
    expect((await problem(await upload(owner, text), 400)).detail).toContain("PNG, JPEG or WebP");
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    await problem(await upload(owner, gif, "image/gif", "x.gif"), 400);
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>',
    );
    await problem(await upload(owner, svg, "image/svg+xml", "x.svg"), 400);
    const truncated = (
      await sharp({ create: { width: 300, height: 300, channels: 3, background: "#123" } })
        .jpeg()
        .toBuffer()
    ).subarray(0, 200);
    await problem(await upload(owner, truncated), 400);
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    await problem(await upload(owner, big), 413);
    const json = await t.request("PUT", "/api/clinic/logo", { cookie: owner, body: { file: "x" } });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(500);
  });

  it("refuses receptionists", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    await problem(await upload(receptionist, png, "image/png"), 403);
    await problem(await t.request("DELETE", "/api/clinic/logo", { cookie: receptionist }), 403);
  });
});

async function logoKey(): Promise<string> {
  const { clinicSettings } = await import("../../db/schema/index.ts");
  const { eq } = await import("drizzle-orm");
  const [row] = await t.db
    .select({ key: clinicSettings.logoFile })
    .from(clinicSettings)
    .where(eq(clinicSettings.orgId, orgId));
  return row?.key ?? "";
}
