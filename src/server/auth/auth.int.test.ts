import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let orgId: string;

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), enough to act as an authenticator app. */
function totp(base32Secret: string, now = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of base32Secret.replace(/=+$/, "").toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)?.map((b) => Number.parseInt(b, 2)) ?? []);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_LIMIT: "3" });
  orgId = (await t.addClinic()).orgId;
});
afterAll(() => t?.close());

describe("staff sign-in", () => {
  it("sets an httpOnly, SameSite session cookie", async () => {
    const staff = await t.addStaff(orgId, "receptionist");
    const res = await t.request("POST", "/api/auth/sign-in/email", {
      body: { email: staff.email, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("rate-limits repeated sign-in attempts from one address", async () => {
    const ip = "203.0.113.9";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.request("POST", "/api/auth/sign-in/email", {
        body: { email: "nobody@example.test", password: "wrong-password-123" },
        ip,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(statuses).toContain(429);
  });

  it("has no public sign-up", async () => {
    const res = await t.request("POST", "/api/auth/sign-up/email", {
      body: { email: "stranger@example.test", password: "long-enough-password", name: "Stranger" },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("refuses cross-site writes (CSRF)", async () => {
    const staff = await t.addStaff(orgId, "receptionist");
    const res = await t.request("POST", "/api/clients", {
      cookie: staff.cookie,
      body: { firstName: "Cross", lastName: "Site" },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("resets a forgotten password through the emailed link", async () => {
    const staff = await t.addStaff(orgId, "practitioner");
    const ask = await t.request("POST", "/api/auth/request-password-reset", {
      body: { email: staff.email, redirectTo: "/reset-password" },
      ip: "203.0.113.10",
    });
    expect(ask.status).toBe(200);
    const outbox = await (
      await t.request("GET", `/api/dev/outbox?to=${encodeURIComponent(staff.email)}`)
    ).json();
    const mail = outbox.messages[0];
    expect(mail.subject).toBe("Reset your Stipple password");
    const link = /https?:\/\/\S+reset-password\/([^?\s]+)/.exec(mail.bodyText);
    expect(link).not.toBeNull();
    const reset = await t.request("POST", "/api/auth/reset-password", {
      body: { token: link?.[1], newPassword: "a-brand-new-password" },
    });
    expect(reset.status).toBe(200);
    await expect(t.signIn(staff.email, TEST_PASSWORD)).rejects.toThrow();
    expect(await t.signIn(staff.email, "a-brand-new-password")).toContain("session_token");
  });

  it("turns on two-factor sign-in and then requires the code", async () => {
    const staff = await t.addStaff(orgId, "owner");
    const enable = await t.request("POST", "/api/auth/two-factor/enable", {
      cookie: staff.cookie,
      body: { password: TEST_PASSWORD },
    });
    expect(enable.status).toBe(200);
    const { totpURI } = await enable.json();
    const secret = new URL(totpURI).searchParams.get("secret") ?? "";
    const confirm = await t.request("POST", "/api/auth/two-factor/verify-totp", {
      cookie: staff.cookie,
      body: { code: totp(secret) },
    });
    expect(confirm.status).toBe(200);

    const first = await t.request("POST", "/api/auth/sign-in/email", {
      body: { email: staff.email, password: TEST_PASSWORD },
      ip: "203.0.113.11",
    });
    expect((await first.json()).twoFactorRedirect).toBe(true);
    const pending = cookiesOf(first);
    const me = await t.request("GET", "/api/clients", { cookie: pending });
    expect(me.status).toBe(401);
    const verify = await t.request("POST", "/api/auth/two-factor/verify-totp", {
      cookie: pending,
      body: { code: totp(secret) },
      ip: "203.0.113.11",
    });
    expect(verify.status).toBe(200);
    const signedIn = await t.request("GET", "/api/clients", { cookie: cookiesOf(verify) });
    expect(signedIn.status).toBe(200);
  });
});

describe("Better Auth's organisation endpoints", () => {
  it("are closed: staff changes go through Stipple's own rules", async () => {
    const owner = await t.addStaff(orgId, "owner");
    for (const path of [
      "/api/auth/organization/invite-member",
      "/api/auth/organization/update-member-role",
      "/api/auth/organization/remove-member",
    ]) {
      const res = await t.request("POST", path, {
        cookie: owner.cookie,
        body: { organizationId: orgId, email: "x@example.test", role: "owner", memberId: "x" },
      });
      expect(res.status, path).toBe(404);
    }
  });
});
