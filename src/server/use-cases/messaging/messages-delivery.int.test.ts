import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { giveawayWords } from "../../../domain/messaging/discreet.ts";
import { DEFAULT_MESSAGING_SETTINGS } from "../../../domain/messaging/settings.ts";
import { checkIn, client, clinicSettings, outboxMessage } from "../../db/schema/index.ts";
import { createTenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { dispatchDue } from "../../jobs/dispatch.ts";
import { startSmsSink, startSmtpSink } from "../../jobs/test-sinks.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { bookAppointment } from "../appointments/appointment-commands.ts";
import { hashCheckInToken } from "../check-ins/check-in-token.ts";
import { setMessagingPublicUrl } from "./public-url.ts";
import { saveMessagingSettings } from "./settings-store.ts";

/**
 * Acceptance: planned client messages leave through real transports — SMTP to a local
 * smtp-server and SMS to a local Twilio-compatible HTTP server — at the right local times across
 * the October and March clock changes, with discreet SMS text and subjects.
 */
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let sms: Awaited<ReturnType<typeof startSmsSink>>;
let staff: StaffContext;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let clientId: string;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  smtp = await startSmtpSink();
  sms = await startSmsSink();
  t = await createTestApp({
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMS_PROVIDER_URL: sms.url,
    SMS_ACCOUNT_SID: "AC0123456789",
    SMS_AUTH_TOKEN: "sms-secret",
    SMS_FROM: "+447700900000",
  });
  setMessagingPublicUrl(t.env.PUBLIC_URL);
  clinic = await t.addClinic("Harbour Clinic");
  const owner = await t.addStaff(clinic.orgId, "owner", "Olive Owner");
  staff = {
    userId: owner.userId,
    memberId: owner.memberId,
    orgId: clinic.orgId,
    role: "owner",
    name: owner.name,
    email: owner.email,
  };
  await t.db
    .update(clinicSettings)
    .set({ phone: "023 8000 0000", email: "hello@harbour.example" })
    .where(eq(clinicSettings.orgId, clinic.orgId));
  const tenant = createTenant(t.db, clinic.orgId);
  // Everything on both channels, so SMS text is exercised for every kind.
  const both = { channel: "both" } as const;
  await saveMessagingSettings(
    tenant,
    {
      ...DEFAULT_MESSAGING_SETTINGS,
      confirmation: both,
      preCare: { ...DEFAULT_MESSAGING_SETTINGS.preCare, ...both },
      aftercare: { ...DEFAULT_MESSAGING_SETTINGS.aftercare, ...both },
      checkIns: { ...DEFAULT_MESSAGING_SETTINGS.checkIns, ...both },
    },
    0,
    owner.userId,
    new Date(),
  );
  // A screened client (consultation, signed plan) so treatment may be booked.
  ({ clientId } = await clientWithAcceptedPlan(t, owner, clinic.orgId, "2026-09-30"));
  await t.db
    .update(client)
    .set({ firstName: "Samuel", email: "sam@example.test", phone: "+447700900123" })
    .where(eq(client.id, clientId));
});
afterAll(async () => {
  setMessagingPublicUrl(null);
  await t?.close();
  await smtp?.close();
  await sms?.close();
});

function treatmentId() {
  const found = clinic.services.find((s) => s.kind === "treatment");
  if (!found) throw new Error("no treatment service");
  return found.id;
}

async function book(startsAt: string, now: Date) {
  const tenant = createTenant(t.db, clinic.orgId);
  return bookAppointment(
    tenant,
    staff,
    {
      clientId,
      serviceId: treatmentId(),
      locationId: clinic.locationId,
      practitionerId: staff.memberId,
      roomId: clinic.rooms[0]?.id,
      startsAt,
    },
    now,
  );
}

async function planned(appointmentId: string) {
  return t.db
    .select()
    .from(outboxMessage)
    .where(
      and(eq(outboxMessage.appointmentId, appointmentId), eq(outboxMessage.status, "scheduled")),
    );
}

/** Delivers what is due at `now` and returns what reached the two servers meanwhile. */
async function deliverAt(now: Date) {
  const emails = smtp.received.length;
  const texts = sms.received.length;
  await dispatchDue(t.delivery, now);
  return { emails: smtp.received.slice(emails), texts: sms.received.slice(texts) };
}

