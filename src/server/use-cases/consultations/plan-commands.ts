import { eq, sql } from "drizzle-orm";
import { missingExpectations } from "../../../domain/assessment/assessment.ts";
import { computeQuote, generatePlan, reviewPlan } from "../../../domain/planning/index.ts";
import type { QuoteAdjustment, TreatmentPlan } from "../../../domain/planning/types.ts";
import type { ClinicalSettings } from "../../../domain/settings/clinical-settings.ts";
import { audit } from "../../audit/audit.ts";
import { consultation, treatmentPlan } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { freezePreview } from "../preview/plan-preview.ts";
import { loadClinicalSettings } from "./clinical-settings-store.ts";
import { loadConsultation, loadLivePlan } from "./consultation-read.ts";
import { type PlanPdfContext, renderPlanPdf } from "./plan-pdf.ts";
import type { PlanRow } from "./plan-view.ts";
import { type ConsultationRow, screenConsultation } from "./screening-runner.ts";
import { processSignature } from "./signature-image.ts";

const NO_PLAN = "There is no such treatment plan in this clinic.";

export async function loadPlan(tenant: Tenant, id: string): Promise<PlanRow> {
  const [row] = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(tenant.where(treatmentPlan, eq(treatmentPlan.id, id)));
  if (!row) throw notFound(NO_PLAN);
  return row;
}

/** Locks a consultation for the rest of the transaction: drafts and signatures on it take turns. */
async function lockConsultation(t: Tenant, id: string): Promise<ConsultationRow> {
  const [row] = await t.db
    .select()
    .from(consultation)
    .where(t.where(consultation, eq(consultation.id, id)))
    .for("update");
  if (!row) throw notFound("There is no such consultation in this clinic.");
  if (row.status === "closed") throw conflict("This consultation is closed. Reopen it first.");
  return row;
}

async function usableSettings(tenant: Tenant) {
  const stored = await loadClinicalSettings(tenant);
  if (stored.invalid) {
    throw unprocessable(
      "The clinic's clinical settings need attention: an owner or admin should open Settings → Clinical and save them.",
    );
  }
  return stored;
}

/**
 * Drafts a plan from the consultation's assessment with the clinic's current settings. A previous
 * draft is superseded; an accepted plan is never replaced.
 */
export async function draftPlan(
  tenant: Tenant,
  staff: StaffContext,
  consultationId: string,
  today: string,
): Promise<PlanRow> {
  const { settings, version } = await usableSettings(tenant);
  return tenant.transaction(async (t) => {
    const row = await lockConsultation(t, consultationId);
    if (!row.assessment) throw unprocessable("Complete the assessment before drafting a plan.");
    const screening = await screenConsultation(t, row, settings, today);
    if (screening?.verdict === "decline") {
      throw unprocessable("Screening declines treatment for this client, so no plan can be made.");
    }
    const plan = generatePlan({ assessment: row.assessment, screening, settings });
    const quote = computeQuote(plan, settings, null);
    const live = await loadLivePlan(t, consultationId);
    if (live?.status === "accepted") {
      throw conflict("This consultation already has an accepted plan, which cannot be replaced.");
    }
    if (live) {
      await t.db
        .update(treatmentPlan)
        .set({ status: "superseded", updatedAt: new Date() })
        .where(
          t.where(treatmentPlan, eq(treatmentPlan.id, live.id), eq(treatmentPlan.status, "draft")),
        );
    }
    const [created] = await t
      .insert(treatmentPlan, {
        clientId: row.clientId,
        consultationId,
        plan,
        quote,
        settingsVersion: version,
      })
      .returning();
    const plannedRow = created as PlanRow | undefined;
    if (!plannedRow) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "treatment_plan",
      entityId: plannedRow.id,
      details: { consultationId, supersedes: live?.id ?? null },
    });
    return plannedRow;
  });
}

/** Saves the practitioner's edits to a draft; the quote follows the plan. */
export async function updateDraft(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { plan: TreatmentPlan; adjustment: QuoteAdjustment | null; version: number },
): Promise<PlanRow> {
  const { settings } = await usableSettings(tenant);
  return tenant.transaction(async (t) => {
    const current = await lockPlan(t, id, input.version);
    if (current.status !== "draft") {
      throw conflict(`This plan is ${current.status} and can no longer be changed.`);
    }
    const plan = keepSafeguards(current.plan, input.plan);
    const quote = computeQuote(plan, settings, input.adjustment);
    const [updated] = await t.db
      .update(treatmentPlan)
      .set({
        plan,
        adjustment: input.adjustment,
        quote,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(t.where(treatmentPlan, eq(treatmentPlan.id, id)))
      .returning();
    if (!updated) throw notFound(NO_PLAN);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "treatment_plan",
      entityId: id,
    });
    return updated;
  });
}

/**
 * What the generator put in for the client's safety stays: a required patch test cannot be
 * switched off and its caveats cannot be removed by an edit (the practitioner may add more).
 */
function keepSafeguards(generated: TreatmentPlan, edited: TreatmentPlan): TreatmentPlan {
  const caveats = [
    ...generated.caveats,
    ...edited.caveats.filter((c) => !generated.caveats.includes(c)),
  ].slice(0, 10);
  const patchTest = generated.patchTest.required
    ? {
        ...edited.patchTest,
        required: true,
        reason: generated.patchTest.reason,
        minHoursBeforeSession: Math.max(
          edited.patchTest.minHoursBeforeSession,
          generated.patchTest.minHoursBeforeSession,
        ),
      }
    : edited.patchTest;
  return { ...edited, caveats, patchTest };
}

