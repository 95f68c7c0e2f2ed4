import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, treatmentPlan } from "../../db/schema/index.ts";
import {
  sampleAssessment as assessment,
  healthyAnswers,
} from "../../testing/consultation-fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let clinic: Awaited<ReturnType<TestApp["addClinic"]>>;
let owner: Awaited<ReturnType<TestApp["addStaff"]>>;
let alex: Awaited<ReturnType<TestApp["addStaff"]>>;
let reception: Awaited<ReturnType<TestApp["addStaff"]>>;

async function signature() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150"><path d="M20 100 C 80 10, 140 140, 200 60 S 320 20, 380 110" stroke="#000" stroke-width="6" fill="none"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

async function newClient(dateOfBirth: string | null = "1981-05-02") {
  const res = await t.request("POST", "/api/clients", {
    cookie: reception.cookie,
    body: {
      firstName: "Sam",
      lastName: `Client${Math.random().toString(36).slice(2, 6)}`,
      ...(dateOfBirth ? { dateOfBirth } : {}),
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

async function startConsultation(clientId: string) {
  const res = await t.request("POST", "/api/consultations", {
    cookie: alex.cookie,
    body: { clientId, mode: "in_person" },
  });
  expect(res.status).toBe(201);
  return res.json();
}

/** PUT, sending the consultation's current version unless the test gives one. */
async function put(path: string, body: Record<string, unknown>, cookie = alex.cookie) {
  const id = /^\/api\/consultations\/([^/]+)\//.exec(path)?.[1];
  if (id && !("version" in body)) {
    const res = await t.request("GET", `/api/consultations/${id}`, { cookie: alex.cookie });
    body = { ...body, version: (await res.json()).version };
  }
  return t.request("PUT", path, { cookie, body });
}

beforeAll(async () => {
  t = await createTestApp();
  clinic = await t.addClinic("Consult Clinic");
  owner = await t.addStaff(clinic.orgId, "owner");
  alex = await t.addStaff(clinic.orgId, "practitioner", "Alex Morgan");
  reception = await t.addStaff(clinic.orgId, "receptionist", "Robin Desk");
});
afterAll(() => t?.close());

describe("consultation to signed plan", () => {
  it("screens, assesses, plans, quotes, and freezes the plan with a signature and PDF", async () => {
    const clientId = await newClient();
    let c = await startConsultation(clientId);
    expect(c.screening).toBeNull();

    let res = await put(`/api/consultations/${c.id}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers(),
      version: c.version,
    });
    expect(res.status).toBe(200);
    c = await res.json();
    expect(c.screening.verdict).toBe("proceed");
    expect(c.screening.reasons.length).toBeGreaterThan(0);

    res = await put(`/api/consultations/${c.id}/assessment`, { assessment, version: c.version });
    expect(res.status).toBe(200);
    c = await res.json();

    res = await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie });
    expect(res.status).toBe(201);
    c = await res.json();
    const plan = c.plan;
    expect(plan.status).toBe("draft");
    expect(plan.plan.sessions).toHaveLength(3);
    expect(plan.quote.totalPence).toBe(150_000);
    expect(plan.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);

    // Signing before the expectations checklist is refused.
    const sig = await signature();
    res = await t.request("POST", `/api/plans/${plan.id}/accept`, {
      cookie: alex.cookie,
      body: { signedName: "Sam Client", signature: sig, version: plan.version },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/expectations/);

    res = await put(`/api/consultations/${c.id}/expectations`, {
      ticked: c.expectationsMissing,
      version: c.version,
    });
    expect(res.status).toBe(200);
    c = await res.json();
    expect(c.expectationsMissing).toEqual([]);

    // A practitioner's edit: a £100 discount, and a fourth session lighter than the third
    // is refused by review unless a reason is given.
    const edited = structuredClone(plan.plan);
    res = await put(`/api/plans/${plan.id}`, {
      plan: edited,
      adjustment: { amountPence: -10_000, reason: "Returning client" },
      version: plan.version,
    });
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved.quote.totalPence).toBe(140_000);

    // A blank pad is not a signature.
    const blank = await sharp({
      create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    res = await t.request("POST", `/api/plans/${plan.id}/accept`, {
      cookie: alex.cookie,
      body: {
        signedName: "Sam Client",
        signature: `data:image/png;base64,${blank.toString("base64")}`,
        version: saved.version,
      },
    });
    expect(res.status).toBe(400);

    res = await t.request("POST", `/api/plans/${plan.id}/accept`, {
      cookie: alex.cookie,
      body: { signedName: "Sam Client", signature: sig, version: saved.version },
      headers: { "user-agent": "TabletBrowser/1.0" },
    });
    expect(res.status).toBe(200);
    const accepted = await res.json();
    expect(accepted.status).toBe("accepted");
    expect(accepted.hasPdf).toBe(true);

    const pdf = await t.request("GET", `/api/plans/${plan.id}/pdf`, { cookie: alex.cookie });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

    // Frozen: no edits, no re-draft.
    res = await put(`/api/plans/${plan.id}`, {
      plan: edited,
      adjustment: null,
      version: accepted.version,
    });
    expect(res.status).toBe(409);
    res = await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie });
    expect(res.status).toBe(409);

    // Reception sees the plan's status and price, not the health data.
    res = await t.request("GET", `/api/clients/${clientId}/consultations`, {
      cookie: reception.cookie,
    });
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary.items[0].plan).toMatchObject({ status: "accepted", totalPence: 140_000 });
    expect(summary.treatment.bookable).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/screening|answers|norwood/i);
  });

  it("refuses a lighter session without a reason and accepts it with one", async () => {
    const clientId = await newClient();
    let c = await startConsultation(clientId);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers(),
      })
    ).json();
    c = await (await put(`/api/consultations/${c.id}/assessment`, { assessment })).json();
    c = await (
      await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie })
    ).json();
    const plan = structuredClone(c.plan.plan);
    plan.sessions[2].strengthPct = plan.sessions[1].strengthPct - 10;
    let res = await put(`/api/plans/${c.plan.id}`, {
      plan,
      adjustment: null,
      version: c.plan.version,
    });
    const view = await res.json();
    expect(
      view.issues.some((i: { severity: string; path: string }) => i.severity === "error"),
    ).toBe(true);
    plan.sessions[2].overrideReason = "Scalp retained pigment strongly after session 2";
    res = await put(`/api/plans/${c.plan.id}`, { plan, adjustment: null, version: view.version });
    const fixed = await res.json();
    expect(fixed.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });
});

describe("screening gates treatment bookings", () => {
  const DAY = "2030-01-09";
  const treatmentService = () => clinic.services.find((s) => s.kind === "treatment")?.id ?? "";
  const book = (clientId: string, hhmm = "10:00") =>
    t.request("POST", "/api/appointments", {
      cookie: reception.cookie,
      body: {
        clientId,
        serviceId: treatmentService(),
        locationId: clinic.locationId,
        practitionerId: alex.memberId,
        roomId: clinic.rooms[0]?.id,
        startsAt: `${DAY}T${hhmm}:00Z`,
      },
    });

  it("refuses treatment without screening, and for a GP-letter case until the letter is recorded", async () => {
    const clientId = await newClient();
    let res = await book(clientId);
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/No consultation with medical screening/);

    let c = await startConsultation(clientId);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers({ anticoagulants: true, anticoagulant_details: "Warfarin 5 mg" }),
      })
    ).json();
    expect(c.screening.verdict).toBe("gp_letter");
    res = await book(clientId);
    expect(res.status).toBe(422);
    const detail = (await res.json()).detail as string;
    expect(detail).toMatch(/GP/);
    // Discreet: reception is not told which condition.
    expect(detail).not.toMatch(/warfarin|anticoagul|blood/i);

    res = await t.request("POST", `/api/consultations/${c.id}/clearances`, {
      cookie: alex.cookie,
      body: { ruleId: "anticoagulants", kind: "gp_letter", note: "Letter from Dr Patel" },
    });
    expect(res.status).toBe(201);
    c = await res.json();
    expect(c.screening.verdict).toBe("proceed");
    expect(c.clearances).toHaveLength(1);
    res = await book(clientId);
    expect(res.status).toBe(201);
  });

  it("refuses a declined client and a deferred one until the deferral ends", async () => {
    const declined = await newClient();
    let c = await startConsultation(declined);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers({ bleeding_disorder: true }),
      })
    ).json();
    expect(c.screening.verdict).toBe("decline");
    let res = await book(declined);
    expect(res.status).toBe(422);
    res = await put(`/api/consultations/${c.id}/assessment`, { assessment });
    res = await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie });
    expect(res.status).toBe(422);

    const deferred = await newClient();
    c = await startConsultation(deferred);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers({ sunburn_scalp: true }),
      })
    ).json();
    expect(c.screening.verdict).toBe("defer");
    // Deferred by two weeks from today; a session in 2030 is long after that.
    res = await book(deferred, "14:00");
    expect(res.status).toBe(201);
  });

  it("declines a client who is under 18 on the day of the session", async () => {
    const clientId = await newClient("2012-12-01");
    let c = await startConsultation(clientId);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers(),
      })
    ).json();
    expect(c.screening.verdict).toBe("decline");
    expect(c.screening.reasons[0].ruleId).toBe("under_18");
    const res = await book(clientId);
    expect(res.status).toBe(422);
  });
});

describe("health data access", () => {
  it("keeps receptionists out of consultations and audits every read and change", async () => {
    const clientId = await newClient();
    const c = await startConsultation(clientId);
    for (const [method, path] of [
      ["GET", `/api/consultations/${c.id}`],
      ["PUT", `/api/consultations/${c.id}/intake`],
      ["POST", "/api/consultations"],
      ["GET", "/api/intake-questionnaire"],
    ] as const) {
      const res = await t.request(method, path, {
        cookie: reception.cookie,
        body: method === "GET" ? undefined : { clientId, questionnaireVersion: 1, answers: {} },
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    await put(`/api/consultations/${c.id}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers(),
    });
    await t.request("GET", `/api/consultations/${c.id}`, { cookie: owner.cookie });
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "consultation"), eq(auditLog.entityId, c.id)));
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["create", "update", "read"]));
    // Audit entries never carry the answers themselves.
    expect(JSON.stringify(rows.map((r) => r.details))).not.toMatch(/false|true|never/);
  });

  it("rejects bad answers with 400 and changes nothing", async () => {
    const clientId = await newClient();
    const c = await startConsultation(clientId);
    const res = await put(`/api/consultations/${c.id}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers({ anticoagulants: "maybe", not_a_question: true }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["answers.anticoagulants", "answers.not_a_question"]),
    );
    const after = await (
      await t.request("GET", `/api/consultations/${c.id}`, { cookie: alex.cookie })
    ).json();
    expect(after.intake).toBeNull();
  });
});

describe("clinical settings", () => {
  it("lets the owner change a default, which the next plan follows; stale saves get 409", async () => {
    let res = await t.request("GET", "/api/clinical-settings", { cookie: owner.cookie });
    const view = await res.json();
    expect(view.version).toBe(0);
    expect(view.settings.sessions.defaultCount).toBe(3);
    const settings = structuredClone(view.settings);
    settings.sessions.defaultCount = 2;
    res = await put("/api/clinical-settings", { settings, version: 0 }, reception.cookie);
    expect(res.status).toBe(403);
    res = await put("/api/clinical-settings", { settings, version: 0 }, owner.cookie);
    expect(res.status).toBe(200);
    expect((await res.json()).version).toBe(1);
    res = await put("/api/clinical-settings", { settings, version: 0 }, owner.cookie);
    expect(res.status).toBe(409);

    const bad = structuredClone(settings);
    bad.spacing.hardMinimumDays = 20;
    res = await put("/api/clinical-settings", { settings: bad, version: 1 }, owner.cookie);
    expect(res.status).toBe(400);

    const clientId = await newClient();
    let c = await startConsultation(clientId);
    c = await (
      await put(`/api/consultations/${c.id}/intake`, {
        questionnaireVersion: 1,
        answers: healthyAnswers(),
      })
    ).json();
    c = await (await put(`/api/consultations/${c.id}/assessment`, { assessment })).json();
    c = await (
      await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie })
    ).json();
    expect(c.plan.plan.sessions).toHaveLength(2);
  });
});

describe("edge cases", () => {
  async function readyForSigning() {
    const clientId = await newClient();
    let c = await startConsultation(clientId);
    await put(`/api/consultations/${c.id}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers(),
    });
    c = await (await put(`/api/consultations/${c.id}/assessment`, { assessment })).json();
    c = await (
      await put(`/api/consultations/${c.id}/expectations`, { ticked: c.expectationsMissing })
    ).json();
    c = await (
      await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie })
    ).json();
    return c;
  }

  it("refuses a damaged signature image with 400, not a server error", async () => {
    const c = await readyForSigning();
    const png = Buffer.from((await signature()).split(",")[1] ?? "", "base64");
    const truncated = png.subarray(0, Math.floor(png.length / 2)).toString("base64");
    const res = await t.request("POST", `/api/plans/${c.plan.id}/accept`, {
      cookie: alex.cookie,
      body: {
        signedName: "Sam Client",
        signature: `data:image/png;base64,${truncated}`,
        version: c.plan.version,
      },
    });
    expect(res.status).toBe(400);
  });

  it("changes nothing on a closed consultation: no clearance stored, no plan signed", async () => {
    const c = await readyForSigning();
    const closed = await (
      await t.request("PATCH", `/api/consultations/${c.id}`, {
        cookie: alex.cookie,
        body: { status: "closed", version: c.version },
      })
    ).json();
    expect(closed.status).toBe("closed");
    let res = await t.request("POST", `/api/consultations/${c.id}/clearances`, {
      cookie: alex.cookie,
      body: { ruleId: "anticoagulants", kind: "gp_letter", note: "" },
    });
    expect(res.status).toBe(409);
    res = await t.request("POST", `/api/plans/${c.plan.id}/accept`, {
      cookie: alex.cookie,
      body: { signedName: "Sam Client", signature: await signature(), version: c.plan.version },
    });
    expect(res.status).toBe(409);
    const after = await (
      await t.request("GET", `/api/consultations/${c.id}`, { cookie: alex.cookie })
    ).json();
    expect(after.clearances).toEqual([]);
    expect(after.plan.status).toBe("draft");
  });

  it("keeps the client's reason when they decline a plan, and refuses stale versions", async () => {
    const c = await readyForSigning();
    let res = await t.request("POST", `/api/plans/${c.plan.id}/decline`, {
      cookie: alex.cookie,
      body: { reason: "Wants to think about it", version: c.plan.version + 5 },
    });
    expect(res.status).toBe(409);
    res = await t.request("POST", `/api/plans/${c.plan.id}/decline`, {
      cookie: alex.cookie,
      body: { reason: "Wants to think about it", version: c.plan.version },
    });
    expect((await res.json()).status).toBe("declined");
    const [row] = await t.db.select().from(treatmentPlan).where(eq(treatmentPlan.id, c.plan.id));
    expect(row?.declineReason).toBe("Wants to think about it");
    // The consultation shows the declined plan until a new one is drafted.
    const after = await (
      await t.request("GET", `/api/consultations/${c.id}`, { cookie: alex.cookie })
    ).json();
    expect(after.plan).toMatchObject({ id: c.plan.id, status: "declined" });
    res = await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie });
    expect(res.status).toBe(201);
    expect((await res.json()).plan).toMatchObject({ status: "draft" });
  });

  it("keeps a required patch test and the generated caveats through edits", async () => {
    const clientId = await newClient();
    let c = await startConsultation(clientId);
    await put(`/api/consultations/${c.id}/intake`, {
      questionnaireVersion: 1,
      answers: healthyAnswers({ allergies: true, allergy_kinds: ["nickel_or_metals"] }),
    });
    c = await (
      await put(`/api/consultations/${c.id}/assessment`, {
        assessment: { ...assessment, hairLengthPlan: "long" },
      })
    ).json();
    c = await (
      await t.request("POST", `/api/consultations/${c.id}/plan`, { cookie: alex.cookie })
    ).json();
    expect(c.plan.plan.patchTest.required).toBe(true);
    expect(c.plan.plan.caveats.length).toBeGreaterThan(0);
    const edited = {
      ...c.plan.plan,
      caveats: [],
      patchTest: { ...c.plan.plan.patchTest, required: false },
    };
    const res = await put(`/api/plans/${c.plan.id}`, {
      plan: edited,
      adjustment: null,
      version: c.plan.version,
    });
    const saved = await res.json();
    expect(saved.plan.patchTest.required).toBe(true);
    expect(saved.plan.caveats).toEqual(c.plan.plan.caveats);
  });

  it("refuses a consultation dated in the future and alopecia activity in the future", async () => {
    const clientId = await newClient();
    let res = await t.request("POST", "/api/consultations", {
      cookie: alex.cookie,
      body: { clientId, heldOn: "2099-01-01" },
    });
    expect(res.status).toBe(400);
    const c = await startConsultation(clientId);
    res = await put(`/api/consultations/${c.id}/assessment`, {
      assessment: {
        ...assessment,
        caseType: "alopecia_areata",
        norwood: null,
        alopeciaLastActivity: "2099-01-01",
      },
    });
    expect(res.status).toBe(400);
    res = await put(`/api/consultations/${c.id}/assessment`, {
      assessment: {
        ...assessment,
        caseType: "alopecia_areata",
        norwood: null,
        alopeciaLastActivity: "2026-02-30",
      },
    });
    expect(res.status).toBe(400);
  });
});
