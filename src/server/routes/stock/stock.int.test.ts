import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StockBatch, StockRecall } from "../../../shared/contracts/stock.ts";
import { auditLog } from "../../db/schema/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { type ClinicRefs, seedClient, seedSession } from "./recall-fixtures.ts";

let t: TestApp;
let owner: string;
let reception: string;
let pracId: string;
let clinicA: ClinicRefs;
const batch: Record<"p1" | "p2" | "n1" | "n2" | "a1" | "old", StockBatch> = {} as never;
const clients: Record<"c1" | "c2" | "c3", string> = {} as never;

const post = (url: string, body: unknown, cookie = owner) =>
  t.request("POST", url, { cookie, body });
const addBatch = async (body: Record<string, unknown>) => {
  const res = await post("/api/stock/batches", body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as StockBatch;
};

beforeAll(async () => {
  t = await createTestApp();
  const a = await t.addClinic("Alpha");
  const svc = a.services[0]?.id ?? "";
  clinicA = { orgId: a.orgId, locationId: a.locationId, serviceId: svc };
  owner = (await t.addStaff(a.orgId, "owner")).cookie;
  reception = (await t.addStaff(a.orgId, "receptionist")).cookie;
  const prac = await t.addStaff(a.orgId, "practitioner", "Sam Practitioner");
  pracId = prac.memberId;

  batch.p1 = await addBatch({
    kind: "pigment",
    brand: 'Scalp "Ink", Co',
    product: "Shade 2 Dark Ash",
    lot: "LOT-77",
    expiresOn: "2027-06-30",
  });
  batch.p2 = await addBatch({
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 3",
    lot: "TP-3",
    expiresOn: "2027-01-31",
  });
  batch.n1 = await addBatch({
    kind: "needle",
    brand: "Kwadron",
    product: "Cartridge",
    lot: "N-0803",
    expiresOn: "2028-01-01",
    needleConfig: "3rl",
    needleDiameterMm: 0.25,
    quantity: 50,
  });
  batch.n2 = await addBatch({
    kind: "needle",
    brand: "Kwadron",
    product: "Cartridge",
    lot: "N-0601",
    expiresOn: "2028-01-01",
    needleConfig: "1RL",
    needleDiameterMm: 0.2,
  });
  batch.a1 = await addBatch({
    kind: "anaesthetic",
    brand: "Numbing Co",
    product: "Lidocaine 5% cream",
    lot: "AN-1",
    expiresOn: "2026-12-31",
  });
  batch.old = await addBatch({
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 1",
    lot: "OLD-1",
    expiresOn: "2026-11-24",
  });

  clients.c1 = await seedClient(t.db, a.orgId, {
    firstName: "=HYPERLINK(1)",
    lastName: 'O"Neil, Jr',
    email: "jo@example.test",
    phone: "+44 7700 900123",
  });
  clients.c2 = await seedClient(t.db, a.orgId, { firstName: "Priya", lastName: "Shah" });
  clients.c3 = await seedClient(t.db, a.orgId, { firstName: "Zoë", lastName: "Adams" });
  const { p1, p2, n1, n2, a1 } = batch;
  // 23:30 UTC on 29 March 2026 is 00:30 BST on the 30th in London.
  await seedSession(t.db, clinicA, {
    clientId: clients.c1,
    practitionerId: pracId,
    startsAt: "2026-03-29T23:30:00Z",
    signed: true,
    zones: [
      { zone: "hairline", label: "Hairline", pigment: p1.id, needle: n1.id, anaesthetic: a1.id },
      { zone: "crown", label: "Crown", pigment: p1.id, needle: n1.id },
    ],
  });
  await seedSession(t.db, clinicA, {
    clientId: clients.c1,
    practitionerId: pracId,
    startsAt: "2026-04-20T09:00:00Z",
    signed: false,
    zones: [
      { zone: "temples", label: "Temples", pigment: p2.id, needle: n1.id, anaesthetic: a1.id },
    ],
  });
  await seedSession(t.db, clinicA, {
    clientId: clients.c2,
    practitionerId: pracId,
    startsAt: "2026-05-01T09:00:00Z",
    signed: true,
    zones: [{ zone: "crown", label: "Crown", pigment: p2.id, needle: n2.id }],
  });
  await seedSession(t.db, clinicA, {
    clientId: clients.c3,
    practitionerId: pracId,
    startsAt: "2026-06-01T09:00:00Z",
    signed: true,
    zones: [
      { zone: "hairline", label: "Hairline", pigment: p1.id, needle: n2.id, anaesthetic: a1.id },
    ],
  });

  // Clinic B: its own batches and sessions, plus a zone wrongly pointing at A's pigment batch.
  const b = await t.addClinic("Bravo");
  const bRefs = { orgId: b.orgId, locationId: b.locationId, serviceId: b.services[0]?.id ?? "" };
  const bOwner = await t.addStaff(b.orgId, "owner");
  const bPrac = await t.addStaff(b.orgId, "practitioner");
  const bBatch = (await (
    await t.request("POST", "/api/stock/batches", {
      cookie: bOwner.cookie,
      body: {
        kind: "pigment",
        brand: 'Scalp "Ink", Co',
        product: "Shade 2 Dark Ash",
        lot: "LOT-77",
        expiresOn: "2027-06-30",
      },
    })
  ).json()) as StockBatch;
  const bClient = await seedClient(t.db, b.orgId, { firstName: "Bravo", lastName: "Secret" });
  await seedSession(t.db, bRefs, {
    clientId: bClient,
    practitionerId: bPrac.memberId,
    startsAt: "2026-04-02T09:00:00Z",
    signed: true,
    zones: [
      { zone: "crown", label: "Crown", pigment: bBatch.id, needle: n1.id },
      { zone: "hairline", label: "Hairline", pigment: p1.id, needle: n1.id, anaesthetic: a1.id },
    ],
  });
});
afterAll(() => t?.close());

const recallOf = async (id: string) => {
  const res = await t.request("GET", `/api/stock/batches/${id}/recall`, { cookie: owner });
  expect(res.status).toBe(200);
  return (await res.json()) as StockRecall;
};
const summary = (r: StockRecall) =>
  r.rows.map(
    (x) =>
      `${x.client.name} | ${x.sessionDate} | ${x.zone.label} | ${x.usedAs} | ${x.sessionStatus}`,
  );

describe("batch recall", () => {
  it("lists every session zone of this clinic that used a pigment lot, once per session and zone (oldest session first, zones by name)", async () => {
    const r = await recallOf(batch.p1.id);
    expect(summary(r)).toEqual([
      '=HYPERLINK(1) O"Neil, Jr | 2026-03-30 | Crown | pigment | signed',
      '=HYPERLINK(1) O"Neil, Jr | 2026-03-30 | Hairline | pigment | signed',
      "Zoë Adams | 2026-06-01 | Hairline | pigment | signed",
    ]);
    expect(r.sessionCount).toBe(2);
    expect(r.clientCount).toBe(2);
    expect(r.rows[0]?.client).toMatchObject({ email: "jo@example.test", phone: "+44 7700 900123" });
    expect(r.rows[0]?.practitioner.name).toBe("Sam Practitioner");
    expect(JSON.stringify(r)).not.toContain("Bravo");
  });

  it("finds needle and anaesthetic batches through their own columns, incl. one client's two sessions", async () => {
    expect(summary(await recallOf(batch.n1.id))).toEqual([
      '=HYPERLINK(1) O"Neil, Jr | 2026-03-30 | Crown | needle | signed',
      '=HYPERLINK(1) O"Neil, Jr | 2026-03-30 | Hairline | needle | signed',
      '=HYPERLINK(1) O"Neil, Jr | 2026-04-20 | Temples | needle | in_progress',
    ]);
    const a1 = await recallOf(batch.a1.id);
    expect(summary(a1)).toEqual([
      '=HYPERLINK(1) O"Neil, Jr | 2026-03-30 | Hairline | anaesthetic | signed',
      '=HYPERLINK(1) O"Neil, Jr | 2026-04-20 | Temples | anaesthetic | in_progress',
      "Zoë Adams | 2026-06-01 | Hairline | anaesthetic | signed",
    ]);
    expect(a1.clientCount).toBe(2);
    expect(a1.sessionCount).toBe(3);
    expect((await recallOf(batch.old.id)).rows).toEqual([]);
  });

  it("exports CSV with a BOM, RFC 4180 quoting and formula-safe cells, and audits every read", async () => {
    const res = await t.request("GET", `/api/stock/batches/${batch.p1.id}/recall.csv`, {
      cookie: owner,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="recall-scalp-ink-co-lot-77-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines).toEqual([
      "Client,Email,Phone,Session date,Session time,Practitioner,Zone,Used as,Session status,Brand,Product,Lot",
      `"'=HYPERLINK(1) O""Neil, Jr",jo@example.test,'+44 7700 900123,30/03/2026,00:30,Sam Practitioner,Crown,Pigment,Signed,"Scalp ""Ink"", Co",Shade 2 Dark Ash,LOT-77`,
      `"'=HYPERLINK(1) O""Neil, Jr",jo@example.test,'+44 7700 900123,30/03/2026,00:30,Sam Practitioner,Hairline,Pigment,Signed,"Scalp ""Ink"", Co",Shade 2 Dark Ash,LOT-77`,
      'Zoë Adams,,,01/06/2026,10:00,Sam Practitioner,Hairline,Pigment,Signed,"Scalp ""Ink"", Co",Shade 2 Dark Ash,LOT-77',
      "",
    ]);
    const reads = await t.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "stock_recall"), eq(auditLog.entityId, batch.p1.id)));
    expect(reads.map((r) => (r.details as { format: string }).format).sort()).toEqual([
      "csv",
      "json",
    ]);
  });

  it("keeps recall and stock away from receptionists and other clinics", async () => {
    for (const url of [
      "/api/stock/batches",
      `/api/stock/batches/${batch.p1.id}/recall`,
      `/api/stock/batches/${batch.p1.id}/recall.csv`,
    ])
      expect((await t.request("GET", url, { cookie: reception })).status).toBe(403);
  });
});

