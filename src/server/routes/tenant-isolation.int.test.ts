import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MESSAGING_SETTINGS } from "../../domain/messaging/settings.ts";
import { DEFAULT_PREVIEW_PARAMS } from "../../domain/preview/index.ts";
import { DEFAULT_BOOKING_POLICY } from "../../domain/settings/booking-policy.ts";
import { DEFAULT_CLINICAL_SETTINGS } from "../../domain/settings/clinical-settings.ts";
import {
  outboxMessage,
  sessionAmendment,
  sessionZone,
  slotHold,
  staffAlert,
  stockBatch,
  treatmentSession,
} from "../db/schema/index.ts";
import { healthyAnswers, sampleAssessment } from "../testing/consultation-fixtures.ts";
import { type ApiRoute, fillPath, listApiRoutes } from "../testing/openapi-routes.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../testing/test-app.ts";
import { plainPng } from "../use-cases/photos/test-images.ts";

/**
 * Acceptance: staff of one clinic cannot read or change another clinic's data, on every route.
 * Clinic B's records are addressed from clinic A by id, in paths and in bodies; every attempt must
 * fail with 403/404, lists must not mention B, and B's rows must be byte-for-byte unchanged.
 */
let t: TestApp;
let routes: ApiRoute[];
type BKey =
  | "location"
  | "room"
  | "service"
  | "member"
  | "client"
  | "appointment"
  | "invitation"
  | "timeOff"
  | "specialDay"
  | "consultation"
  | "clearance"
  | "plan"
  | "holdGroup"
  | "waitlistEntry"
  | "photo"
  | "outboxMessage"
  | "alert"
  | "stockBatch"
  | "patchTest"
  | "needleBatch"
  | "session"
  | "sessionZone"
  | "clientLink"
  | "consentSignature";
const b = {} as Record<BKey, string>;
const a = {} as Record<"location" | "member" | "consultation", string>;
let aOwner: string;
let aReception: string;
const SECRET = "Bravo-Secret";

const tenantTables = [
  "client",
  "appointment",
  "location",
  "location_hours",
  "location_special_day",
  "room",
  "service",
  "staff_hours",
  "staff_time_off",
  "clinic_settings",
  "clinical_settings",
  "booking_policy",
  "consultation",
  "screening_clearance",
  "treatment_plan",
  "calendar_feed",
  "course",
  "slot_hold",
  "waitlist_entry",
  "waitlist_offer",
  "scalp_photo",
  "check_in",
  "outbox_message",
  "messaging_settings",
  "message_template",
  "staff_alert",
  "stock_batch",
  "patch_test",
  "treatment_session",
  "session_zone",
  "session_amendment",
  "preview_design",
  "client_link",
  "public_booking_settings",
  "booking_request",
  "consent_template",
  "consent_signature",
];

async function snapshotOf(orgId: string) {
  const parts: unknown[] = [];
  for (const table of tenantTables) {
    const rows = await t.db.execute(
      sql`select * from ${sql.identifier(table)} where org_id = ${orgId} order by 1`,
    );
    parts.push(rows.rows);
  }
  for (const q of [
    sql`select id, role, active, calendar_colour from member where organization_id = ${orgId} order by id`,
    sql`select id, status, role, expires_at from invitation where organization_id = ${orgId} order by id`,
    sql`select id, name, slug, logo from organization where id = ${orgId}`,
  ]) {
    parts.push((await t.db.execute(q)).rows);
  }
  return JSON.stringify(parts);
}

