import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMessage, portalVerification, rateLimit } from "../db/schema/index.ts";
import { latestPortalCode, portalSignIn } from "../testing/portal-session.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Acceptance 4 for sign-in: codes expire and are single-use, wrong codes are limited, code
 * requests are rate limited; a portal session is never a staff session and the other way round.
 */
let t: TestApp;
let orgId: string;
let slug: string;
let ownerCookie: string;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

async function addClient(cookie: string, firstName: string, email: string | null) {
  const res = await t.request("POST", "/api/clients", {
    cookie,
    body: { firstName, lastName: "Portal", ...(email ? { email } : {}) },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const askCode = (email: string, ip = freshIp(), s = slug) =>
  t.request("POST", `/api/portal/${s}/sign-in/code`, { body: { email }, ip });
const verify = (email: string, code: string, ip = freshIp()) =>
  t.request("POST", `/api/portal/${slug}/sign-in/verify`, { body: { email, code }, ip });
const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_LIMIT: "4" });
  const clinic = await t.addClinic("Portal Clinic");
  orgId = clinic.orgId;
  const owner = await t.addStaff(orgId, "owner");
  ownerCookie = owner.cookie;
  slug = (
    await t.db.execute<{ slug: string }>(sql`select slug from organization where id = ${orgId}`)
  ).rows[0]?.slug as string;
});
afterAll(() => t?.close());

describe("portal sign-in by emailed code", () => {
  it("signs a client in; the code email is discreet and names the clinic", async () => {
    const clientId = await addClient(ownerCookie, "Sam", "sam.portal@example.test");
    const session = await portalSignIn(t, { orgId, clientId });
    expect(session.cookie).toContain("stipple-portal");
    const me = await t.request("GET", `/api/portal/${slug}/me`, { cookie: session.cookie });
    expect(me.status, await me.clone().text()).toBe(200);
    expect(await me.json()).toMatchObject({ clientId, firstName: "Sam", clinic: { slug } });
    const [mail] = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, "sam.portal@example.test"));
    expect(mail?.subject).toBe("Your sign-in code for Portal Clinic");
    expect(`${mail?.subject} ${mail?.bodyText}`).not.toMatch(/hair|scalp|pigment|treatment|smp/i);
    // Stored hashed: the code itself is nowhere in the table.
    const code = await latestPortalCode(t, "sam.portal@example.test");
    const rows = await t.db.select().from(portalVerification);
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it("answers the same for an unknown email, and sends nothing", async () => {
    const res = await askCode("nobody@example.test");
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ sent: true, expiresInMinutes: 10 });
    const mails = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, "nobody@example.test"));
    expect(mails).toHaveLength(0);
  });

  it("answers 404 for an unknown clinic and 400 for a bad email", async () => {
    expect((await askCode("a@example.test", freshIp(), "no-such-clinic")).status).toBe(404);
    const bad = await askCode("not-an-email");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
  });

  it("takes a code once only", async () => {
    await addClient(ownerCookie, "Once", "once@example.test");
    expect((await askCode("once@example.test")).status).toBe(202);
    const code = (await latestPortalCode(t, "once@example.test")) as string;
    expect((await verify("once@example.test", code)).status).toBe(200);
    const again = await verify("once@example.test", code);
    // A used code is gone: it reads as not right (the client asks for a new one).
    expect(again.status).toBe(400);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    expect(cookieOf(again)).toBe("");
  });

  it("refuses an expired code", async () => {
    await addClient(ownerCookie, "Late", "late@example.test");
    expect((await askCode("late@example.test")).status).toBe(202);
    const code = (await latestPortalCode(t, "late@example.test")) as string;
    const [row] = await t.db
      .select()
      .from(portalVerification)
      .where(like(portalVerification.identifier, "%late@example.test"));
    // Ten minutes from the request.
    const minutes = ((row?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    await t.db
      .update(portalVerification)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(portalVerification.id, row?.id ?? ""));
    const res = await verify("late@example.test", code);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { reason: string }).reason).toBe("expired");
  });

  it("limits wrong guesses: after three the right code no longer works", async () => {
    await addClient(ownerCookie, "Guess", "guess@example.test");
    expect((await askCode("guess@example.test")).status).toBe(202);
    const code = (await latestPortalCode(t, "guess@example.test")) as string;
    const wrong = code === "000000" ? "111111" : "000000";
    const first = await verify("guess@example.test", wrong);
    expect(first.status).toBe(400);
    expect(((await first.json()) as { reason: string }).reason).toBe("wrong");
    await verify("guess@example.test", wrong);
    await verify("guess@example.test", wrong);
    const right = await verify("guess@example.test", code);
    expect(right.status).toBe(410);
    expect(cookieOf(right)).toBe("");
  });

  it("rate limits code requests per address, as a 429 problem, apart from staff keys", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await askCode(`r${i}@example.test`, ip)).status);
    expect(statuses.slice(0, 4)).toEqual([202, 202, 202, 202]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const limited = await askCode("r9@example.test", ip);
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const keys = await t.db
      .select({ key: rateLimit.key })
      .from(rateLimit)
      .where(like(rateLimit.key, `%${ip}%`));
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key.startsWith("portal|")).toBe(true);
  });

  it("rate limits code requests per email from many addresses", async () => {
    await addClient(ownerCookie, "Flood", "flood@example.test");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await askCode("flood@example.test")).status);
    expect(statuses.slice(0, 4)).toEqual([202, 202, 202, 202]);
    expect(statuses.at(-1)).toBe(429);
    const mails = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, "flood@example.test"));
    expect(mails).toHaveLength(4);
  });

  it("rate limits code checks per address", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await verify(`v${i}@example.test`, "123456", ip)).status);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it("blocks Better Auth's own code endpoints from browsers", async () => {
    const res = await t.request("POST", "/api/portal-auth/email-otp/send-verification-otp", {
      body: { email: "sam.portal@example.test", type: "sign-in" },
      headers: { "x-stipple-portal-org": orgId },
      ip: freshIp(),
    });
    expect(res.status).toBe(404);
  });
});

