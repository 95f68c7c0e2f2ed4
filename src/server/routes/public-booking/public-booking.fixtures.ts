import { and, desc, eq, like } from "drizzle-orm";
import { expect } from "vitest";
import { addDays } from "../../../domain/time/zoned.ts";
import { outboxMessage } from "../../db/schema/index.ts";
import type { RequestOptions, TestApp } from "../../testing/test-app.ts";

// Shared set-up for the public booking integration tests; imported only by *.int.test.ts files.

/** A clinic with one practitioner, its in-person consultation, its treatment and its location. */
export async function bookingClinic(t: TestApp, name = "Booking clinic") {
  const clinic = await t.addClinic(name);
  const owner = await t.addStaff(clinic.orgId, "owner");
  const practitioner = await t.addStaff(clinic.orgId, "practitioner", "Sam Practitioner");
  const [row] = await t.db.query.organization.findMany({
    where: (o, { eq }) => eq(o.id, clinic.orgId),
  });
  const consultation = clinic.services.find((s) => s.name === "Consultation");
  const treatment = clinic.services.find((s) => s.kind === "treatment");
  if (!row || !consultation || !treatment) throw new Error("clinic set-up incomplete");
  return {
    ...clinic,
    slug: row.slug,
    owner,
    practitioner,
    consultationId: consultation.id,
    treatmentId: treatment.id,
  };
}
export type BookingClinic = Awaited<ReturnType<typeof bookingClinic>>;

/** A weekday (Mon–Fri) at least a few days ahead, in the clinic's zone, as YYYY-MM-DD. */
export function bookableDay(daysAhead = 4): string {
  let day = addDays(new Date().toISOString().slice(0, 10), daysAhead);
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

let ipCounter = 0;
/** A fresh peer address, so tests never share rate-limit counts. */
export const freshIp = () => `203.0.113.${(++ipCounter % 250) + 1}`;

export function api(t: TestApp, slug: string, ip = freshIp()) {
  const base = `/api/public/booking/${slug}`;
  const opts = (extra: RequestOptions = {}) => ({ ip, ...extra });
  return {
    ip,
    config: () => t.request("GET", base, opts()),
    slots: (q: Record<string, string>) =>
      t.request("GET", `${base}/slots?${new URLSearchParams(q)}`, opts()),
    hold: (body: unknown, extra?: RequestOptions) =>
      t.request("POST", `${base}/hold`, opts({ body, ...extra })),
    details: (id: string, body: unknown) =>
      t.request("POST", `${base}/requests/${id}/details`, opts({ body })),
    resend: (id: string) => t.request("POST", `${base}/requests/${id}/resend`, opts()),
    confirm: (id: string, code: string) =>
      t.request("POST", `${base}/requests/${id}/confirm`, opts({ body: { code } })),
  };
}

/**
 * Free consultation times from `day` on, at least two hours apart so that holding one never
 * touches another (the clinic's practitioners may all be picked for "any").
 */
export async function freeTimes(t: TestApp, c: BookingClinic, day = bookableDay()) {
  const res = await api(t, c.slug).slots({
    serviceId: c.consultationId,
    locationId: c.locationId,
    from: day,
    days: "14",
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { slots: { startsAt: string }[] };
  const spaced: string[] = [];
  for (const s of body.slots) {
    const last = spaced.at(-1);
    if (!last || Date.parse(s.startsAt) - Date.parse(last) >= 2 * 3_600_000)
      spaced.push(s.startsAt);
  }
  expect(spaced.length).toBeGreaterThan(20);
  return spaced;
}

export const details = (email: string, extra: Record<string, unknown> = {}) => ({
  firstName: "Alex",
  lastName: "Stranger",
  email,
  phone: "07700 900123",
  mode: "video",
  estimate: { scale: "norwood", stage: "IIIv" },
  ...extra,
});

/** The 6-digit code in the latest booking-code email to this address (the dev outbox). */
export async function latestCode(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.db
    .select()
    .from(outboxMessage)
    .where(
      and(eq(outboxMessage.recipient, email), like(outboxMessage.subject, "Your booking code%")),
    )
    .orderBy(desc(outboxMessage.createdAt))
    .limit(1);
  const code = mail?.bodyText.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no booking code mailed to ${email}`);
  return code;
}

/** Holds a time and gives details; returns the request id and its code. */
export async function heldWithCode(
  t: TestApp,
  c: BookingClinic,
  startsAt: string,
  email: string,
  ip = freshIp(),
) {
  const a = api(t, c.slug, ip);
  const held = await a.hold({
    serviceId: c.consultationId,
    locationId: c.locationId,
    practitionerId: "any",
    startsAt,
  });
  expect(held.status).toBe(201);
  const { requestId } = (await held.json()) as { requestId: string };
  const sent = await a.details(requestId, details(email));
  expect(sent.status).toBe(200);
  return { requestId, code: await latestCode(t, email), a };
}

export async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return (await res.json()) as { title: string; detail: string; code?: string };
}