const future = "2031-03-04T10:00:00Z";
/** A valid body for each route that takes one, pointing at clinic B where it names records. */
const bodies: Record<string, () => unknown> = {
  "POST /api/appointments": () => ({
    clientId: b.client,
    serviceId: b.service,
    locationId: b.location,
    practitionerId: b.member,
    roomId: b.room,
    startsAt: future,
  }),
  "PATCH /api/appointments/{id}": () => ({ startsAt: future, version: 1 }),
  "POST /api/appointments/{id}/cancel": () => ({ reason: "cross-clinic" }),
  "POST /api/clients": () => ({ firstName: "Own", lastName: "Client" }),
  "PATCH /api/clients/{id}": () => ({ notes: "changed from another clinic" }),
  "POST /api/staff/invitations": () => ({ email: "new-hire@example.test", role: "practitioner" }),
  "PATCH /api/staff/{memberId}": () => ({ calendarColour: "#000000" }),
  "PUT /api/staff/{memberId}/hours": () => ({ hours: [] }),
  "POST /api/staff/{memberId}/time-off": () => ({
    startsAt: future,
    endsAt: "2031-03-05T10:00:00Z",
    reason: "x",
  }),
  "POST /api/invitations/{id}/accept": () => ({
    name: "Intruder",
    password: "long-enough-password",
  }),
  "PATCH /api/clinic": () => ({ name: "Alpha renamed" }),
  "POST /api/locations": () => ({ name: "Alpha annex", timeZone: "Europe/London" }),
  "PATCH /api/locations/{id}": () => ({ name: "renamed" }),
  "PUT /api/locations/{id}/hours": () => ({ hours: [] }),
  "POST /api/locations/{id}/special-days": () => ({
    date: "2031-12-25",
    closed: true,
    hours: [],
    reason: "x",
  }),
  "POST /api/locations/{id}/rooms": () => ({ name: "Intruder room" }),
  "PATCH /api/rooms/{id}": () => ({ name: "renamed", active: false }),
  "POST /api/services": () => ({
    name: "Alpha service",
    kind: "other",
    durationMin: 30,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    needsRoom: false,
    pricePence: 0,
    colour: "#123456",
  }),
  "PATCH /api/services/{id}": () => ({ name: "renamed", active: false }),
  "PUT /api/clinical-settings": () => ({ settings: DEFAULT_CLINICAL_SETTINGS, version: 0 }),
  "PUT /api/booking-policy": () => ({ policy: DEFAULT_BOOKING_POLICY, version: 0 }),
  "PUT /api/public-booking-settings": () => ({
    enabled: true,
    intro: "Alpha welcome",
    showEstimate: false,
    embedOrigins: ["https://www.alpha.example"],
  }),
  "PUT /api/messaging-settings": () => ({ settings: DEFAULT_MESSAGING_SETTINGS, version: 0 }),
  "PUT /api/message-templates/{key}/{channel}": () => ({ subject: "", body: "Hi {{clinicName}}" }),
  "POST /api/message-templates/{key}/{channel}/preview": () => ({ subject: "", body: "Hi" }),
  "POST /api/messages/{id}/cancel": () => ({ reason: "from another clinic" }),
  "POST /api/consultations": () => ({ clientId: b.client, mode: "in_person" }),
  "PATCH /api/consultations/{id}": () => ({ notes: "changed from another clinic", version: 1 }),
  "PUT /api/consultations/{id}/intake": () => ({
    questionnaireVersion: 1,
    answers: healthyAnswers(),
    version: 1,
  }),
  "PUT /api/consultations/{id}/assessment": () => ({ assessment: sampleAssessment, version: 1 }),
  "PUT /api/consultations/{id}/expectations": () => ({ ticked: [], version: 1 }),
  "POST /api/consultations/{id}/clearances": () => ({
    ruleId: "anticoagulants",
    kind: "gp_letter",
    until: null,
    note: "",
  }),
  "PUT /api/plans/{id}": () => ({ plan: bPlan, adjustment: null, version: 1 }),
  "POST /api/plans/{id}/accept": () => ({
    signedName: "Cross Clinic",
    signature: "data:image/png;base64,iVBORw0KGgo=",
    version: 1,
  }),
  "POST /api/plans/{id}/decline": () => ({ reason: "", version: 1 }),
  "POST /api/plans/{id}/course-proposal": () => ({
    locationId: b.location,
    serviceId: b.service,
  }),
  "POST /api/plans/{id}/course": () => ({
    locationId: b.location,
    serviceId: b.service,
    sessions: [{ practitionerId: b.member, roomId: b.room, startsAt: future }],
  }),
  "POST /api/waitlist": () => ({
    clientId: b.client,
    locationId: b.location,
    serviceId: b.service,
    practitionerId: b.member,
    earliestDate: "2031-03-03",
    latestDate: "2031-03-10",
    notes: SECRET,
  }),
  "POST /api/holds": () => ({
    locationId: b.location,
    serviceId: b.service,
    sessions: [{ practitionerId: b.member, roomId: b.room, startsAt: future }],
  }),
  "POST /api/appointments/{id}/move-preview": () => ({ startsAt: future, version: 1 }),
  "POST /api/appointments/{id}/course-move": () => ({ startsAt: future, version: 1, reflow: true }),
  "POST /api/appointments/{id}/no-show": () => ({ version: 1 }),
  "PATCH /api/photos/{id}": () => ({ consent: "marketing_anonymised" }),
  "POST /api/photos/{id}/share": () => ({ shared: true }),
  "POST /api/consent-templates/{kind}": () => ({
    title: "Alpha form",
    body: "Alpha's own wording for this consent form.",
    basedOn: 1,
  }),
  "POST /api/clients/{id}/consents/{kind}/sign": () => ({
    templateId: null,
    version: 1,
    sha256: "0".repeat(64),
    agreed: true,
    signedName: "Cross Clinic",
    signature: "data:image/png;base64,iVBORw0KGgo=",
  }),
  "PUT /api/consultations/{id}/preview": () => ({
    photoId: b.photo,
    design: bPreviewDesign,
    params: DEFAULT_PREVIEW_PARAMS,
    version: 1,
  }),
  "POST /api/client-links": () => ({ consultationId: b.consultation, send: false }),
  "POST /api/stock/batches": () => ({
    kind: "pigment",
    brand: "Alpha Pigments",
    product: "Dark Ash",
    lot: "A-1",
    expiresOn: "2031-01-31",
  }),
  "PATCH /api/stock/batches/{id}": () => ({ notes: "changed from another clinic" }),
  "POST /api/clients/{id}/patch-tests": () => ({
    performedAt: "2026-01-05T10:00:00Z",
    pigmentBatchId: b.stockBatch,
  }),
  "POST /api/patch-tests/{id}/reading": () => ({
    result: "negative",
    readAt: "2026-01-08T10:00:00Z",
  }),
  "POST /api/appointments/{id}/session/checklist": () => sessionChecklist,
  "POST /api/appointments/{id}/session": () => sessionChecklist,
  "PUT /api/appointments/{id}/session": () => ({
    notes: "changed from another clinic",
    version: 1,
  }),
  "POST /api/appointments/{id}/session/zones": () => sessionZoneBody(),
  "PUT /api/appointments/{id}/session/zones/{zoneId}": () => sessionZoneBody(),
  "POST /api/appointments/{id}/session/sign-off": () => ({ version: 1 }),
  "POST /api/appointments/{id}/session/amendments": () => ({
    reason: "changed from another clinic",
    changes: [{ target: b.sessionZone, field: "coveragePct", from: null, to: 50 }],
  }),
};
const sessionChecklist = {
  rescreen: { noChange: true, answers: {} },
  preCare: {
    shaved: true,
    no_alcohol: true,
    no_blood_thinning_painkillers: true,
    no_sunburn: true,
  },
};
const sessionZoneBody = () => ({
  zone: "crown",
  label: "Crown",
  pigmentBatchId: b.stockBatch,
  pigmentParts: 1,
  waterParts: 2,
  needleBatchId: b.needleBatch,
  version: 1,
});
let bPlan: unknown;
/** A design on B's 64×48 photo. */
const bPreviewDesign = {
  imageWidth: 64,
  imageHeight: 48,
  calibration: null,
  pxPerMm: 1,
  hairline: [],
  helpers: {},
  strokes: [{ mode: "paint", radiusPx: 10, points: [{ x: 32, y: 24 }] }],
};
/** Multipart uploads: a valid file and fields, so only the clinic check can refuse them. */
const multipartBodies: Record<string, () => Promise<FormData>> = {
  "POST /api/clients/{id}/photos": async () => {
    const form = new FormData();
    form.append("file", new Blob([Uint8Array.from(await plainPng(64, 48))]), "a.png");
    form.append("view", "top");
    form.append("sessionId", "");
    return form;
  },
};

