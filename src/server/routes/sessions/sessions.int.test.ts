import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CLINICAL_SETTINGS } from "../../../domain/settings/clinical-settings.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import {
  appointment,
  auditLog,
  client,
  clinicalSettings,
  outboxMessage,
  patchTest,
  sessionZone,
  stockBatch,
} from "../../db/schema/index.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let prac: Awaited<ReturnType<TestApp["addStaff"]>>;
let other: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: string;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
const batch: Record<string, string> = {};
const today = epochToLocal(Date.now(), "Europe/London").date;

const allYes = {
  shaved: true,
  no_alcohol: true,
  no_blood_thinning_painkillers: true,
  no_sunburn: true,
};
const noChange = { noChange: true, answers: { unwell_or_intoxicated_today: false } };

async function addBatch(
  kind: "pigment" | "needle" | "anaesthetic",
  lot: string,
  expiresOn: string,
) {
  const [row] = await t.db
    .insert(stockBatch)
    .values({
      orgId,
      kind,
      brand: kind === "pigment" ? "Perma Blend" : "Kwadron",
      product:
        kind === "pigment" ? "Scalp Shadow" : kind === "needle" ? "1RL cartridge" : "Lidocaine 5%",
      lot,
      expiresOn,
      needleConfig: kind === "needle" ? "1RL" : null,
      needleDiameterMm: kind === "needle" ? "0.25" : null,
    })
    .returning({ id: stockBatch.id });
  return row?.id as string;
}

let booked = 0;
/** A treatment appointment today for a client with a signed plan. */
async function treatmentToday(dateOfBirth = "1980-03-04") {
  const { clientId } = await clientWithAcceptedPlan(t, prac, orgId, today);
  await t.db
    .update(client)
    .set({ dateOfBirth, email: `client-${booked}@example.test` })
    .where(eq(client.id, clientId));
  const service = clinic.services.find((s) => s.kind === "treatment");
  // Each appointment at its own time: the practitioner cannot be double-booked.
  const startsAt = new Date(Date.now() - 30 * 60_000 - booked++ * 4 * 3_600_000);
  const [row] = await t.db
    .insert(appointment)
    .values({
      orgId,
      locationId: clinic.locationId,
      clientId,
      serviceId: service?.id as string,
      practitionerId: prac.memberId,
      roomId: null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      busyFrom: startsAt,
      busyTo: new Date(startsAt.getTime() + 3 * 3_600_000),
    })
    .returning({ id: appointment.id });
  return { appointmentId: row?.id as string, clientId };
}

const as = (cookie: string) => (method: string, url: string, body?: unknown) =>
  t.request(method, url, { cookie, body });

const zone = (version: number, over: Record<string, unknown> = {}) => ({
  zone: "hairline",
  label: "Hairline",
  pigmentBatchId: batch.pigment,
  pigmentParts: 1,
  waterParts: 2,
  shadeLabel: "Light",
  needleBatchId: batch.needle,
  needleCount: 2,
  depthNotes: "Shallow, upper dermis",
  coveragePct: 40,
  densityPerCm2: 60,
  anaestheticBatchId: batch.anaesthetic,
  anaestheticAppliedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
  reactions: "Mild redness",
  version,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic();
  orgId = clinic.orgId;
  prac = await t.addStaff(orgId, "practitioner", "Pat Practitioner");
  other = await t.addStaff(orgId, "practitioner", "Olly Other");
  reception = (await t.addStaff(orgId, "receptionist")).cookie;
  batch.pigment = await addBatch("pigment", "PB-001", "2099-12-31");
  batch.needle = await addBatch("needle", "ND-001", "2099-12-31");
  batch.anaesthetic = await addBatch("anaesthetic", "AN-001", "2099-12-31");
  batch.expired = await addBatch("pigment", "PB-OLD", "2020-01-31");
});
afterAll(() => t?.close());

