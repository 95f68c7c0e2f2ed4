import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, organization } from "../../db/schema/index.ts";
import { type ApiRoute, fillPath, listApiRoutes } from "../../testing/openapi-routes.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { portalSignIn } from "../../testing/portal-session.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";
import { plainPng } from "../../use-cases/photos/test-images.ts";

/**
 * Acceptance 4: a client can never read or change another client's data, on every route under
 * /api/portal/ (routes come from the OpenAPI document, so new portal routes are covered or fail
 * here). Client "me" signs in and addresses two victims' records by id: another client of the
 * same clinic and a client of another clinic. Every attempt with a victim's id must fail with
 * 403/404, no answer may mention a victim, and the victims' rows must stay exactly as they were.
 * Without a session every route answers 401.
 *
 * Adding a portal route: if it has path parameters besides {slug}, or a body, add a rule below
 * naming which of the victim's ids go where.
 */
interface Victim {
  orgId: string;
  slug: string;
  client: string;
  plan: string;
  appointment: string;
  photo: string;
  /** A photo-marketing consent the victim signed at the clinic. */
  signature: string;
}
interface Rule {
  params?: Record<string, string>;
  body?: unknown;
  /** multipart/form-data fields, for upload routes. */
  form?: Record<string, string>;
  query?: string;
}
const future = "2031-03-04T10:00:00.000Z";
const rules: Record<string, (v: Victim) => Rule> = {
  "GET /api/portal/{slug}/documents/plans/{planId}/pdf": (v) => ({ params: { planId: v.plan } }),
  "GET /api/portal/{slug}/documents/aftercare/{appointmentId}/pdf": (v) => ({
    params: { appointmentId: v.appointment },
  }),
  "GET /api/portal/{slug}/consents/{signatureId}/pdf": (v) => ({
    params: { signatureId: v.signature },
  }),
  "POST /api/portal/{slug}/consents/{kind}/sign": () => ({
    params: { kind: "treatment" },
    body: {
      templateId: null,
      version: 1,
      sha256: "0".repeat(64),
      agreed: true,
      signedName: "Me Myself",
      signature: "data:image/png;base64,iVBORw0KGgo=",
    },
  }),
  "POST /api/portal/{slug}/consents/photo_marketing/withdraw": () => ({ body: {} }),
  "POST /api/portal/{slug}/appointments/{id}/cancel": (v) => ({
    params: { id: v.appointment },
    body: { version: 1 },
  }),
  "POST /api/portal/{slug}/appointments/{id}/reschedule": (v) => ({
    params: { id: v.appointment },
    body: { startsAt: future, version: 1 },
  }),
  "GET /api/portal/{slug}/appointments/{id}/change-terms": (v) => ({
    params: { id: v.appointment },
  }),
  "GET /api/portal/{slug}/appointments/{id}/reschedule-options": (v) => ({
    params: { id: v.appointment },
    query: "?from=2031-03-02&days=7",
  }),
  "GET /api/portal/{slug}/appointments/{id}/reschedule-preview": (v) => ({
    params: { id: v.appointment },
    query: `?startsAt=${future}`,
  }),
  "POST /api/portal/{slug}/course-plans/{planId}/proposal": (v) => ({
    params: { planId: v.plan },
    body: { locationId: v.appointment },
  }),
  "GET /api/portal/{slug}/course-plans/{planId}/session-times": (v) => ({
    params: { planId: v.plan },
    query: `?session=1&locationId=${v.appointment}&from=2031-03-02`,
  }),
  "POST /api/portal/{slug}/course-plans/{planId}/holds": (v) => ({
    params: { planId: v.plan },
    body: { locationId: v.appointment, sessions: [{ session: 1, startsAt: future }] },
  }),
  "POST /api/portal/{slug}/course-plans/{planId}/book": (v) => ({
    params: { planId: v.plan },
    body: { locationId: v.appointment, sessions: [{ session: 1, startsAt: future }] },
  }),
  "DELETE /api/portal/{slug}/holds/{groupId}": (v) => ({ params: { groupId: v.plan } }),
  "POST /api/portal/{slug}/waitlist": (v) => ({
    body: {
      serviceId: v.appointment,
      locationId: v.appointment,
      earliestDate: "2031-03-02",
      latestDate: "2031-03-20",
      appointmentId: v.appointment,
    },
  }),
  "POST /api/portal/{slug}/waitlist/{id}/leave": (v) => ({ params: { id: v.appointment } }),
  "POST /api/portal/{slug}/check-ins/{id}/answer": (v) => ({
    params: { id: v.appointment },
    form: { answer: "fine" },
  }),
  "POST /api/portal/{slug}/concerns": (v) => ({
    form: { appointmentId: v.appointment, note: "Something is wrong" },
  }),
};
/** No session needed: the clinic's brand and sign-in (portal-auth.int.test.ts tests those). */
const publicPortalRoutes = new Set([
  "/api/portal/{slug}/brand",
  "/api/portal/{slug}/logo",
  "/api/portal/{slug}/sign-in/code",
  "/api/portal/{slug}/sign-in/verify",
]);
/** Tables whose rows of the victims must never change. */
const clientTables = [
  "appointment",
  "treatment_plan",
  "scalp_photo",
  "consent_signature",
  "waitlist_entry",
  "check_in",
  "staff_alert",
  "course",
  "consultation",
];

