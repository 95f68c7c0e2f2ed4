import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MESSAGING_SETTINGS } from "../../../domain/messaging/settings.ts";
import { auditLog, client } from "../../db/schema/index.ts";
import { pdfText } from "../../documents/aftercare-pdf-text.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { setMessagingPublicUrl } from "../../use-cases/messaging/public-url.ts";

let t: TestApp;
let c: Awaited<ReturnType<typeof clinicWithStaff>>;

async function clinicWithStaff() {
  const clinic = await t.addClinic("Quay Clinic");
  const [owner, admin, practitioner, receptionist] = await Promise.all([
    t.addStaff(clinic.orgId, "owner"),
    t.addStaff(clinic.orgId, "admin"),
    t.addStaff(clinic.orgId, "practitioner"),
    t.addStaff(clinic.orgId, "receptionist"),
  ]);
  return { clinic, orgId: clinic.orgId, owner, admin, practitioner, receptionist };
}

beforeAll(async () => {
  t = await createTestApp();
  setMessagingPublicUrl(t.env.PUBLIC_URL);
  c = await clinicWithStaff();
});
afterAll(async () => {
  setMessagingPublicUrl(null);
  await t?.close();
});

const req = (cookie: string, method: string, url: string, body?: unknown) =>
  t.request(method, url, { cookie, body });

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return res.json();
}

async function audits(entity: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, c.orgId), eq(auditLog.entity, entity)));
}

describe("message settings", () => {
  it("shows defaults to clinical staff, not to reception; owners and admins save with versions", async () => {
    await problem(await req(c.receptionist.cookie, "GET", "/api/messaging-settings"), 403);
    const res = await req(c.practitioner.cookie, "GET", "/api/messaging-settings");
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view).toMatchObject({
      settings: DEFAULT_MESSAGING_SETTINGS,
      version: 0,
      updatedAt: null,
    });
    expect(view.clinical).toEqual({
      includedTouchUps: [{ label: "Included touch-up", fromDay: 21, toDay: 90 }],
      recallMonths: 36,
      secondRecallMonths: 48,
    });

    const settings = { ...DEFAULT_MESSAGING_SETTINGS, sendTime: "10:00", discreet: false };
    await problem(
      await req(c.practitioner.cookie, "PUT", "/api/messaging-settings", { settings, version: 0 }),
      403,
    );
    const saved = await req(c.owner.cookie, "PUT", "/api/messaging-settings", {
      settings,
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ settings, version: 1 });
    const stale = await problem(
      await req(c.admin.cookie, "PUT", "/api/messaging-settings", { settings, version: 0 }),
      409,
    );
    expect(stale.detail).toMatch(/changed the message settings meanwhile/);
    const back = await req(c.admin.cookie, "PUT", "/api/messaging-settings", {
      settings: DEFAULT_MESSAGING_SETTINGS,
      version: 1,
    });
    expect(back.status).toBe(200);
    expect((await audits("messaging_settings")).map((a) => a.details)).toEqual([
      { version: 1, fields: ["discreet", "sendTime"] },
      { version: 2, fields: ["discreet", "sendTime"] },
    ]);
  });

  it("rejects impossible schedules with field errors", async () => {
    const bad = {
      ...DEFAULT_MESSAGING_SETTINGS,
      sendTime: "25:00",
      preCare: { ...DEFAULT_MESSAGING_SETTINGS.preCare, early: { enabled: true, daysBefore: 1 } },
      reminders: { channel: "pigeon", hoursBefore: [48, 48] },
    };
    const body = await problem(
      await req(c.owner.cookie, "PUT", "/api/messaging-settings", { settings: bad, version: 2 }),
      400,
    );
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "settings.preCare.early.daysBefore",
      "settings.reminders.channel",
      "settings.sendTime",
    ]);
  });
});

describe("message templates", () => {
  it("lists every template on both channels with defaults and placeholders", async () => {
    const res = await req(c.practitioner.cookie, "GET", "/api/message-templates");
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list.discreet).toBe(true);
    expect(list.items).toHaveLength(30);
    const reminder = list.items.find(
      (i: { key: string; channel: string }) => i.key === "reminder" && i.channel === "sms",
    );
    expect(reminder).toMatchObject({ kind: "reminder", customised: false, subject: "" });
    expect(reminder.placeholders.map((p: { name: string }) => p.name)).toContain("appointmentTime");
    await problem(await req(c.receptionist.cookie, "GET", "/api/message-templates"), 403);
  });

  it("keeps SMS text discreet, previews with sample data, saves and resets", async () => {
    const url = "/api/message-templates/reminder/sms";
    const revealing = { body: "Your SMP treatment is on {{appointmentDate}}" };
    const preview = await req(c.practitioner.cookie, "POST", `${url}/preview`, revealing);
    expect(preview.status).toBe(200);
    const shown = await preview.json();
    expect(shown.bodyText).toMatch(/^Your SMP treatment is on \w{3} \d{1,2} \w{3} \d{4}$/);
    expect(shown.smsSegments).toBe(1);
    expect(shown.problems[0].message).toMatch(/"SMP", "treatment"/);

    const refused = await problem(await req(c.owner.cookie, "PUT", url, revealing), 400);
    expect(refused.errors).toEqual([{ field: "body", message: expect.stringMatching(/discreet/) }]);
    const unknown = await problem(
      await req(c.owner.cookie, "PUT", url, { body: "See you {{tomorrowish}}" }),
      400,
    );
    expect(unknown.detail).toMatch(/\{\{tomorrowish\}\} cannot be used here/);
    await problem(await req(c.practitioner.cookie, "PUT", url, { body: "Hi" }), 403);
    await problem(
      await req(c.owner.cookie, "PUT", "/api/message-templates/nope/sms", { body: "x" }),
      404,
    );

    const own = { body: "{{clinicName}}: see you {{appointmentDate}} at {{appointmentTime}}." };
    const saved = await req(c.owner.cookie, "PUT", url, own);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ body: own.body, customised: true });
    const reset = await req(c.admin.cookie, "DELETE", url);
    expect(reset.status).toBe(200);
    expect(await reset.json()).toMatchObject({ customised: false, updatedAt: null });
    expect((await audits("message_template")).map((a) => [a.action, a.entityId])).toEqual([
      ["update", "reminder/sms"],
      ["delete", "reminder/sms"],
    ]);
  });
});