describe("treatment session", () => {
  it("fails the checklist, then starts with an override, records zones, signs off and amends", async () => {
    const { appointmentId } = await treatmentToday();
    const api = as(prac.cookie);
    const url = `/api/appointments/${appointmentId}/session`;

    const before = await (await api("GET", url)).json();
    expect(before.session).toBeNull();
    expect(before.plan.zones.length).toBeGreaterThan(0);

    // Pre-care "no": the start is blocked, naming the item.
    const body = { rescreen: noChange, preCare: { ...allYes, no_alcohol: false } };
    const evaluated = await (await api("POST", `${url}/checklist`, body)).json();
    expect(evaluated.canStart).toBe(false);
    expect(evaluated.blocking).toEqual(["pre_care"]);
    const blocked = await api("POST", url, body);
    expect(blocked.status).toBe(422);
    const problem = await blocked.json();
    expect(problem.failed.map((f: { item: string }) => f.item)).toEqual(["pre_care"]);
    expect(problem.detail).toContain("No alcohol");

    // Too short an override is refused by validation; a proper one starts the session.
    expect(
      (await api("POST", url, { ...body, overrides: [{ item: "pre_care", reason: "fine" }] }))
        .status,
    ).toBe(400);
    const started = await api("POST", url, {
      ...body,
      overrides: [
        { item: "pre_care", reason: "One glass of wine two nights ago; bleeding checked" },
      ],
    });
    expect(started.status).toBe(201);
    const ws = await started.json();
    const preCare = ws.session.checklist.items.find((i: { id: string }) => i.id === "pre_care");
    expect(preCare.override).toMatchObject({ byName: "Pat Practitioner" });
    expect(ws.session.checklist.evaluatedBy).toBe("Pat Practitioner");

    // Started twice: 409.
    expect((await api("POST", url, { rescreen: noChange, preCare: allYes })).status).toBe(409);

    // Another practitioner may not record it; a receptionist may not even read it.
    expect((await as(other.cookie)("POST", `${url}/zones`, zone(ws.session.version))).status).toBe(
      403,
    );
    expect((await as(reception)("GET", url)).status).toBe(403);

    // An expired pigment batch is refused, naming the batch and its expiry.
    const expired = await api(
      "POST",
      `${url}/zones`,
      zone(ws.session.version, { pigmentBatchId: batch.expired }),
    );
    expect(expired.status).toBe(422);
    expect((await expired.json()).detail).toContain(
      "Perma Blend Scalp Shadow lot PB-OLD expired on 31/01/2020",
    );
    // The wrong kind in a slot is refused too; dilution must be whole positive parts.
    expect(
      (
        await api(
          "POST",
          `${url}/zones`,
          zone(ws.session.version, { needleBatchId: batch.pigment }),
        )
      ).status,
    ).toBe(422);
    expect(
      (await api("POST", `${url}/zones`, zone(ws.session.version, { pigmentParts: 0 }))).status,
    ).toBe(400);
    expect(
      (await api("POST", `${url}/zones`, zone(ws.session.version, { coveragePct: 101 }))).status,
    ).toBe(400);

    // Sign-off needs a zone and an end time.
    const early = await api("POST", `${url}/sign-off`, { version: ws.session.version });
    expect(early.status).toBe(422);
    expect((await early.json()).detail).toContain("pigment batch");

    let v = ws.session.version;
    const one = await (await api("POST", `${url}/zones`, zone(v))).json();
    v = one.session.version;
    // A stale version is a 409.
    expect(
      (await api("POST", `${url}/zones`, zone(v - 1, { zone: "crown", label: "Crown" }))).status,
    ).toBe(409);
    const two = await (
      await api("POST", `${url}/zones`, zone(v, { zone: "crown", label: "Crown", coveragePct: 30 }))
    ).json();
    expect(two.session.zones.map((z: { label: string }) => z.label)).toEqual(["Hairline", "Crown"]);
    expect(two.session.zones[0].pigmentBatch.lot).toBe("PB-001");
    v = two.session.version;

    const endBeforeStart = await api("PUT", url, {
      endedAt: new Date(Date.parse(two.session.startedAt) - 60_000).toISOString(),
      version: v,
    });
    expect(endBeforeStart.status).toBe(422);
    const ended = await (
      await api("PUT", url, { endedAt: new Date().toISOString(), notes: "Went well.", version: v })
    ).json();
    v = ended.session.version;

    const signed = await api("POST", `${url}/sign-off`, { version: v });
    expect(signed.status).toBe(200);
    const s = await signed.json();
    expect(s.session.status).toBe("signed");
    expect(s.session.signedBy).toBe("Pat Practitioner");
    expect(s.appointment.status).toBe("completed");
    // Aftercare is planned from the actual end of the session.
    const planned = await t.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.appointmentId, appointmentId));
    const aftercare = planned.filter((m) => m.kind === "aftercare");
    expect(aftercare.length).toBeGreaterThan(0);
    for (const m of aftercare)
      expect(m.scheduledFor?.getTime()).toBeGreaterThanOrEqual(
        Date.parse(s.session.endedAt) - 60_000,
      );

    // A signed record refuses edits through the API…
    for (const [method, path, b] of [
      ["PUT", url, { notes: "changed", version: s.session.version }],
      ["POST", `${url}/zones`, zone(s.session.version)],
      ["PUT", `${url}/zones/${s.session.zones[0].id}`, zone(s.session.version)],
      ["DELETE", `${url}/zones/${s.session.zones[0].id}`, undefined],
      ["POST", `${url}/sign-off`, { version: s.session.version }],
    ] as const) {
      const res = await api(method, path, b);
      expect(res.status, `${method} ${path}`).toBe(409);
    }
    // …and in the database, whatever the application does.
    await expect(
      t.db
        .update(sessionZone)
        .set({ coveragePct: 99 })
        .where(eq(sessionZone.id, s.session.zones[0].id)),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update treatment_session set notes = 'x' where id = ${s.session.id}`),
    ).rejects.toThrow();

    // Corrections are appended; the original stays.
    const hairline = s.session.zones[0];
    const amended = await api("POST", `${url}/amendments`, {
      reason: "Coverage was misread from the notes",
      changes: [{ target: hairline.id, field: "coveragePct", from: 40, to: 45 }],
    });
    expect(amended.status).toBe(201);
    const a = await amended.json();
    expect(a.session.zones[0].coveragePct).toBe(40);
    expect(a.session.amendments).toHaveLength(1);
    expect(a.session.amendments[0]).toMatchObject({
      authorName: "Pat Practitioner",
      reason: "Coverage was misread from the notes",
    });
    // A stale "from" is a conflict; an unknown target is refused.
    expect(
      (
        await api("POST", `${url}/amendments`, {
          reason: "Coverage was misread again",
          changes: [{ target: hairline.id, field: "coveragePct", from: 40, to: 50 }],
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await api("POST", `${url}/amendments`, {
          reason: "Wrong zone id supplied here",
          changes: [{ target: appointmentId, field: "coveragePct", from: 40, to: 50 }],
        })
      ).status,
    ).toBe(422);

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "treatment_session"));
    for (const action of ["read", "create", "update", "sign", "amend"])
      expect(
        audits.some((r) => r.action === action),
        action,
      ).toBe(true);
    expect(JSON.stringify(audits)).not.toContain("wine");
  });

  it("blocks an under-18 client with no override", async () => {
    const dob = `${Number(today.slice(0, 4)) - 17}${today.slice(4)}`;
    const { appointmentId } = await treatmentToday(dob);
    const url = `/api/appointments/${appointmentId}/session`;
    const res = await as(prac.cookie)("POST", url, {
      rescreen: noChange,
      preCare: allYes,
      overrides: [{ item: "age", reason: "Client says they turn 18 very soon" }],
    });
    expect(res.status).toBe(422);
    const p = await res.json();
    expect(p.failed.map((f: { item: string }) => f.item)).toContain("age");
    expect(p.items.find((i: { id: string }) => i.id === "age")).toMatchObject({
      overridable: false,
      override: null,
    });
  });

  it("fails the re-check with the screening engine's reason when something has changed", async () => {
    const { appointmentId } = await treatmentToday();
    const res = await as(prac.cookie)(
      "POST",
      `/api/appointments/${appointmentId}/session/checklist`,
      {
        rescreen: { noChange: false, answers: { unwell_or_intoxicated_today: true } },
        preCare: allYes,
      },
    );
    expect(res.status).toBe(200);
    const r = await res.json();
    const item = r.items.find((i: { id: string }) => i.id === "screening");
    expect(item.status).toBe("fail");
    expect(item.reasons.join(" ")).not.toBe("");
  });

  it("refuses a session for an appointment that is not a treatment", async () => {
    const { appointmentId } = await treatmentToday();
    const consult = clinic.services.find((s) => s.kind === "consultation");
    await t.db
      .update(appointment)
      .set({ serviceId: consult?.id as string })
      .where(eq(appointment.id, appointmentId));
    const res = await as(prac.cookie)("GET", `/api/appointments/${appointmentId}/session`);
    expect(res.status).toBe(422);
  });
  // Last: it turns the clinic's patch test rule on.
  it("requires a negative patch test read at least the clinic's minimum hours after it was done", async () => {
    await t.db.insert(clinicalSettings).values({
      orgId,
      settings: {
        ...DEFAULT_CLINICAL_SETTINGS,
        patchTest: { required: true, minHoursBeforeSession: 48 },
      },
    });
    const { appointmentId, clientId } = await treatmentToday();
    const check = async () => {
      const res = await as(prac.cookie)(
        "POST",
        `/api/appointments/${appointmentId}/session/checklist`,
        {
          rescreen: noChange,
          preCare: allYes,
        },
      );
      expect(res.status).toBe(200);
      return (await res.json()).items.find((i: { id: string }) => i.id === "patch_test");
    };
    expect(await check()).toMatchObject({
      status: "fail",
      reasons: ["No patch test is on record for this client."],
    });
    const performedAt = new Date(Date.now() - 72 * 3_600_000);
    const [pt] = await t.db
      .insert(patchTest)
      .values({
        orgId,
        clientId,
        performedAt,
        readAt: new Date(performedAt.getTime() + 24 * 3_600_000),
        result: "negative",
      })
      .returning({ id: patchTest.id });
    expect((await check()).reasons[0]).toContain("at least 48 h");
    await t.db
      .update(patchTest)
      .set({ readAt: new Date(performedAt.getTime() + 49 * 3_600_000) })
      .where(eq(patchTest.id, pt?.id as string));
    expect((await check()).status).toBe("pass");
  });
});
