import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiRoute, fillPath, listApiRoutes } from "../testing/openapi-routes.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Acceptance: malformed input on every route (wrong types, missing fields, huge strings, bad
 * dates) returns 4xx problem+json and never 5xx. Routes come from the OpenAPI document.
 */
let t: TestApp;
let routes: ApiRoute[];
let owner: string;

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
  "2026-13-01T25:61:00Z",
  "'; drop table client; --",
  "\u0000",
  "😀".repeat(1000),
];

/** Bodies that break the schema in a different way each: wrong top-level type, each field wrong. */
function malformedBodies(route: ApiRoute): string[] {
  const bodies = ["", "{bad json", "null", "[]", "42", JSON.stringify({ unexpected: huge })];
  const props = Object.keys(route.bodySchema?.properties ?? {});
  for (const prop of props) {
    for (const value of badValues) bodies.push(JSON.stringify({ [prop]: value }));
  }
  // All fields at once with plausible-but-wrong values.
  bodies.push(JSON.stringify(Object.fromEntries(props.map((p) => [p, huge]))));
  bodies.push(JSON.stringify(Object.fromEntries(props.map((p) => [p, { nested: [1, 2, 3] }]))));
  return bodies;
}

function isJsonObject(text: string) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic();
  owner = (await t.addStaff(clinic.orgId, "owner")).cookie;
  routes = (await listApiRoutes(t)).filter((r) => !r.path.startsWith("/api/auth"));
});
afterAll(() => t?.close());

async function expectClientError(route: ApiRoute, res: Response, what: string) {
  const label = `${route.method} ${route.path} with ${what.slice(0, 80)}`;
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.headers.get("content-type") ?? "", label).toContain("application/problem+json");
  const body = await res.json();
  expect(typeof body.title, label).toBe("string");
}

describe("malformed input", () => {
  it("finds the API's routes", () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it("answers every bad body with 4xx problem+json", async () => {
    for (const route of routes.filter((r) => r.hasBody)) {
      const path = fillPath(route.path, {});
      for (const body of malformedBodies(route)) {
        const res = await t.request(route.method, path, { cookie: owner, rawBody: body });
        if (route.pathParams.length === 0 && isJsonObject(body)) {
          // Without an id, some of these bodies are valid partial updates (e.g. {"legalName": ""}):
          // they may succeed, but must never fail with a 5xx.
          expect(
            res.status,
            `${route.method} ${route.path} with ${body.slice(0, 80)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) await expectClientError(route, res, body);
          continue;
        }
        // A well-formed body for a missing record is a 404: still a 4xx problem.
        await expectClientError(route, res, body);
      }
    }
    // A sweep of every route with a body; it grows with the API, so it gets more than the default.
  }, 240_000);

  it("answers bad path parameters with 4xx problem+json", async () => {
    for (const route of routes.filter((r) => r.pathParams.length)) {
      for (const value of [
        "not-an-id",
        huge.slice(0, 5000),
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "00000000-0000-0000-0000-000000000000",
      ]) {
        const path = route.path.replace(/\{(\w+)\}/g, () => value);
        const res = await t.request(route.method, path, {
          cookie: owner,
          rawBody: route.hasBody ? "{}" : undefined,
        });
        await expectClientError(route, res, `path ${value}`);
      }
    }
  });

  it("answers bad query strings with 4xx problem+json or ignores unknown ones", async () => {
    for (const route of routes.filter((r) => r.method === "GET" && r.querySchema.length)) {
      for (const q of route.querySchema) {
        for (const value of [
          "",
          "-1",
          "abc",
          "2026-02-30",
          huge.slice(0, 10_000),
          "99999999999999999999",
        ]) {
          const path = `${fillPath(route.path, {})}?${q.name}=${encodeURIComponent(value)}`;
          const res = await t.request("GET", path, { cookie: owner });
          expect(res.status, `${route.path} ?${q.name}=${value.slice(0, 30)}`).toBeLessThan(500);
        }
      }
    }
  });

  it("refuses every non-public route without a session", async () => {
    const publicPaths = [
      "/api/invitations/{id}",
      "/api/invitations/{id}/accept",
      "/api/dev/outbox",
      "/api/feeds/{token}/calendar.ics",
      "/api/public/appointments/{id}/calendar.ics",
      "/api/public/waitlist-offers/{token}",
      "/api/public/waitlist-offers/{token}/accept",
      "/api/public/waitlist-offers/{token}/decline",
      "/api/public/waitlist-offers/{token}/logo",
      "/api/files/photos/{orgId}/{id}/{variant}",
      "/api/files/previews/{orgId}/{id}/{variant}",
      "/api/public/check-ins/{token}",
      "/api/public/check-ins/{token}/answer",
      "/api/public/check-ins/{token}/logo",
      "/api/public/prep/{token}",
      "/api/public/prep/{token}/intake",
      "/api/public/prep/{token}/photos",
      "/api/public/prep/{token}/photos/{photoId}",
      "/api/public/prep/{token}/done",
      "/api/public/prep/{token}/logo",
      "/api/public/booking/{slug}",
      "/api/public/booking/{slug}/slots",
      "/api/public/booking/{slug}/hold",
      "/api/public/booking/{slug}/requests/{requestId}/details",
      "/api/public/booking/{slug}/requests/{requestId}/resend",
      "/api/public/booking/{slug}/requests/{requestId}/confirm",
      "/api/public/booking/{slug}/logo",
      "/api/portal/{slug}/brand",
      "/api/portal/{slug}/logo",
      "/api/portal/{slug}/sign-in/code",
      "/api/portal/{slug}/sign-in/verify",
    ];
    for (const route of routes.filter((r) => !publicPaths.includes(r.path))) {
      const res = await t.request(route.method, fillPath(route.path, {}), {
        rawBody: route.hasBody ? "{}" : undefined,
      });
      expect(res.status, `${route.method} ${route.path}`).toBe(401);
    }
  });
});