describe("stock batches", () => {
  it("lists usable batches of a kind on a date, the expiry day itself still usable", async () => {
    const on = async (date: string) => {
      const res = await t.request("GET", `/api/stock/batches?kind=pigment&usable=true&on=${date}`, {
        cookie: owner,
      });
      expect(res.status).toBe(200);
      return ((await res.json()).items as StockBatch[]).map((b) => b.lot);
    };
    expect(await on("2026-11-24")).toEqual(["OLD-1", "TP-3", "LOT-77"]);
    expect(await on("2026-11-25")).toEqual(["TP-3", "LOT-77"]);
    const all = await t.request("GET", "/api/stock/batches?on=2026-11-25&q=tricopigment", {
      cookie: owner,
    });
    const items = (await all.json()).items as StockBatch[];
    expect(items.map((b) => [b.lot, b.state, b.daysToExpiry])).toEqual([
      ["OLD-1", "expired", -1],
      ["TP-3", "usable", 67],
    ]);
  });

  it("validates needles and refuses duplicates naming the existing batch", async () => {
    const needle = { kind: "needle", brand: "K", product: "C", lot: "X1", expiresOn: "2028-01-01" };
    const noConfig = await post("/api/stock/batches", { ...needle, needleDiameterMm: 0.25 });
    expect(noConfig.status).toBe(400);
    expect((await noConfig.json()).errors[0].field).toBe("needleConfig");
    const badConfig = await post("/api/stock/batches", {
      ...needle,
      needleConfig: "3XL",
      needleDiameterMm: 0.25,
    });
    expect((await badConfig.json()).detail).toContain("like 1RL, 3RL");
    const thick = await post("/api/stock/batches", {
      ...needle,
      needleConfig: "5M1",
      needleDiameterMm: 0.5,
    });
    expect((await thick.json()).detail).toContain("between 0.18 and 0.4 mm");
    const noLot = await post("/api/stock/batches", {
      ...needle,
      lot: " ",
      needleConfig: "5M1",
      needleDiameterMm: 0.3,
    });
    expect((await noLot.json()).detail).toBe("lot: Lot number is required");
    const dup = await post("/api/stock/batches", {
      kind: "pigment",
      brand: 'scalp "ink", co',
      product: "SHADE 2 DARK ASH",
      lot: "lot-77",
      expiresOn: "2029-01-01",
    });
    expect(dup.status).toBe(409);
    const body = await dup.json();
    expect(body.existingBatchId).toBe(batch.p1.id);
    expect(body.detail).toContain('Scalp "Ink", Co Shade 2 Dark Ash, lot LOT-77');
  });

  it("keeps the identity of a batch used in a signed session, but lets labels change", async () => {
    const url = `/api/stock/batches/${batch.p1.id}`;
    const renamed = await t.request("PATCH", url, { cookie: owner, body: { lot: "LOT-78" } });
    expect(renamed.status).toBe(409);
    expect((await renamed.json()).detail).toContain(
      "signed treatment sessions, so its lot cannot change",
    );
    const noted = await t.request("PATCH", url, {
      cookie: owner,
      body: { notes: "Shelf 2", quantity: 3 },
    });
    expect(noted.status).toBe(200);
    expect(await noted.json()).toMatchObject({
      notes: "Shelf 2",
      quantity: 3,
      lot: "LOT-77",
      identityLocked: true,
    });
    // Used only in an in-progress session, or never: still correctable.
    const fresh = await addBatch({
      kind: "anaesthetic",
      brand: "B",
      product: "P",
      lot: "typo",
      expiresOn: "2027-01-01",
    });
    const fixed = await t.request("PATCH", `/api/stock/batches/${fresh.id}`, {
      cookie: owner,
      body: { lot: "L-1" },
    });
    expect((await fixed.json()).lot).toBe("L-1");
  });

  it("archives and restores a batch, never deleting it", async () => {
    const archived = await post(`/api/stock/batches/${batch.p2.id}/archive`, undefined);
    expect((await archived.json()).state).toBe("archived");
    const usable = await t.request(
      "GET",
      "/api/stock/batches?kind=pigment&usable=true&on=2026-11-24",
      { cookie: owner },
    );
    expect(((await usable.json()).items as StockBatch[]).map((b) => b.lot)).not.toContain("TP-3");
    expect((await recallOf(batch.p2.id)).rows).toHaveLength(2);
    const restored = await post(`/api/stock/batches/${batch.p2.id}/unarchive`, undefined);
    expect((await restored.json()).archivedAt).toBeNull();
  });
});
