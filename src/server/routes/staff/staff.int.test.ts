import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

type Staff = Awaited<ReturnType<TestApp["addStaff"]>>;
let t: TestApp;
let orgId: string;
let owner: Staff;
let admin: Staff;
let practitioner: Staff;
let reception: Staff;
let outsider: Staff;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.addClinic("Staff Clinic")).orgId;
  owner = await t.addStaff(orgId, "owner", "Olive Owner");
  admin = await t.addStaff(orgId, "admin", "Ada Admin");
  practitioner = await t.addStaff(orgId, "practitioner", "Pat Practitioner");
  reception = await t.addStaff(orgId, "receptionist", "Rae Reception");
  outsider = await t.addStaff((await t.addClinic("Elsewhere")).orgId, "owner");
});
afterAll(() => t?.close());

const patch = (cookie: string, memberId: string, body: unknown) =>
  t.request("PATCH", `/api/staff/${memberId}`, { cookie, body });
const post = (cookie: string, url: string, body?: unknown) =>
  t.request("POST", url, { cookie, body });

describe("listing staff", () => {
  it("shows every member to any staff role, with pending invitations", async () => {
    await post(admin.cookie, "/api/staff/invitations", {
      email: "soon@example.test",
      role: "receptionist",
    });
    const res = await t.request("GET", "/api/staff", { cookie: reception.cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.map((s: { name: string }) => s.name)).toEqual([
      "Ada Admin",
      "Olive Owner",
      "Pat Practitioner",
      "Rae Reception",
    ]);
    expect(body.items[0]).toMatchObject({
      memberId: admin.memberId,
      userId: admin.userId,
      email: admin.email,
      role: "admin",
      active: true,
      twoFactorEnabled: false,
      hours: [],
    });
    expect(body.invitations).toEqual([
      expect.objectContaining({
        email: "soon@example.test",
        role: "receptionist",
        status: "pending",
        inviterName: "Ada Admin",
      }),
    ]);
  });
});

describe("invitations", () => {
  it("refuses current members and duplicate pending invitations with 409", async () => {
    const member = await post(owner.cookie, "/api/staff/invitations", {
      email: practitioner.email,
      role: "admin",
    });
    expect(member.status).toBe(409);
    const again = await post(owner.cookie, "/api/staff/invitations", {
      email: "SOON@example.test",
      role: "admin",
    });
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toContain("resend");
  });

  it("lets only an owner invite an owner, and never a receptionist invite anyone", async () => {
    expect(
      (
        await post(admin.cookie, "/api/staff/invitations", {
          email: "boss@example.test",
          role: "owner",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(reception.cookie, "/api/staff/invitations", {
          email: "x@example.test",
          role: "receptionist",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(owner.cookie, "/api/staff/invitations", {
          email: "boss@example.test",
          role: "owner",
        })
      ).status,
    ).toBe(201);
  });

  it("resends with a fresh expiry and a second email", async () => {
    const created = await (
      await post(owner.cookie, "/api/staff/invitations", {
        email: "resend@example.test",
        role: "practitioner",
      })
    ).json();
    const res = await post(admin.cookie, `/api/staff/invitations/${created.id}/resend`);
    expect(res.status).toBe(200);
    const renewed = await res.json();
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThanOrEqual(Date.parse(created.expiresAt));
    expect(renewed.inviterName).toBe("Ada Admin");
    const mail = await (await t.request("GET", "/api/dev/outbox?to=resend@example.test")).json();
    expect(mail.messages).toHaveLength(2);
  });

  it("hides other clinics' invitations (404)", async () => {
    const created = await (
      await post(owner.cookie, "/api/staff/invitations", {
        email: "mine@example.test",
        role: "practitioner",
      })
    ).json();
    expect(
      (await post(outsider.cookie, `/api/staff/invitations/${created.id}/resend`)).status,
    ).toBe(404);
    expect(
      (
        await t.request("DELETE", `/api/staff/invitations/${created.id}`, {
          cookie: outsider.cookie,
        })
      ).status,
    ).toBe(404);
  });
});

describe("role changes", () => {
  it("keeps owner-only, self and last-owner rules", async () => {
    // Admins cannot grant the owner role; nobody changes their own role.
    expect((await patch(admin.cookie, practitioner.memberId, { role: "owner" })).status).toBe(403);
    expect((await patch(owner.cookie, owner.memberId, { role: "admin" })).status).toBe(403);
    // Owner makes the admin an owner; then the admin (now owner) may demote the first owner.
    const promoted = await patch(owner.cookie, admin.memberId, { role: "owner" });
    expect(promoted.status).toBe(200);
    expect((await promoted.json()).role).toBe("owner");
    expect((await patch(admin.cookie, owner.memberId, { role: "admin" })).status).toBe(200);
    // Now admin is the only owner; the demoted owner (an admin) cannot touch owners.
    expect((await patch(owner.cookie, admin.memberId, { role: "admin" })).status).toBe(403);
    // Restore: the sole owner promotes Olive again.
    expect((await patch(admin.cookie, owner.memberId, { role: "owner" })).status).toBe(200);
    expect((await patch(owner.cookie, admin.memberId, { role: "admin" })).status).toBe(200);
  });

  it("never leaves a clinic without an active owner, even when two owners race", async () => {
    const clinic2 = (await t.addClinic("Duo Clinic")).orgId;
    const activeOwners = async () =>
      (
        await (await t.request("GET", "/api/staff", { cookie: watcher.cookie })).json()
      ).items.filter((s: { role: string; active: boolean }) => s.role === "owner" && s.active)
        .length;
    const watcher = await t.addStaff(clinic2, "receptionist");
    for (const action of ["demote", "deactivate"] as const) {
      const a = await t.addStaff(clinic2, "owner");
      const b = await t.addStaff(clinic2, "owner");
      // Leave exactly these two active owners.
      const list = (await (await t.request("GET", "/api/staff", { cookie: a.cookie })).json())
        .items;
      for (const s of list as { memberId: string; role: string; active: boolean }[]) {
        if (
          s.role === "owner" &&
          s.active &&
          s.memberId !== a.memberId &&
          s.memberId !== b.memberId
        ) {
          expect((await post(a.cookie, `/api/staff/${s.memberId}/deactivate`)).status).toBe(200);
        }
      }
      const act = (actor: Staff, target: Staff) =>
        action === "demote"
          ? patch(actor.cookie, target.memberId, { role: "admin" })
          : post(actor.cookie, `/api/staff/${target.memberId}/deactivate`);
      const statuses = (await Promise.all([act(a, b), act(b, a)])).map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      // The loser was refused: 409 (last owner) or, if it arrived later, 401/403 (no longer owner).
      expect([401, 403, 409]).toContain(statuses[1]);
      expect(await activeOwners()).toBe(1);
    }
  });

  it("changes the calendar colour and validates it", async () => {
    const ok = await patch(admin.cookie, practitioner.memberId, { calendarColour: "#123abc" });
    expect(ok.status).toBe(200);
    expect((await ok.json()).calendarColour).toBe("#123abc");
    expect(
      (await patch(admin.cookie, practitioner.memberId, { calendarColour: "red" })).status,
    ).toBe(400);
    expect((await patch(admin.cookie, practitioner.memberId, {})).status).toBe(400);
  });

  it("answers receptionists with 403 and other clinics' members with 404", async () => {
    expect(
      (await patch(reception.cookie, practitioner.memberId, { calendarColour: "#000000" })).status,
    ).toBe(403);
    expect(
      (await post(reception.cookie, `/api/staff/${practitioner.memberId}/deactivate`)).status,
    ).toBe(403);
    expect(
      (await patch(outsider.cookie, practitioner.memberId, { calendarColour: "#000000" })).status,
    ).toBe(404);
    expect(
      (await post(outsider.cookie, `/api/staff/${practitioner.memberId}/deactivate`)).status,
    ).toBe(404);
  });
});

describe("deactivation", () => {
  it("locks a member out at once and lets them back in after reactivation", async () => {
    const temp = await t.addStaff(orgId, "practitioner", "Temp Worker");
    expect((await t.request("GET", "/api/clients", { cookie: temp.cookie })).status).toBe(200);
    const res = await post(admin.cookie, `/api/staff/${temp.memberId}/deactivate`);
    expect(res.status).toBe(200);
    expect((await res.json()).active).toBe(false);
    // Their session was deleted, so the old cookie is no longer signed in.
    expect([401, 403]).toContain(
      (await t.request("GET", "/api/clients", { cookie: temp.cookie })).status,
    );
    // Signing in again still gives no access to this clinic.
    const fresh = await t.signIn(temp.email);
    expect((await t.request("GET", "/api/clients", { cookie: fresh })).status).toBe(403);

    expect((await post(admin.cookie, `/api/staff/${temp.memberId}/reactivate`)).status).toBe(200);
    const back = await t.signIn(temp.email);
    expect((await t.request("GET", "/api/clients", { cookie: back })).status).toBe(200);
  });

  it("refuses deactivating yourself and lets only owners deactivate owners", async () => {
    expect((await post(admin.cookie, `/api/staff/${admin.memberId}/deactivate`)).status).toBe(403);
    expect((await post(admin.cookie, `/api/staff/${owner.memberId}/deactivate`)).status).toBe(403);
  });
});