async function lockPlan(t: Tenant, id: string, version: number): Promise<PlanRow> {
  const [current] = await t.db
    .select()
    .from(treatmentPlan)
    .where(t.where(treatmentPlan, eq(treatmentPlan.id, id)))
    .for("update");
  if (!current) throw notFound(NO_PLAN);
  if (current.version !== version) throw stalePlan();
  return current;
}

export interface AcceptMeta {
  ip: string | null;
  userAgent: string | null;
  now: Date;
  today: string;
}

/**
 * The client accepts the plan and quote with a drawn signature: checks that the plan may be
 * offered, freezes it, and stores the signature and a PDF of plan and quote.
 */
export async function acceptPlan(
  tenant: Tenant,
  staff: StaffContext,
  files: FileStore,
  id: string,
  input: { signedName: string; signature: string; version: number; previewVersion?: number | null },
  meta: AcceptMeta,
  pdfContext: (plan: PlanRow) => Promise<PlanPdfContext>,
): Promise<PlanRow> {
  const draft = await loadPlan(tenant, id);
  if (draft.status !== "draft") throw conflict(`This plan is already ${draft.status}.`);
  if (draft.version !== input.version) throw stalePlan();
  const before = await loadConsultation(tenant, draft.consultationId);
  const { settings } = await usableSettings(tenant);
  // Fail fast before the slow part; the same checks run again under lock below.
  await assertSignable(tenant, before, draft, settings, meta.today);
  const signature = await processSignature(input.signature);
  const signedAt = meta.now;
  const signatureFile = await files.put("signatures", signature, "png");
  let pdfFile: string | null = null;
  try {
    const context = await pdfContext(draft);
    const shownVersion = context.preview?.version ?? null;
    if (input.previewVersion !== undefined && input.previewVersion !== shownVersion) {
      throw conflict(
        "The preview design changed while the client was reading. Check it and sign again.",
      );
    }
    const pdf = await renderPlanPdf({
      ...context,
      signature,
      signedName: input.signedName,
      signedAt,
    });
    pdfFile = await files.put("plans", pdf, "pdf");
    return await tenant.transaction(async (t) => {
      const row = await lockConsultation(t, draft.consultationId);
      if (row.version !== before.version) {
        throw conflict(
          "The consultation changed while the client was signing. Check it and sign again.",
        );
      }
      const current = await lockPlan(t, id, input.version);
      if (current.status !== "draft") throw conflict(`This plan is already ${current.status}.`);
      await assertSignable(t, row, current, settings, meta.today);
      const [accepted] = await t.db
        .update(treatmentPlan)
        .set({
          status: "accepted",
          acceptedAt: signedAt,
          signedName: input.signedName,
          signatureFile,
          pdfFile,
          acceptedIp: meta.ip,
          acceptedUserAgent: meta.userAgent?.slice(0, 400) ?? null,
          witnessedBy: staff.userId,
          version: current.version + 1,
          updatedAt: signedAt,
        })
        .where(t.where(treatmentPlan, eq(treatmentPlan.id, id)))
        .returning();
      if (!accepted) throw notFound(NO_PLAN);
      await t.db
        .update(consultation)
        .set({
          status: "completed",
          version: sql`${consultation.version} + 1`,
          updatedAt: signedAt,
        })
        .where(t.where(consultation, eq(consultation.id, row.id)));
      // The hairline the client agreed to is part of the plan: frozen with it, in this transaction.
      await freezePreview(t, staff.userId, {
        consultationId: row.id,
        planId: id,
        at: signedAt,
        shownVersion,
      });
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "accept",
        entity: "treatment_plan",
        entityId: id,
        ip: meta.ip,
      });
      return accepted;
    });
  } catch (error) {
    await files.remove(signatureFile);
    if (pdfFile) await files.remove(pdfFile);
    throw error;
  }
}

const stalePlan = () =>
  conflict("This plan was changed meanwhile. Reload to see the latest version.");

/** A plan may be signed when screening allows treatment, the plan has no errors and the client has heard every expectation. */
async function assertSignable(
  tenant: Tenant,
  row: ConsultationRow,
  plan: PlanRow,
  settings: ClinicalSettings,
  today: string,
) {
  const screening = await screenConsultation(tenant, row, settings, today);
  if (!screening) throw unprocessable("Complete the medical questions before the plan is signed.");
  if (screening.verdict === "decline") {
    throw unprocessable(
      "Screening declines treatment for this client, so the plan cannot be signed.",
    );
  }
  const errors = reviewPlan(plan.plan, settings).filter((i) => i.severity === "error");
  if (errors.length > 0) {
    throw unprocessable(`Fix the plan first: ${errors.map((e) => e.message).join(" ")}`);
  }
  if (missingExpectations(row.assessment ?? null, row.expectations).length > 0) {
    throw unprocessable(
      "Go through every point of the expectations checklist with the client before they sign.",
    );
  }
}

/** The client decides not to go ahead with this plan. */
export async function declinePlan(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { reason: string; version: number },
): Promise<PlanRow> {
  return tenant.transaction(async (t) => {
    const current = await lockPlan(t, id, input.version);
    if (current.status !== "draft") throw conflict(`This plan is already ${current.status}.`);
    const [declined] = await t.db
      .update(treatmentPlan)
      .set({
        status: "declined",
        declineReason: input.reason,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(t.where(treatmentPlan, eq(treatmentPlan.id, id)))
      .returning();
    if (!declined) throw notFound(NO_PLAN);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "decline",
      entity: "treatment_plan",
      entityId: id,
      details: { withReason: input.reason.length > 0 },
    });
    return declined;
  });
}
