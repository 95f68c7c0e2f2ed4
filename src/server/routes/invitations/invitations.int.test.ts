import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitation } from "../../db/schema/index.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let owner: Awaited<ReturnType<TestApp["addStaff"]>>;

const NEW_PASSWORD = "a-long-new-password";

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Invite Clinic");
  owner = await t.addStaff(clinic.orgId, "owner", "Olive Owner");
});
afterAll(() => t?.close());

async function invite(email: string, role = "practitioner") {
  const res = await t.request("POST", "/api/staff/invitations", {
    cookie: owner.cookie,
    body: { email, role },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; email: string; role: string; expiresAt: string };
}

async function outbox(to: string) {
  const res = await t.request("GET", `/api/dev/outbox?to=${encodeURIComponent(to)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    transport: string;
    messages: { subject: string; bodyText: string; bodyHtml: string | null; recipient: string }[];
  };
}

describe("accepting an invitation", () => {
  it("invite → email → view → accept → sign in and use the API with the invited role", async () => {
    const email = "new.practitioner@example.test";
    const created = await invite("New.Practitioner@Example.test");
    expect(created).toMatchObject({ email, role: "practitioner", status: "pending" });

    const mail = await outbox(email);
    expect(mail.transport).toBe("dev-outbox");
    expect(mail.messages).toHaveLength(1);
    const message = mail.messages[0];
    expect(message?.subject).toBe("Join Invite Clinic on Stipple");
    expect(message?.bodyText).toContain(`${TEST_ORIGIN}/invite/${created.id}`);
    expect(message?.bodyText).toContain("Olive Owner has invited you");
    expect(message?.bodyText).toContain("as a practitioner");

    const view = await t.request("GET", `/api/invitations/${created.id}`);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      id: created.id,
      email,
      role: "practitioner",
      clinicName: "Invite Clinic",
      inviterName: "Olive Owner",
      status: "pending",
    });

    const accepted = await t.request("POST", `/api/invitations/${created.id}/accept`, {
      body: { name: "Pat Practitioner", password: NEW_PASSWORD },
    });
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toEqual({ email });

    const cookie = await t.signIn(email, NEW_PASSWORD);
    const clients = await t.request("GET", "/api/clients", { cookie });
    expect(clients.status).toBe(200);
    const staff = await (await t.request("GET", "/api/staff", { cookie })).json();
    const me = staff.items.find((s: { email: string }) => s.email === email);
    expect(me).toMatchObject({ name: "Pat Practitioner", role: "practitioner", active: true });
    expect(staff.invitations).toEqual([]);

    const again = await t.request("GET", `/api/invitations/${created.id}`);
    expect((await again.json()).status).toBe("accepted");
    const twice = await t.request("POST", `/api/invitations/${created.id}/accept`, {
      body: { name: "Someone Else", password: NEW_PASSWORD },
    });
    expect(twice.status).toBe(409);
  });

  it("refuses expired and cancelled invitations", async () => {
    const expired = await invite("late@example.test");
    await t.db
      .update(invitation)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitation.id, expired.id));
    expect((await (await t.request("GET", `/api/invitations/${expired.id}`)).json()).status).toBe(
      "expired",
    );
    const late = await t.request("POST", `/api/invitations/${expired.id}/accept`, {
      body: { name: "Late Person", password: NEW_PASSWORD },
    });
    expect(late.status).toBe(409);
    expect((await late.json()).detail).toContain("expired");

    const cancelled = await invite("withdrawn@example.test");
    const del = await t.request("DELETE", `/api/staff/invitations/${cancelled.id}`, {
      cookie: owner.cookie,
    });
    expect(del.status).toBe(204);
    expect((await (await t.request("GET", `/api/invitations/${cancelled.id}`)).json()).status).toBe(
      "canceled",
    );
    const refused = await t.request("POST", `/api/invitations/${cancelled.id}/accept`, {
      body: { name: "Withdrawn Person", password: NEW_PASSWORD },
    });
    expect(refused.status).toBe(409);
    // Neither attempt left an account behind.
    await expect(t.signIn("late@example.test", NEW_PASSWORD)).rejects.toThrow();
  });

  it("refuses an email that already has an account, and short passwords", async () => {
    const other = await t.addClinic("Other Clinic");
    const elsewhere = await t.addStaff(other.orgId, "admin");
    const created = await invite(elsewhere.email, "admin");
    const res = await t.request("POST", `/api/invitations/${created.id}/accept`, {
      body: { name: "Dual Person", password: NEW_PASSWORD },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toContain("already have a Stipple account");

    const fresh = await invite("shortpw@example.test");
    const short = await t.request("POST", `/api/invitations/${fresh.id}/accept`, {
      body: { name: "Short", password: "short" },
    });
    expect(short.status).toBe(400);
  });

  it("answers unknown invitation ids with 404", async () => {
    const res = await t.request("GET", "/api/invitations/00000000-0000-4000-8000-000000000000");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("dev outbox", () => {
  it("lists messages newest first", async () => {
    const all = await (await t.request("GET", "/api/dev/outbox")).json();
    expect(all.messages.length).toBeGreaterThan(1);
    const times = all.messages.map((m: { createdAt: string }) => m.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("is not served once SMTP is configured", async () => {
    const smtp = await createTestApp({ SMTP_HOST: "127.0.0.1", SMTP_PORT: "2525" });
    try {
      const res = await smtp.request("GET", "/api/dev/outbox");
      expect(res.status).toBe(404);
    } finally {
      await smtp.close();
    }
  });
});