let t: TestApp;
let routes: ApiRoute[];
let me: { orgId: string; slug: string; clientId: string; cookie: string };
const victims: Record<"sameClinic" | "otherClinic", Victim> = {} as never;
const SECRET = "Zebedee";

async function snapshot(v: Victim) {
  const parts: string[] = [];
  for (const table of [...clientTables, "client"]) {
    const column = table === "client" ? "id" : "client_id";
    const rows = await t.db.execute(
      sql`select * from ${sql.identifier(table)} where ${sql.identifier(column)} = ${v.client} order by id`,
    );
    parts.push(`${table}:${JSON.stringify(rows.rows)}`);
  }
  return parts.join("\n");
}

async function clinicWithClient(name: string, clientName: string, email: string) {
  const clinic = await t.addClinic(name);
  const prac = await t.addStaff(clinic.orgId, "practitioner");
  const today = new Date().toISOString().slice(0, 10);
  const made = await clientWithAcceptedPlan(t, prac, clinic.orgId, today, clientName);
  await t.db.update(client).set({ email }).where(eq(client.id, made.clientId));
  const [org] = await t.db
    .select({ slug: organization.slug })
    .from(organization)
    .where(eq(organization.id, clinic.orgId));
  return { clinic, prac, slug: org?.slug as string, ...made };
}

async function victimIn(setup: Awaited<ReturnType<typeof clinicWithClient>>): Promise<Victim> {
  const booked = await t.request("POST", "/api/appointments", {
    cookie: setup.prac.cookie,
    body: {
      clientId: setup.clientId,
      serviceId: setup.clinic.services.find((s) => s.name === "Consultation")?.id,
      locationId: setup.clinic.locationId,
      practitionerId: setup.prac.memberId,
      roomId: setup.clinic.rooms[0]?.id,
      startsAt: "2031-03-05T10:00:00Z",
    },
  });
  expect(booked.status, await booked.clone().text()).toBe(201);
  const form = new FormData();
  form.append("file", new Blob([Uint8Array.from(await plainPng(64, 48))]), "v.png");
  form.append("view", "crown");
  form.append("consent", "clinical");
  const uploaded = await t.app.request(`/api/clients/${setup.clientId}/photos`, {
    method: "POST",
    headers: { cookie: setup.prac.cookie, origin: TEST_ORIGIN },
    body: form,
  });
  const photo = ((await uploaded.json()) as { id: string }).id;
  const shared = await t.request("POST", `/api/photos/${photo}/share`, {
    cookie: setup.prac.cookie,
    body: { shared: true },
  });
  expect(shared.status, await shared.clone().text()).toBe(200);
  const forms = await (
    await t.request("GET", `/api/clients/${setup.clientId}/consents`, { cookie: setup.prac.cookie })
  ).json();
  const marketing = forms.kinds.find((k: { kind: string }) => k.kind === "photo_marketing").form;
  const ink = await plainPng(300, 100, "#1b2431");
  const signed = await t.request(
    "POST",
    `/api/clients/${setup.clientId}/consents/photo_marketing/sign`,
    {
      cookie: setup.prac.cookie,
      body: {
        templateId: marketing.templateId,
        version: marketing.version,
        sha256: marketing.sha256,
        agreed: true,
        signedName: SECRET,
        signature: `data:image/png;base64,${ink.toString("base64")}`,
      },
    },
  );
  expect(signed.status, await signed.clone().text()).toBe(201);
  return {
    orgId: setup.clinic.orgId,
    slug: setup.slug,
    client: setup.clientId,
    plan: setup.planId,
    appointment: ((await booked.json()) as { id: string }).id,
    photo,
    signature: ((await signed.json()) as { id: string }).id,
  };
}