/** Which of B's ids fills each path template; `{}` routes act on the caller's own clinic only. */
const pathIds: Record<string, () => Record<string, string>> = {
  "/api/appointments/{id}": () => ({ id: b.appointment }),
  "/api/appointments/{id}/cancel": () => ({ id: b.appointment }),
  "/api/appointments/{id}/move-preview": () => ({ id: b.appointment }),
  "/api/appointments/{id}/course-move": () => ({ id: b.appointment }),
  "/api/appointments/{id}/cancellation-terms": () => ({ id: b.appointment }),
  "/api/appointments/{id}/no-show": () => ({ id: b.appointment }),
  "/api/plans/{id}/course-proposal": () => ({ id: b.plan }),
  "/api/plans/{id}/course": () => ({ id: b.plan }),
  "/api/holds/{groupId}": () => ({ groupId: b.holdGroup }),
  "/api/waitlist/{id}/withdraw": () => ({ id: b.waitlistEntry }),
  "/api/waitlist/{id}/offers": () => ({ id: b.waitlistEntry }),
  "/api/waitlist/{id}/accept": () => ({ id: b.waitlistEntry }),
  "/api/waitlist/{id}/decline": () => ({ id: b.waitlistEntry }),
  "/api/clients/{id}": () => ({ id: b.client }),
  "/api/staff/invitations/{id}": () => ({ id: b.invitation }),
  "/api/staff/invitations/{id}/resend": () => ({ id: b.invitation }),
  "/api/staff/{memberId}": () => ({ memberId: b.member }),
  "/api/staff/{memberId}/deactivate": () => ({ memberId: b.member }),
  "/api/staff/{memberId}/reactivate": () => ({ memberId: b.member }),
  "/api/staff/{memberId}/hours": () => ({ memberId: b.member }),
  "/api/staff/{memberId}/time-off": () => ({ memberId: b.member }),
  "/api/staff/{memberId}/time-off/{id}": () => ({ memberId: b.member, id: b.timeOff }),
  "/api/locations/{id}": () => ({ id: b.location }),
  "/api/locations/{id}/hours": () => ({ id: b.location }),
  "/api/locations/{id}/special-days": () => ({ id: b.location }),
  "/api/locations/{id}/special-days/{dayId}": () => ({ id: b.location, dayId: b.specialDay }),
  "/api/locations/{id}/rooms": () => ({ id: b.location }),
  "/api/rooms/{id}": () => ({ id: b.room }),
  "/api/services/{id}": () => ({ id: b.service }),
  "/api/clients/{id}/consultations": () => ({ id: b.client }),
  "/api/consultations/{id}": () => ({ id: b.consultation }),
  "/api/consultations/{id}/intake": () => ({ id: b.consultation }),
  "/api/consultations/{id}/assessment": () => ({ id: b.consultation }),
  "/api/consultations/{id}/expectations": () => ({ id: b.consultation }),
  "/api/consultations/{id}/clearances": () => ({ id: b.consultation }),
  "/api/consultations/{id}/clearances/{clearanceId}": () => ({
    id: b.consultation,
    clearanceId: b.clearance,
  }),
  "/api/consultations/{id}/plan": () => ({ id: b.consultation }),
  "/api/plans/{id}": () => ({ id: b.plan }),
  "/api/plans/{id}/accept": () => ({ id: b.plan }),
  "/api/plans/{id}/decline": () => ({ id: b.plan }),
  "/api/plans/{id}/pdf": () => ({ id: b.plan }),
  // Templates belong to the signed-in clinic; a path naming anything else is a 404.
  "/api/message-templates/{key}/{channel}": () => ({ key: b.client, channel: "sms" }),
  "/api/message-templates/{key}/{channel}/preview": () => ({ key: b.client, channel: "sms" }),
  "/api/clients/{id}/messages": () => ({ id: b.client }),
  "/api/messages/{id}/cancel": () => ({ id: b.outboxMessage }),
  "/api/appointments/{id}/aftercare.pdf": () => ({ id: b.appointment }),
  "/api/appointments/{id}/calendar.ics": () => ({ id: b.appointment }),
  "/api/appointments/{id}/calendar-link": () => ({ id: b.appointment }),
  "/api/clients/{id}/photos": () => ({ id: b.client }),
  "/api/photos/{id}": () => ({ id: b.photo }),
  "/api/photos/{id}/url": () => ({ id: b.photo }),
  "/api/photos/{id}/share": () => ({ id: b.photo }),
  "/api/consultations/{id}/preview": () => ({ id: b.consultation }),
  "/api/client-links/{id}/revoke": () => ({ id: b.clientLink }),
  // Consent forms: a kind that is not a form is a 404; B's client and signature are not A's.
  "/api/consent-templates/{kind}": () => ({ kind: b.client }),
  "/api/consent-templates/{kind}/versions": () => ({ kind: b.client }),
  "/api/clients/{id}/consents": () => ({ id: b.client }),
  "/api/clients/{id}/consents/{kind}/sign": () => ({ id: b.client, kind: "treatment" }),
  "/api/clients/{id}/consents/photo_marketing/withdraw": () => ({ id: b.client }),
  "/api/clients/{id}/consents/{signatureId}/pdf": () => ({
    id: b.client,
    signatureId: b.consentSignature,
  }),
  "/api/alerts/{id}": () => ({ id: b.alert }),
  "/api/alerts/{id}/read": () => ({ id: b.alert }),
  "/api/outbox/{id}/resend": () => ({ id: b.outboxMessage }),
  "/api/stock/batches/{id}": () => ({ id: b.stockBatch }),
  "/api/stock/batches/{id}/archive": () => ({ id: b.stockBatch }),
  "/api/stock/batches/{id}/unarchive": () => ({ id: b.stockBatch }),
  "/api/stock/batches/{id}/recall": () => ({ id: b.stockBatch }),
  "/api/stock/batches/{id}/recall.csv": () => ({ id: b.stockBatch }),
  "/api/clients/{id}/patch-tests": () => ({ id: b.client }),
  "/api/patch-tests/{id}/reading": () => ({ id: b.patchTest }),
  "/api/appointments/{id}/session": () => ({ id: b.appointment }),
  "/api/appointments/{id}/session/checklist": () => ({ id: b.appointment }),
  "/api/appointments/{id}/session/zones": () => ({ id: b.appointment }),
  "/api/appointments/{id}/session/zones/{zoneId}": () => ({
    id: b.appointment,
    zoneId: b.sessionZone,
  }),
  "/api/appointments/{id}/session/sign-off": () => ({ id: b.appointment }),
  "/api/appointments/{id}/session/amendments": () => ({ id: b.appointment }),
};
/** Nested ids mixed: A's parent with B's child. */
const mixedPaths = [
  () => ["DELETE", `/api/staff/${a.member}/time-off/${b.timeOff}`],
  () => ["DELETE", `/api/locations/${a.location}/special-days/${b.specialDay}`],
  () => ["DELETE", `/api/consultations/${a.consultation}/clearances/${b.clearance}`],
];
const publicRoutes = new Set([
  "/api/public/waitlist-offers/{token}",
  "/api/public/waitlist-offers/{token}/accept",
  "/api/public/waitlist-offers/{token}/decline",
  "/api/public/waitlist-offers/{token}/logo",
  "/api/invitations/{id}",
  "/api/invitations/{id}/accept",
  "/api/dev/outbox",
  "/api/feeds/{token}/calendar.ics",
  "/api/public/appointments/{id}/calendar.ics",
  // Signed photo file URLs: the signature binds the clinic (photos.int.test.ts moves one across).
  "/api/files/photos/{orgId}/{id}/{variant}",
  // Signed rendered-preview URLs: the same scheme (preview/preview.int.test.ts forges one).
  "/api/files/previews/{orgId}/{id}/{variant}",
  // Check-in links: the secret is the key (check-ins.int.test.ts).
  "/api/public/check-ins/{token}",
  "/api/public/check-ins/{token}/answer",
  "/api/public/check-ins/{token}/logo",
  // Prep links: the secret is the key (prep/prep.int.test.ts moves one across clinics).
  "/api/public/prep/{token}",
  "/api/public/prep/{token}/intake",
  "/api/public/prep/{token}/photos",
  "/api/public/prep/{token}/photos/{photoId}",
  "/api/public/prep/{token}/done",
  "/api/public/prep/{token}/logo",
  // Online booking: the slug names the clinic; another clinic's request ids are 404 there
  // (public-booking/public-booking-access.int.test.ts).
  "/api/public/booking/{slug}",
  "/api/public/booking/{slug}/slots",
  "/api/public/booking/{slug}/hold",
  "/api/public/booking/{slug}/requests/{requestId}/details",
  "/api/public/booking/{slug}/requests/{requestId}/resend",
  "/api/public/booking/{slug}/requests/{requestId}/confirm",
  "/api/public/booking/{slug}/logo",
]);
const queryFor: Record<string, () => string> = {
  "GET /api/appointments/day": () => `?date=2031-03-04&locationId=${b.location}`,
  "GET /api/calendar": () => `?from=2031-03-02&days=14&locationId=${b.location}`,
  "GET /api/appointments": () => `?clientId=${b.client}`,
  "GET /api/slots": () =>
    `?locationId=${b.location}&serviceId=${b.service}&from=2031-03-04&days=3&practitionerId=${b.member}`,
  "GET /api/clients": () => `?q=${SECRET}`,
  "GET /api/services": () => "?includeInactive=true",
  "GET /api/waitlist": () => `?locationId=${b.location}`,
  "GET /api/stock/batches": () => `?locationId=${b.location}&q=${SECRET}`,
  "GET /api/client-links": () => `?consultationId=${b.consultation}`,
};