describe("portal and staff sessions never mix", () => {
  it("a portal cookie is not a staff session, and a staff cookie is not a portal session", async () => {
    const clientId = await addClient(ownerCookie, "Mix", "mix@example.test");
    const portal = await portalSignIn(t, { orgId, clientId });
    expect((await t.request("GET", "/api/clients", { cookie: portal.cookie })).status).toBe(401);
    expect((await t.request("GET", "/api/me", { cookie: portal.cookie })).status).toBe(401);
    const staffOnPortal = await t.request("GET", `/api/portal/${slug}/me`, { cookie: ownerCookie });
    expect(staffOnPortal.status).toBe(401);
    expect(staffOnPortal.headers.get("content-type")).toContain("application/problem+json");
    const both = await t.request("GET", `/api/portal/${slug}/me`, {
      cookie: `${ownerCookie}; ${portal.cookie}`,
    });
    expect(((await both.json()) as { clientId: string }).clientId).toBe(clientId);
  });

  it("signs out", async () => {
    const clientId = await addClient(ownerCookie, "Out", "out@example.test");
    const portal = await portalSignIn(t, { orgId, clientId });
    const out = await t.request("POST", "/api/portal-auth/sign-out", {
      cookie: portal.cookie,
      body: {},
    });
    expect(out.status).toBe(200);
    expect(
      (await t.request("GET", `/api/portal/${slug}/me`, { cookie: portal.cookie })).status,
    ).toBe(401);
  });
});

describe("requirePortalClient", () => {
  it("is 404 for an unknown clinic and 403 in a clinic where they are no client", async () => {
    const clientId = await addClient(ownerCookie, "Here", "here@example.test");
    const portal = await portalSignIn(t, { orgId, clientId });
    const other = await t.addClinic("Other Portal Clinic");
    const otherSlug = (
      await t.db.execute<{ slug: string }>(
        sql`select slug from organization where id = ${other.orgId}`,
      )
    ).rows[0]?.slug;
    expect(
      (await t.request("GET", "/api/portal/no-such-clinic/me", { cookie: portal.cookie })).status,
    ).toBe(404);
    expect(
      (await t.request("GET", `/api/portal/${otherSlug}/me`, { cookie: portal.cookie })).status,
    ).toBe(403);
  });

  it("asks two clients sharing one email to contact the clinic (409)", async () => {
    const first = await addClient(ownerCookie, "Twin", "twins@example.test");
    await addClient(ownerCookie, "Twain", "twins@example.test");
    expect((await askCode("twins@example.test")).status).toBe(202);
    const code = (await latestPortalCode(t, "twins@example.test")) as string;
    const signed = await verify("twins@example.test", code);
    expect(signed.status).toBe(200);
    const me = await t.request("GET", `/api/portal/${slug}/me`, { cookie: cookieOf(signed) });
    expect(me.status).toBe(409);
    expect(first).toBeTruthy();
    const links = await t.db.execute(
      sql`select 1 from portal_client_link where client_id = ${first}`,
    );
    expect(links.rows).toHaveLength(0);
  });
});