async function call(route: ApiRoute, slug: string, rule: Rule, cookie?: string) {
  const url = fillPath(route.path, { slug, ...rule.params }) + (rule.query ?? "");
  if (rule.form) {
    const body = new FormData();
    for (const [k, v] of Object.entries(rule.form)) body.append(k, v);
    return t.app.request(url, {
      method: route.method,
      headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
      body,
    });
  }
  return t.request(route.method, url, { cookie, body: rule.body });
}

beforeAll(async () => {
  t = await createTestApp();
  const mine = await clinicWithClient("Home Clinic", "Mine", "me@example.test");
  victims.sameClinic = await victimIn(
    await (async () => {
      const prac = mine.prac;
      const today = new Date().toISOString().slice(0, 10);
      const made = await clientWithAcceptedPlan(t, prac, mine.clinic.orgId, today, SECRET);
      await t.db
        .update(client)
        .set({ email: "victim@example.test" })
        .where(eq(client.id, made.clientId));
      return { ...mine, ...made };
    })(),
  );
  victims.otherClinic = await victimIn(
    await clinicWithClient(`${SECRET} Clinic`, SECRET, "victim-elsewhere@example.test"),
  );
  const session = await portalSignIn(t, { orgId: mine.clinic.orgId, clientId: mine.clientId });
  me = {
    orgId: mine.clinic.orgId,
    slug: mine.slug,
    clientId: mine.clientId,
    cookie: session.cookie,
  };
  routes = (await listApiRoutes(t)).filter((r) => r.path.startsWith("/api/portal/"));
}, 120_000);
afterAll(() => t?.close());

describe("portal isolation", () => {
  it("has a rule for every portal route with ids or a body", () => {
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      if (publicPortalRoutes.has(route.path)) continue;
      const key = `${route.method} ${route.path}`;
      const rule = rules[key]?.(victims.sameClinic);
      if (route.pathParams.some((p) => p !== "slug"))
        expect(rule?.params, `no victim ids for ${key}`).toBeDefined();
      if (route.hasBody) expect(rule?.body ?? rule?.form, `no body for ${key}`).toBeDefined();
    }
  });

  it("answers 401 on every portal route without a session", async () => {
    for (const route of routes.filter((r) => !publicPortalRoutes.has(r.path))) {
      const rule = rules[`${route.method} ${route.path}`]?.(victims.sameClinic) ?? {};
      const res = await call(route, me.slug, rule);
      expect(res.status, `${route.method} ${route.path}`).toBe(401);
      expect(res.headers.get("content-type") ?? "").toContain("application/problem+json");
    }
  });

  for (const which of ["sameClinic", "otherClinic"] as const) {
    it(`stops a client reading or changing another client's data (${which})`, async () => {
      const v = victims[which];
      const before = await snapshot(v);
      const secrets = [SECRET, v.client, v.plan, v.appointment, v.photo];
      for (const route of routes.filter((r) => !publicPortalRoutes.has(r.path))) {
        const key = `${route.method} ${route.path}`;
        const rule = rules[key]?.(v) ?? {};
        // The victim's ids under my clinic's address, and under the victim's clinic's address.
        for (const slug of new Set([me.slug, v.slug])) {
          const res = await call(route, slug, rule, me.cookie);
          const text = await res.text();
          const label = `${key} (${slug === me.slug ? "my clinic" : "their clinic"}) → ${res.status} ${text.slice(0, 200)}`;
          if (slug !== me.slug) expect(res.status, label).toBe(403);
          else if (route.pathParams.some((p) => p !== "slug") || rule.body || rule.form)
            expect([400, 403, 404, 409, 410, 422], label).toContain(res.status);
          else expect(res.status, label).toBeLessThan(500);
          for (const secret of secrets)
            expect(text, `${label} leaked ${secret}`).not.toContain(secret);
        }
      }
      expect(await snapshot(v)).toBe(before);
    }, 120_000);
  }

  it("still serves my own data", async () => {
    const home = await t.request("GET", `/api/portal/${me.slug}/home`, { cookie: me.cookie });
    expect(home.status, await home.clone().text()).toBe(200);
    const body = (await home.json()) as { plan: { sessionsPlanned: number } | null };
    expect(body.plan?.sessionsPlanned).toBeGreaterThan(0);
    const docs = await t.request("GET", `/api/portal/${me.slug}/documents`, { cookie: me.cookie });
    const list = (await docs.json()) as { documents: { kind: string; url: string | null }[] };
    const plan = list.documents.find((d) => d.kind === "plan");
    expect(plan?.url).toBeTruthy();
    const pdf = await t.request("GET", plan?.url as string, { cookie: me.cookie });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });
});
