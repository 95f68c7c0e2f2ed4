import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, consentSignature, scalpPhoto } from "../../db/schema/index.ts";
import { portalSignIn } from "../../testing/portal-session.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { plainPng } from "../../use-cases/photos/test-images.ts";

let t: TestApp;
let signature: string;
beforeAll(async () => {
  t = await createTestApp();
  signature = await drawn();
});
afterAll(() => t?.close());

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

/** A 600×200 PNG with a dark scribble on a transparent background, like the pad exports. */
async function drawn(): Promise<string> {
  const sharp = (await import("sharp")).default;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><path d="M20 150 C 120 20, 200 180, 300 60 S 480 160, 580 40" stroke="#1b2431" stroke-width="6" fill="none"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

async function setup() {
  const clinic = await t.addClinic("Consent Clinic");
  const [owner, practitioner, receptionist] = await Promise.all([
    t.addStaff(clinic.orgId, "owner"),
    t.addStaff(clinic.orgId, "practitioner"),
    t.addStaff(clinic.orgId, "receptionist"),
  ]);
  const email = `c-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const res = await t.request("POST", "/api/clients", {
    cookie: owner.cookie,
    body: { firstName: "Sam", lastName: "Signer", email },
  });
  expect(res.status).toBe(201);
  const clientId = (await res.json()).id as string;
  return { orgId: clinic.orgId, owner, practitioner, receptionist, clientId, email };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function consents(s: Setup, cookie = s.owner.cookie) {
  const res = await t.request("GET", `/api/clients/${s.clientId}/consents`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

async function signAtClinic(s: Setup, kind: string, cookie = s.practitioner.cookie) {
  const view = await consents(s);
  const { form } = view.kinds.find((k: { kind: string }) => k.kind === kind);
  return t.request("POST", `/api/clients/${s.clientId}/consents/${kind}/sign`, {
    cookie,
    body: {
      templateId: form.templateId,
      version: form.version,
      sha256: form.sha256,
      agreed: true,
      signedName: "Sam Signer",
      signature,
    },
    headers: { "user-agent": "ClinicTablet/1.0" },
    ip: "203.0.113.9",
  });
}

describe("consent forms", () => {
  it("keeps a signed snapshot unchanged when the form is edited; the next signer sees the new version; the database refuses changes", async () => {
    const s = await setup();
    const signed = await signAtClinic(s, "treatment");
    expect(signed.status).toBe(201);
    const { id } = await signed.json();
    const [before] = await t.db.select().from(consentSignature).where(eq(consentSignature.id, id));
    if (!before?.pdfFile) throw new Error("no PDF");
    expect(before).toMatchObject({
      version: 1,
      signedVia: "clinic",
      witnessedBy: s.practitioner.userId,
      ip: "203.0.113.9",
      userAgent: "ClinicTablet/1.0",
      signedName: "Sam Signer",
    });
    expect(before.body).toContain("Consent Clinic");
    expect(before.bodySha256).toBe(sha(`${before.title}\n\n${before.body}`));
    const sigBytes = await t.deps.files.get(before.signatureFile);
    const pdfBytes = await t.deps.files.get(before.pdfFile);
    expect(pdfBytes?.subarray(0, 5).toString()).toBe("%PDF-");
    const sigHash = sha(sigBytes as Buffer);
    const pdfHash = sha(pdfBytes as Buffer);

    // The owner edits the form: version 2.
    const edited = await t.request("POST", "/api/consent-templates/treatment", {
      cookie: s.owner.cookie,
      body: {
        title: "Treatment consent (revised)",
        body: `${before.body}\n\nNew paragraph about numbing cream.`,
        basedOn: 1,
      },
    });
    expect(edited.status).toBe(201);
    expect(await edited.json()).toMatchObject({ version: 2, title: "Treatment consent (revised)" });

    const [after] = await t.db.select().from(consentSignature).where(eq(consentSignature.id, id));
    expect(after).toEqual(before);
    expect(sha((await t.deps.files.get(before.signatureFile)) as Buffer)).toBe(sigHash);
    expect(sha((await t.deps.files.get(before.pdfFile)) as Buffer)).toBe(pdfHash);

    // The next signer sees version 2; the client's treatment consent is now out of date.
    const view = await consents(s);
    const treatment = view.kinds.find((k: { kind: string }) => k.kind === "treatment");
    expect(treatment.state).toBe("outdated");
    expect(treatment.form).toMatchObject({ version: 2, title: "Treatment consent (revised)" });
    expect(treatment.form.body).toContain("numbing cream");

    // Signing with what was read before the edit is refused.
    const stale = await t.request("POST", `/api/clients/${s.clientId}/consents/treatment/sign`, {
      cookie: s.practitioner.cookie,
      body: {
        templateId: before.templateId,
        version: 1,
        sha256: before.bodySha256,
        agreed: true,
        signedName: "Sam Signer",
        signature,
      },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).detail).toMatch(
      /form was updated, please read it again|updated\. Please read it again/,
    );

    // The database itself refuses to change or delete the signed row, and version 1 of the text.
    await expect(
      t.db.update(consentSignature).set({ body: "changed" }).where(eq(consentSignature.id, id)),
    ).rejects.toThrow();
    await expect(
      t.db
        .update(consentSignature)
        .set({ pdfFile: "consent-pdfs/x.pdf" })
        .where(eq(consentSignature.id, id)),
    ).rejects.toThrow();
    await expect(
      t.db.delete(consentSignature).where(eq(consentSignature.id, id)),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update consent_template set body = 'x' where id = ${before.templateId}`),
    ).rejects.toThrow();
    // Recording a withdrawal is allowed once, never changed afterwards.
    await t.db
      .update(consentSignature)
      .set({ withdrawnAt: new Date(), withdrawnVia: "clinic" })
      .where(eq(consentSignature.id, id));
    await expect(
      t.db
        .update(consentSignature)
        .set({ withdrawnAt: null, withdrawnVia: null })
        .where(eq(consentSignature.id, id)),
    ).rejects.toThrow();

    const versions = await (
      await t.request("GET", "/api/consent-templates/treatment/versions", {
        cookie: s.receptionist.cookie,
      })
    ).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it("lets only owners and admins edit, refuses a stale edit and unknown placeholders", async () => {
    const s = await setup();
    const body = {
      title: "Cancellation",
      body: "Give {{cancellationNoticeHours}} hours' notice, please, to {{clinicName}}.",
      basedOn: 1,
    };
    for (const who of [s.practitioner, s.receptionist]) {
      expect(
        (
          await t.request("POST", "/api/consent-templates/policy_cancellation", {
            cookie: who.cookie,
            body,
          })
        ).status,
      ).toBe(403);
    }
    const list = await (
      await t.request("GET", "/api/consent-templates", { cookie: s.receptionist.cookie })
    ).json();
    const cancel = list.templates.find((x: { kind: string }) => x.kind === "policy_cancellation");
    expect(cancel).toMatchObject({ version: 1, builtIn: true, required: true });
    expect(cancel.rendered.body).toContain("at least 48 hours' notice");
    expect(list.placeholders).toContainEqual({ name: "cancellationNoticeHours", value: "48" });

    expect(
      (
        await t.request("POST", "/api/consent-templates/policy_cancellation", {
          cookie: s.owner.cookie,
          body,
        })
      ).status,
    ).toBe(201);
    const again = await t.request("POST", "/api/consent-templates/policy_cancellation", {
      cookie: s.owner.cookie,
      body: { ...body, body: `${body.body} More.` },
    });
    expect(again.status).toBe(409);
    const typo = await t.request("POST", "/api/consent-templates/policy_cancellation", {
      cookie: s.owner.cookie,
      body: { ...body, basedOn: 2, body: "Give {{noticeHours}} hours' notice please, thank you." },
    });
    expect(typo.status).toBe(400);
    expect((await typo.json()).detail).toContain("{{noticeHours}}");
  });

  it("refuses a blank or non-image signature and stores nothing", async () => {
    const s = await setup();
    const view = await consents(s);
    const { form } = view.kinds.find((k: { kind: string }) => k.kind === "photo_clinical");
    const blank = await plainPng(600, 200, "#ffffff");
    for (const sig of [
      `data:image/png;base64,${blank.toString("base64")}`,
      "data:image/png;base64,aGVsbG8=",
    ]) {
      const res = await t.request(
        "POST",
        `/api/clients/${s.clientId}/consents/photo_clinical/sign`,
        {
          cookie: s.owner.cookie,
          body: {
            templateId: form.templateId,
            version: form.version,
            sha256: form.sha256,
            agreed: true,
            signedName: "Sam Signer",
            signature: sig,
          },
        },
      );
      expect(res.status).toBe(400);
    }
    expect(
      await t.db.select().from(consentSignature).where(eq(consentSignature.clientId, s.clientId)),
    ).toEqual([]);
  });

  it("signs in the portal, lists what is left, serves the PDF and withdraws marketing in one click", async () => {
    const s = await setup();
    const photo = await t.db
      .insert(scalpPhoto)
      .values({
        orgId: s.orgId,
        clientId: s.clientId,
        view: "crown",
        fileKey: "scalp-photos/x.jpg",
        thumbKey: "scalp-photos/y.jpg",
        width: 10,
        height: 10,
        bytes: 10,
        consent: "marketing_anonymised",
        takenAt: new Date(),
      })
      .returning({ id: scalpPhoto.id });
    const portal = await portalSignIn(t, { orgId: s.orgId, clientId: s.clientId });
    const base = `/api/portal/${portal.slug}/consents`;
    const list = await (await t.request("GET", base, { cookie: portal.cookie })).json();
    expect(list.kinds.map((k: { state: string }) => k.state)).toEqual(Array(6).fill("missing"));
    const marketing = list.kinds.find((k: { kind: string }) => k.kind === "photo_marketing").form;
    expect(marketing.required).toBe(false);
    const res = await t.request("POST", `${base}/photo_marketing/sign`, {
      cookie: portal.cookie,
      body: {
        templateId: marketing.templateId,
        version: marketing.version,
        sha256: marketing.sha256,
        agreed: true,
        signedName: "Sam Signer",
        signature,
      },
      headers: { "user-agent": "Phone/1.0" },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const pdf = await t.request("GET", `${base}/${id}/pdf`, { cookie: portal.cookie });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    // A staff member of the clinic reads the same copy (reception included).
    expect(
      (
        await t.request("GET", `/api/clients/${s.clientId}/consents/${id}/pdf`, {
          cookie: s.receptionist.cookie,
        })
      ).status,
    ).toBe(200);

    const withdrawn = await t.request("POST", `${base}/photo_marketing/withdraw`, {
      cookie: portal.cookie,
    });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ signatureId: id, photosChanged: 1 });
    const [p] = await t.db
      .select()
      .from(scalpPhoto)
      .where(eq(scalpPhoto.id, photo[0]?.id as string));
    expect(p?.consent).toBe("clinical");
    expect(
      (await t.request("POST", `${base}/photo_marketing/withdraw`, { cookie: portal.cookie }))
        .status,
    ).toBe(409);
    const after = await (await t.request("GET", base, { cookie: portal.cookie })).json();
    expect(after.marketingLive).toBe(false);
    expect(after.kinds.find((k: { kind: string }) => k.kind === "photo_marketing").state).toBe(
      "withdrawn",
    );

    // Honoured everywhere: staff cannot mark the photo for marketing again, and a photo marked
    // behind the app's back still stays out of the marketing list.
    const photoId = photo[0]?.id as string;
    const remark = await t.request("PATCH", `/api/photos/${photoId}`, {
      cookie: s.practitioner.cookie,
      body: { consent: "marketing_anonymised" },
    });
    expect(remark.status).toBe(409);
    await t.db
      .update(scalpPhoto)
      .set({ consent: "marketing_anonymised" })
      .where(eq(scalpPhoto.id, photoId));
    const usable = await t.request("GET", `/api/clients/${s.clientId}/photos?use=marketing`, {
      cookie: s.practitioner.cookie,
    });
    expect(usable.status).toBe(200);
    expect((await usable.json()).items).toEqual([]);

    // The discreet email names neither the form nor the treatment.
    const mails = await t.db.execute(
      sql`select subject, body_text from outbox_message where recipient = ${s.email} and subject like 'Your signed form%'`,
    );
    expect(mails.rows).toHaveLength(1);
    expect(JSON.stringify(mails.rows[0])).not.toMatch(
      /scalp|pigment|hair|SMP|treatment|marketing/i,
    );

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, s.orgId), eq(auditLog.entity, "consent_signature")));
    expect(audits.map((a) => a.action).sort()).toEqual([
      "create",
      "read",
      "read",
      "read",
      "read",
      "update",
    ]);
  });
});
