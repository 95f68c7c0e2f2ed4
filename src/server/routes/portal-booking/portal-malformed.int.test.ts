import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { client } from "../../db/schema/index.ts";
import { type ApiRoute, fillPath, listApiRoutes } from "../../testing/openapi-routes.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { portalSignIn } from "../../testing/portal-session.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

/**
 * The portal booking routes with a signed-in client (the staff-wide sweep only reaches them
 * without a portal session): malformed bodies, path parameters and queries answer 4xx
 * problem+json, never 5xx, and nothing is written.
 */
const MINE =
  /^\/api\/portal\/\{slug\}\/(course-plans|holds|appointments|waitlist|check-ins|concerns)/;
const huge = "x".repeat(200_000);
const badValues: unknown[] = [
  null,
  12345,
  -1,
  1e308,
  true,
  {},
  [],
  "",
  huge,
  "2026-02-30",
  "\u0000",
];

let t: TestApp;
let routes: ApiRoute[];
let cookie: string;
let slug: string;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic("Portal Malformed Clinic");
  const alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  const today = epochToLocal(Date.now(), "Europe/London").date;
  const made = await clientWithAcceptedPlan(t, alex, clinic.orgId, today);
  planId = made.planId;
  await t.db
    .update(client)
    .set({ email: "malformed@example.test" })
    .where(eq(client.id, made.clientId));
  ({ cookie, slug } = await portalSignIn(t, { orgId: clinic.orgId, clientId: made.clientId }));
  routes = (await listApiRoutes(t)).filter((r) => MINE.test(r.path));
});
afterAll(() => t?.close());

async function expectClientError(label: string, res: Response) {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.headers.get("content-type") ?? "", label).toContain("application/problem+json");
}

describe("portal booking routes with malformed input", () => {
  it("finds every portal booking route", () => {
    expect(routes.length).toBe(18);
  });

  it("answers bad bodies with 4xx problem+json", async () => {
    for (const route of routes.filter((r) => r.hasBody || r.method === "POST")) {
      const path = fillPath(route.path, { slug, planId });
      const props = Object.keys(route.bodySchema?.properties ?? {});
      const bodies = ["", "{bad json", "null", "[]", "42", JSON.stringify({ unexpected: huge })];
      for (const p of props) for (const v of badValues) bodies.push(JSON.stringify({ [p]: v }));
      for (const body of bodies) {
        const res = await t.request(route.method, path, { cookie, rawBody: body });
        await expectClientError(`${route.method} ${route.path} with ${body.slice(0, 60)}`, res);
      }
    }
  }, 120_000);

  it("answers bad path parameters and queries with 4xx problem+json", async () => {
    for (const route of routes) {
      for (const value of ["not-an-id", "%00", "00000000-0000-0000-0000-000000000000"]) {
        const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === "slug" ? slug : value,
        );
        if (path === route.path.replace("{slug}", slug)) continue;
        const res = await t.request(route.method, path, {
          cookie,
          rawBody: route.method === "POST" ? "{}" : undefined,
        });
        await expectClientError(`${route.method} ${route.path} at ${value}`, res);
      }
      for (const q of route.querySchema) {
        for (const value of ["", "-1", "abc", "2026-02-30", huge.slice(0, 5000)]) {
          const res = await t.request(
            "GET",
            `${fillPath(route.path, { slug, planId })}?${q.name}=${encodeURIComponent(value)}`,
            { cookie },
          );
          expect(res.status, `${route.path} ?${q.name}=${value.slice(0, 20)}`).toBeLessThan(500);
        }
      }
    }
  }, 120_000);
});
