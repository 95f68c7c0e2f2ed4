import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatchTest } from "../../../shared/contracts/patch-tests.ts";
import { auditLog } from "../../db/schema/index.ts";
import { createTenant } from "../../db/tenant.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { latestPatchTest } from "../../use-cases/patch-tests/patch-test-read.ts";

let t: TestApp;
let orgId: string;
let prac: string;
let reception: string;
let clientId: string;
let pigmentId: string;
let needleId: string;

beforeAll(async () => {
  t = await createTestApp();
  const clinic = await t.addClinic();
  orgId = clinic.orgId;
  prac = (await t.addStaff(orgId, "practitioner")).cookie;
  reception = (await t.addStaff(orgId, "receptionist")).cookie;
  clientId = (
    await (
      await t.request("POST", "/api/clients", {
        cookie: prac,
        body: { firstName: "Ali", lastName: "Khan" },
      })
    ).json()
  ).id;
  const add = async (body: object) =>
    (await (await t.request("POST", "/api/stock/batches", { cookie: prac, body })).json()).id;
  pigmentId = await add({
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 2",
    lot: "T2",
    expiresOn: "2030-01-01",
  });
  needleId = await add({
    kind: "needle",
    brand: "K",
    product: "C",
    lot: "N",
    expiresOn: "2030-01-01",
    needleConfig: "1RL",
    needleDiameterMm: 0.2,
  });
});
afterAll(() => t?.close());

const url = () => `/api/clients/${clientId}/patch-tests`;

describe("patch tests", () => {
  it("records a test and refuses a reading before the clinic's minimum hours, in local time", async () => {
    const created = await t.request("POST", url(), {
      cookie: prac,
      body: { performedAt: "2026-07-01T09:00:00Z", pigmentBatchId: pigmentId },
    });
    expect(created.status).toBe(201);
    const test = (await created.json()) as PatchTest;
    expect(test).toMatchObject({
      result: "pending",
      readableFrom: "2026-07-03T09:00:00.000Z",
      pigmentBatch: { lot: "T2" },
    });
    const early = await t.request("POST", `/api/patch-tests/${test.id}/reading`, {
      cookie: prac,
      body: { result: "negative", readAt: "2026-07-03T08:00:00Z" },
    });
    expect(early.status).toBe(422);
    expect((await early.json()).detail).toBe(
      "The test was applied at 01/07/2026, 10:00; this clinic reads patch tests at least 48 hours later, so from 03/07/2026, 10:00. 03/07/2026, 09:00 is too early.",
    );
    const read = await t.request("POST", `/api/patch-tests/${test.id}/reading`, {
      cookie: prac,
      body: { result: "negative", readAt: "2026-07-03T09:00:00Z" },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      result: "negative",
      readAt: "2026-07-03T09:00:00.000Z",
    });
    const again = await t.request("POST", `/api/patch-tests/${test.id}/reading`, {
      cookie: prac,
      body: { result: "positive", readAt: "2026-07-04T09:00:00Z" },
    });
    expect(again.status).toBe(409);
  });

  it("records a declined test (waiver), refuses non-pigment batches and future tests", async () => {
    const declined = await t.request("POST", url(), {
      cookie: prac,
      body: { performedAt: "2026-08-01T09:00:00Z", result: "declined", notes: "Waiver signed" },
    });
    expect(declined.status).toBe(201);
    const needle = await t.request("POST", url(), {
      cookie: prac,
      body: { performedAt: "2026-08-01T09:00:00Z", pigmentBatchId: needleId },
    });
    expect(needle.status).toBe(422);
    const future = await t.request("POST", url(), {
      cookie: prac,
      body: { performedAt: "2099-01-01T09:00:00Z" },
    });
    expect(future.status).toBe(422);
    const latest = await latestPatchTest(createTenant(t.db, orgId), clientId);
    expect(latest?.result).toBe("declined");
  });

  it("lists newest first with the clinic's rule, audits reads and keeps receptionists out", async () => {
    const res = await t.request("GET", url(), { cookie: prac });
    const body = await res.json();
    expect(body.items.map((i: PatchTest) => i.result)).toEqual(["declined", "negative"]);
    expect(body.policy).toEqual({ required: false, minHoursBeforeSession: 48 });
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "patch_test"), eq(auditLog.action, "read")));
    expect(reads).toHaveLength(1);
    expect((await t.request("GET", url(), { cookie: reception })).status).toBe(403);
    expect(
      (
        await t.request("POST", url(), {
          cookie: reception,
          body: { performedAt: "2026-08-01T09:00:00Z" },
        })
      ).status,
    ).toBe(403);
  });
});