function decodedBody(raw: string): string {
  // nodemailer sends UTF-8 text as quoted-printable: undo soft breaks and escapes.
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe("planned messages through SMTP and SMS", () => {
  it("sends reminders at the same local time across the October clock change, discreetly", async () => {
    // Mon 26 Oct 2026 10:00 GMT; the clocks went back on Sun 25 Oct.
    const booked = await book("2026-10-26T10:00:00Z", at("2026-10-01T08:00:00Z"));
    const rows = await planned(booked.id);
    const when = (step: string, channel = "sms") =>
      rows.find((r) => r.step === step && r.channel === channel)?.scheduledFor?.toISOString();
    // Sat 24 Oct 10:00 BST and Sun 25 Oct 10:00 GMT: 49 and 24 real hours before.
    expect(when("reminder-48h")).toBe("2026-10-24T09:00:00.000Z");
    expect(when("reminder-24h")).toBe("2026-10-25T10:00:00.000Z");
    expect(when("pre-care-7d", "email")).toBe("2026-10-19T08:30:00.000Z");
    expect(when("aftercare-day-0")).toBe("2026-10-26T14:00:00.000Z");
    expect(when("check-in-day-3")).toBe("2026-10-29T09:30:00.000Z");

    const confirmation = await deliverAt(at("2026-10-01T08:00:00Z"));
    expect(confirmation.emails.map((e) => e.subject)).toEqual([
      "Your appointment at Harbour Clinic: Mon 26 Oct 2026 at 10:00",
    ]);
    expect(confirmation.texts.map((s) => s.form.Body)).toEqual([
      "Harbour Clinic: your appointment is booked for Mon 26 Oct 2026 at 10:00. To change it call 023 8000 0000.",
    ]);
    expect(confirmation.texts[0]?.form.To).toBe("+447700900123");

    // Nothing more is due until the week before.
    expect(await deliverAt(at("2026-10-19T08:29:00Z"))).toEqual({ emails: [], texts: [] });
    const week = await deliverAt(at("2026-10-19T08:30:00Z"));
    expect(week.emails.map((e) => e.subject)).toEqual(["Getting ready for Mon 26 Oct 2026"]);

    expect(await deliverAt(at("2026-10-24T08:59:00Z"))).toEqual({ emails: [], texts: [] });
    const saturday = await deliverAt(at("2026-10-24T09:00:00Z"));
    expect(saturday.texts.map((s) => s.form.Body)).toEqual([
      "Harbour Clinic: reminder of your appointment on Mon 26 Oct 2026 at 10:00. Can't make it? Call 023 8000 0000.",
    ]);
    expect(saturday.emails.map((e) => e.subject)).toEqual([
      "Reminder: Mon 26 Oct 2026 at 10:00, Harbour Clinic",
    ]);
    const sunday = await deliverAt(at("2026-10-25T10:00:00Z"));
    expect(sunday.texts).toHaveLength(2); // the 24 h reminder and the day-before pre-care
    expect(sunday.texts.map((s) => s.form.Body).join("\n")).toContain("see you tomorrow at 10:00");

    const after = await deliverAt(at("2026-10-26T14:00:00Z"));
    expect(after.emails.map((e) => e.subject)).toEqual([
      "Looking after yourself after today's session",
    ]);
    const body = decodedBody(after.emails[0]?.raw ?? "");
    expect(body).toContain(
      "no washing, showering over it or swimming for 3 days (at least 24 hours)",
    );
    expect(body).toContain("No gym or anything that makes you sweat heavily for 5 days");

    const thursday = await deliverAt(at("2026-10-29T09:30:00Z"));
    const link = /https?:\/\/\S+\/check-in\/([A-Za-z0-9_-]{43})/.exec(
      thursday.texts[0]?.form.Body ?? "",
    );
    expect(link, thursday.texts[0]?.form.Body).not.toBeNull();
    const [stored] = await t.db
      .select()
      .from(checkIn)
      .where(and(eq(checkIn.appointmentId, booked.id), eq(checkIn.day, 3)));
    expect(stored?.tokenHash).toBe(hashCheckInToken(link?.[1] ?? ""));
    expect(decodedBody(thursday.emails[0]?.raw ?? "")).toContain(link?.[0] ?? "missing");

    // Every text message and every subject that went out is discreet.
    for (const text of sms.received) expect(giveawayWords(text.form.Body ?? "")).toEqual([]);
    for (const email of smtp.received) expect(giveawayWords(email.subject ?? "")).toEqual([]);
  });

  it("keeps local times across the March change too", async () => {
    // Mon 29 Mar 2027 10:00 BST; the clocks went forward on Sun 28 Mar.
    const booked = await book("2027-03-29T09:00:00Z", at("2027-03-01T09:00:00Z"));
    const rows = await planned(booked.id);
    const when = (step: string) =>
      rows.find((r) => r.step === step && r.channel === "sms")?.scheduledFor?.toISOString();
    expect(when("reminder-48h")).toBe("2027-03-27T10:00:00.000Z"); // Sat 10:00 GMT
    expect(when("reminder-24h")).toBe("2027-03-28T09:00:00.000Z"); // Sun 10:00 BST
    // Everything due before (the October course, the March week-before) goes first.
    await deliverAt(at("2027-03-27T09:59:00Z"));
    const saturday = await deliverAt(at("2027-03-27T10:00:00Z"));
    expect(saturday.texts.map((s) => s.form.Body)).toEqual([
      "Harbour Clinic: reminder of your appointment on Mon 29 Mar 2027 at 10:00. Can't make it? Call 023 8000 0000.",
    ]);
  });
});