describe("a client's messages", () => {
  let clientId: string;
  let appointmentId: string;
  beforeAll(async () => {
    const today = new Date().toISOString().slice(0, 10);
    ({ clientId } = await clientWithAcceptedPlan(t, c.practitioner, c.orgId, today));
    await t.db
      .update(client)
      .set({ email: "kim@example.test", phone: "+447700900456" })
      .where(eq(client.id, clientId));
    const treatment = c.clinic.services.find((s) => s.kind === "treatment")?.id;
    // A Monday well ahead, 10:00 in London (GMT).
    const res = await req(c.receptionist.cookie, "POST", "/api/appointments", {
      clientId,
      serviceId: treatment,
      locationId: c.clinic.locationId,
      practitionerId: c.practitioner.memberId,
      roomId: c.clinic.rooms[0]?.id,
      startsAt: "2030-01-14T10:00:00Z",
    });
    expect(res.status).toBe(201);
    appointmentId = (await res.json()).id;
  });

  it("shows reception when messages go, but aftercare texts only to clinical staff", async () => {
    const url = `/api/clients/${clientId}/messages`;
    const forReception = await (await req(c.receptionist.cookie, "GET", url)).json();
    const aftercare = forReception.items.filter((m: { kind: string }) => m.kind === "aftercare");
    expect(aftercare.length).toBeGreaterThan(0);
    for (const m of aftercare) {
      expect(m).toMatchObject({
        subject: null,
        bodyText: null,
        contentHidden: true,
        status: "scheduled",
      });
    }
    const reminder = forReception.items.find((m: { step: string }) => m.step === "reminder-24h");
    expect(reminder.bodyText).toContain("Mon 14 Jan 2030 at 10:00");
    expect(reminder.scheduledFor).toBe("2030-01-13T10:00:00.000Z");
    // Soonest first: the confirmation heads the list.
    expect(forReception.items[0].kind).toBe("confirmation");
    expect(await audits("client_messages")).toEqual([]);

    const forPractitioner = await (await req(c.practitioner.cookie, "GET", url)).json();
    const day0 = forPractitioner.items.find((m: { step: string }) => m.step === "aftercare-day-0");
    expect(day0.bodyText).toContain("Keep your head dry");
    expect(day0.contentHidden).toBe(false);
    expect((await audits("client_messages")).map((a) => a.actorUserId)).toEqual([
      c.practitioner.userId,
    ]);
  });

  it("lets staff stop a scheduled message once", async () => {
    const items = (
      await (await req(c.receptionist.cookie, "GET", `/api/clients/${clientId}/messages`)).json()
    ).items;
    const reminder = items.find(
      (m: { step: string; channel: string }) => m.step === "reminder-48h" && m.channel === "sms",
    );
    const url = `/api/messages/${reminder.id}/cancel`;
    const res = await req(c.receptionist.cookie, "POST", url, {
      reason: "Client asked for no texts",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "cancelled",
      cancellable: false,
      cancelledReason: expect.stringMatching(/^Cancelled by .+: Client asked for no texts$/),
    });
    const again = await problem(await req(c.receptionist.cookie, "POST", url, {}), 409);
    expect(again.detail).toMatch(/already cancelled/);
    expect((await audits("outbox_message")).map((a) => a.action)).toEqual(["cancel"]);
  });

  it("prints the aftercare sheet for clinical staff only", async () => {
    const url = `/api/appointments/${appointmentId}/aftercare.pdf`;
    await problem(await req(c.receptionist.cookie, "GET", url), 403);
    const res = await req(c.practitioner.cookie, "GET", url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    // The booked end (13:00) until the session is signed off; day 4 is Fri 18 Jan 2030.
    expect(text).toContain("Aftercare after your session");
    // Booked on its own, not as part of a course: no session number, no touch-up window.
    expect(text).not.toContain("Session 1");
    expect(text).not.toContain("Included in your course");
    expect(text).toContain("Day 4: Fri 18 Jan 2030");
    expect(text).toContain("Quay Clinic");
    expect((await audits("aftercare_sheet")).map((a) => a.entityId)).toEqual([appointmentId]);
  });
});