beforeAll(async () => {
  t = await createTestApp();
  const clinicB = await t.addClinic(`${SECRET} Clinic`);
  const bOwner = await t.addStaff(clinicB.orgId, "owner", `${SECRET} Owner`);
  const bPrac = await t.addStaff(clinicB.orgId, "practitioner", `${SECRET} Practitioner`);
  const asB = (method: string, url: string, body?: unknown) =>
    t.request(method, url, { cookie: bOwner.cookie, body });
  b.location = clinicB.locationId;
  b.room = clinicB.rooms[0]?.id ?? "";
  b.service = clinicB.services.find((s) => s.name === "Consultation")?.id ?? "";
  b.member = bPrac.memberId;
  b.client = (
    await (
      await asB("POST", "/api/clients", {
        firstName: SECRET,
        lastName: "Client",
        email: "bravo@example.test",
      })
    ).json()
  ).id;
  b.appointment = (
    await (
      await asB("POST", "/api/appointments", {
        ...(bodies["POST /api/appointments"]?.() as object),
      })
    ).json()
  ).id;
  // A feed of B's, which nothing A does may revoke or replace.
  expect((await asB("POST", "/api/me/calendar-feed")).status).toBe(201);
  b.invitation = (
    await (
      await asB("POST", "/api/staff/invitations", {
        email: "bravo-hire@example.test",
        role: "receptionist",
      })
    ).json()
  ).id;
  b.timeOff = (
    await (
      await asB("POST", `/api/staff/${b.member}/time-off`, {
        startsAt: "2031-04-01T09:00:00Z",
        endsAt: "2031-04-02T09:00:00Z",
        reason: SECRET,
      })
    ).json()
  ).id;
  b.specialDay = (
    await (
      await asB("POST", `/api/locations/${b.location}/special-days`, {
        date: "2031-12-24",
        closed: true,
        hours: [],
        reason: SECRET,
      })
    ).json()
  ).id;
  // B's own message schedule and wording, which A's saves must leave alone.
  await asB("PUT", "/api/messaging-settings", {
    settings: { ...DEFAULT_MESSAGING_SETTINGS, sendTime: "10:15" },
    version: 0,
  });
  await asB("PUT", "/api/message-templates/reminder/sms", { body: `${SECRET} {{clinicName}}` });
  // B's own booking rules, which A's saves must leave alone.
  await asB("PUT", "/api/booking-policy", {
    policy: { ...DEFAULT_BOOKING_POLICY, cancellationNoticeHours: 96 },
    version: 0,
  });
  // B's own online booking settings, which A's saves must leave alone.
  await asB("PUT", "/api/public-booking-settings", {
    enabled: true,
    intro: SECRET,
    showEstimate: true,
    embedOrigins: ["https://www.bravo.example"],
  });
  const asBPrac = (method: string, url: string, body?: unknown) =>
    t.request(method, url, { cookie: bPrac.cookie, body });
  b.consultation = (
    await (await asBPrac("POST", "/api/consultations", { clientId: b.client })).json()
  ).id;
  await asBPrac("PUT", `/api/consultations/${b.consultation}/intake`, {
    version: 1,
    questionnaireVersion: 1,
    answers: healthyAnswers({ anticoagulants: true, anticoagulant_details: SECRET }),
  });
  await asBPrac("PUT", `/api/consultations/${b.consultation}/assessment`, {
    version: 2,
    assessment: { ...sampleAssessment, goals: SECRET },
  });
  const withClearance = await (
    await asBPrac("POST", `/api/consultations/${b.consultation}/clearances`, {
      ruleId: "anticoagulants",
      kind: "gp_letter",
      note: SECRET,
    })
  ).json();
  b.clearance = withClearance.clearances[0]?.id;
  const drafted = await (await asBPrac("POST", `/api/consultations/${b.consultation}/plan`)).json();
  b.plan = drafted.plan?.id;
  const bOrg = (await t.db.execute(sql`select org_id from client where id = ${b.client}`)).rows[0]
    ?.org_id as string;
  b.waitlistEntry = (
    await (await asB("POST", "/api/waitlist", bodies["POST /api/waitlist"]?.() as object)).json()
  ).id;
  b.holdGroup = randomUUID();
  await t.db.insert(slotHold).values({
    orgId: bOrg,
    locationId: b.location,
    serviceId: b.service,
    practitionerId: b.member,
    roomId: b.room,
    startsAt: new Date(future),
    busyFrom: new Date(future),
    busyTo: new Date(Date.parse(future) + 3_600_000),
    expiresAt: new Date(Date.parse(future) + 86_400_000),
    groupId: b.holdGroup,
  });
  bPlan = drafted.plan?.plan;
  const photoForm = new FormData();
  photoForm.append("file", new Blob([Uint8Array.from(await plainPng(64, 48))]), "b.png");
  photoForm.append("view", "crown");
  photoForm.append("consent", "marketing_anonymised");
  b.photo = (
    await (
      await t.app.request(`/api/clients/${b.client}/photos`, {
        method: "POST",
        headers: { cookie: bPrac.cookie, origin: TEST_ORIGIN },
        body: photoForm,
      })
    ).json()
  ).id;
  // B's SMP preview design on that photo, which nothing A does may read or change.
  expect(
    (
      await asBPrac("PUT", `/api/consultations/${b.consultation}/preview`, {
        ...(bodies["PUT /api/consultations/{id}/preview"]?.() as object),
        version: 0,
      })
    ).status,
  ).toBe(200);
  // A clinic-wide alert of B's: visible to any of B's clinical staff, never to A's.
  const [bAlert] = await t.db
    .insert(staffAlert)
    .values({ orgId: bOrg, kind: "check_in_concern", clientId: b.client, title: `${SECRET} alert` })
    .returning({ id: staffAlert.id });
  b.alert = bAlert?.id ?? "";
  // A failed message to B's client, which A must not be able to resend.
  const [bMessage] = await t.db
    .insert(outboxMessage)
    .values({
      orgId: bOrg,
      channel: "sms",
      recipient: "+447700900999",
      bodyText: `${SECRET} reminder`,
      status: "failed",
      error: "SMS provider: unreachable",
      clientId: b.client,
      kind: "reminder",
    })
    .returning({ id: outboxMessage.id });
  b.outboxMessage = bMessage?.id ?? "";
  b.stockBatch = (
    await (
      await asB("POST", "/api/stock/batches", {
        kind: "pigment",
        brand: `${SECRET} Pigments`,
        product: "Shade 2",
        lot: "B-LOT-1",
        expiresOn: "2031-01-31",
        notes: SECRET,
      })
    ).json()
  ).id;
  b.patchTest = (
    await (
      await asBPrac("POST", `/api/clients/${b.client}/patch-tests`, {
        performedAt: "2026-01-05T10:00:00Z",
        pigmentBatchId: b.stockBatch,
        notes: SECRET,
      })
    ).json()
  ).id;
  // A session record of B's, with a zone and an amendment, that nothing A does may read or change.
  const [bNeedle] = await t.db
    .insert(stockBatch)
    .values({
      orgId: bOrg,
      kind: "needle",
      brand: `${SECRET} Needles`,
      product: "Cartridge",
      lot: "B-N-1",
      expiresOn: "2031-01-31",
      needleConfig: "1RL",
      needleDiameterMm: "0.25",
    })
    .returning({ id: stockBatch.id });
  b.needleBatch = bNeedle?.id ?? "";
  const [bSession] = await t.db
    .insert(treatmentSession)
    .values({
      orgId: bOrg,
      appointmentId: b.appointment,
      clientId: b.client,
      practitionerId: b.member,
      checklist: {
        items: [],
        evaluatedAt: future,
        evaluatedBy: SECRET,
        preCare: {},
        rescreen: null,
      },
      startedAt: new Date(future),
      notes: SECRET,
    })
    .returning({ id: treatmentSession.id });
  b.session = bSession?.id ?? "";
  const [bZone] = await t.db
    .insert(sessionZone)
    .values({
      orgId: bOrg,
      sessionId: b.session,
      zone: "crown",
      label: "Crown",
      pigmentBatchId: b.stockBatch,
      pigmentParts: 1,
      waterParts: 2,
      needleBatchId: b.needleBatch,
      depthNotes: SECRET,
    })
    .returning({ id: sessionZone.id });
  b.sessionZone = bZone?.id ?? "";
  b.clientLink = (
    await (
      await asBPrac("POST", "/api/client-links", { consultationId: b.consultation, send: false })
    ).json()
  ).id;
  await t.db.insert(sessionAmendment).values({
    orgId: bOrg,
    sessionId: b.session,
    reason: SECRET,
    changes: { list: [] },
  });
  // B's own consent wording and a signed form, which nothing A does may read or change.
  await asB("POST", "/api/consent-templates/photo_marketing", {
    title: `${SECRET} marketing photos`,
    body: `${SECRET}: anonymised photos may be used by the clinic.`,
    basedOn: 1,
  });
  const bForms = await (await asB("GET", `/api/clients/${b.client}/consents`)).json();
  const bMarketing = bForms.kinds.find((k: { kind: string }) => k.kind === "photo_marketing").form;
  const sharp = (await import("sharp")).default;
  const scribble = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><path d="M10 100 C 90 10, 160 110, 390 20" stroke="#111" stroke-width="6" fill="none"/></svg>`,
    ),
  )
    .png()
    .toBuffer();
  b.consentSignature = (
    await (
      await asB("POST", `/api/clients/${b.client}/consents/photo_marketing/sign`, {
        templateId: bMarketing.templateId,
        version: bMarketing.version,
        sha256: bMarketing.sha256,
        agreed: true,
        signedName: `${SECRET} Client`,
        signature: `data:image/png;base64,${scribble.toString("base64")}`,
      })
    ).json()
  ).id;
  for (const [key, id] of Object.entries(b)) if (!id) throw new Error(`set-up failed: no ${key}`);

  const clinicA = await t.addClinic("Alpha Clinic");
  a.location = clinicA.locationId;
  const owner = await t.addStaff(clinicA.orgId, "owner");
  a.member = owner.memberId;
  aOwner = owner.cookie;
  const aClient = await (
    await t.request("POST", "/api/clients", {
      cookie: owner.cookie,
      body: { firstName: "Alpha", lastName: "Client" },
    })
  ).json();
  a.consultation = (
    await (
      await t.request("POST", "/api/consultations", {
        cookie: owner.cookie,
        body: { clientId: aClient.id },
      })
    ).json()
  ).id;
  aReception = (await t.addStaff(clinicA.orgId, "receptionist")).cookie;
  // Portal routes take no staff session: portal/portal-isolation.int.test.ts covers them.
  routes = (await listApiRoutes(t)).filter(
    (r) => !r.path.startsWith("/api/auth") && !r.path.startsWith("/api/portal/"),
  );
});
afterAll(() => t?.close());

describe("tenant isolation", () => {
  it("has a rule for every route in the API", () => {
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (publicRoutes.has(route.path)) continue;
      if (route.pathParams.length)
        expect(pathIds[route.path], `no cross-clinic ids for ${key}`).toBeDefined();
      if (route.hasBody && !route.path.endsWith("/logo") && !multipartBodies[key])
        expect(bodies[key], `no body for ${key}`).toBeDefined();
    }
  });

  for (const who of ["owner", "receptionist"] as const) {
    it(`stops clinic A's ${who} from reading or changing clinic B`, async () => {
      const cookie = who === "owner" ? aOwner : aReception;
      const before = await snapshotOf(
        (await t.db.execute(sql`select org_id from client where id = ${b.client}`)).rows[0]
          ?.org_id as string,
      );
      for (const route of routes.filter((r) => !publicRoutes.has(r.path))) {
        const key = `${route.method} ${route.path}`;
        const ids = pathIds[route.path]?.() ?? {};
        const url = fillPath(route.path, ids) + (queryFor[key]?.() ?? "");
        const body = bodies[key]?.();
        const form = multipartBodies[key];
        const res = form
          ? await t.app.request(url, {
              method: route.method,
              headers: { cookie, origin: TEST_ORIGIN },
              body: await form(),
            })
          : await t.request(route.method, url, { cookie, body });
        const text = await res.text();
        if (
          route.pathParams.length ||
          key === "POST /api/appointments" ||
          key === "POST /api/consultations" ||
          key === "GET /api/appointments/day" ||
          key === "GET /api/slots" ||
          key === "POST /api/holds" ||
          key === "GET /api/calendar" ||
          key === "GET /api/waitlist" ||
          key === "POST /api/waitlist" ||
          key === "GET /api/stock/batches" ||
          key === "POST /api/client-links" ||
          key === "GET /api/client-links"
        ) {
          expect([403, 404], `${who}: ${key} → ${res.status} ${text.slice(0, 200)}`).toContain(
            res.status,
          );
        } else {
          expect(res.status, `${who}: ${key}`).toBeLessThan(500);
        }
        expect(text, `${who}: ${key} leaked clinic B`).not.toContain(SECRET);
        for (const id of Object.values(b))
          expect(text, `${who}: ${key} leaked id ${id}`).not.toContain(id);
      }
      for (const make of mixedPaths) {
        const [method, url] = make() as [string, string];
        const res = await t.request(method, url, { cookie });
        expect([403, 404], `${who}: ${method} ${url}`).toContain(res.status);
      }
      const after = await snapshotOf(
        (await t.db.execute(sql`select org_id from client where id = ${b.client}`)).rows[0]
          ?.org_id as string,
      );
      expect(after).toBe(before);
    });
  }
});
