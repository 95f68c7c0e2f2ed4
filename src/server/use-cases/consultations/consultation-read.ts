import { and, desc, eq, inArray } from "drizzle-orm";
import { missingExpectations } from "../../../domain/assessment/assessment.ts";
import { missingAnswers, questionnaireByVersion } from "../../../domain/screening/index.ts";
import type { ClinicalSettings } from "../../../domain/settings/clinical-settings.ts";
import type {
  ClientConsultations,
  ConsultationDetail,
} from "../../../shared/contracts/consultations.ts";
import { client, consultation, treatmentPlan, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { treatmentEligibility } from "./eligibility.ts";
import { presentPlan } from "./plan-view.ts";
import { type ConsultationRow, loadClearances } from "./screening-runner.ts";

const NO_CONSULTATION = "There is no such consultation in this clinic.";

export async function loadConsultation(tenant: Tenant, id: string): Promise<ConsultationRow> {
  const [row] = await tenant.db
    .select()
    .from(consultation)
    .where(tenant.where(consultation, eq(consultation.id, id)));
  if (!row) throw notFound(NO_CONSULTATION);
  return row;
}

/** The live (draft or accepted) plan of a consultation, if any. */
export async function loadLivePlan(tenant: Tenant, consultationId: string) {
  const [row] = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.consultationId, consultationId),
        inArray(treatmentPlan.status, ["draft", "accepted"]),
      ),
    );
  return row ?? null;
}

/** The plan the client most recently turned down, shown until a new one is drafted. */
async function loadDeclinedPlan(tenant: Tenant, consultationId: string) {
  const [row] = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.consultationId, consultationId),
        eq(treatmentPlan.status, "declined"),
      ),
    )
    .orderBy(desc(treatmentPlan.updatedAt))
    .limit(1);
  return row ?? null;
}

/** Everything the consultation screen shows. Health data: callers audit the read. */
export async function presentConsultation(
  tenant: Tenant,
  row: ConsultationRow,
  settings: ClinicalSettings,
): Promise<ConsultationDetail> {
  const [cl] = await tenant.db
    .select({
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
    })
    .from(client)
    .where(tenant.where(client, eq(client.id, row.clientId)));
  if (!cl) throw notFound(NO_CONSULTATION);
  const practitioner = row.practitionerUserId
    ? ((
        await tenant.db
          .select({ userId: user.id, name: user.name })
          .from(user)
          .where(eq(user.id, row.practitionerUserId))
      )[0] ?? null)
    : null;
  const clearances = await loadClearances(tenant, row.clientId);
  const recorderIds = [...new Set(clearances.map((c) => c.recordedBy).filter((id) => id !== null))];
  const recorders = recorderIds.length
    ? await tenant.db
        .select({ id: user.id, name: user.name })
        .from(user)
        .where(inArray(user.id, recorderIds))
    : [];
  const plan = (await loadLivePlan(tenant, row.id)) ?? (await loadDeclinedPlan(tenant, row.id));
  const questionnaire = row.intakeVersion ? questionnaireByVersion(row.intakeVersion) : null;
  return {
    id: row.id,
    client: {
      id: cl.id,
      name: `${cl.firstName} ${cl.lastName}`.trim(),
      dateOfBirth: cl.dateOfBirth,
    },
    heldOn: row.heldOn,
    mode: row.mode,
    status: row.status,
    practitioner,
    intake:
      row.intakeAnswers && row.intakeVersion && row.intakeSource && row.intakeUpdatedAt
        ? {
            version: row.intakeVersion,
            answers: row.intakeAnswers as Record<string, boolean | string | string[]>,
            source: row.intakeSource,
            updatedAt: row.intakeUpdatedAt.toISOString(),
            missing: questionnaire ? missingAnswers(questionnaire, row.intakeAnswers) : [],
          }
        : null,
    screening: row.screening ? { ...row.screening, reasons: [...row.screening.reasons] } : null,
    screenedOn: row.screenedOn,
    clearances: clearances.map((c) => ({
      id: c.id,
      ruleId: c.ruleId,
      kind: c.kind,
      until: c.until,
      recordedOn: c.recordedOn,
      note: c.note,
      recordedByName: recorders.find((r) => r.id === c.recordedBy)?.name ?? null,
    })),
    assessment: row.assessment ?? null,
    expectations: row.expectations,
    expectationsMissing: missingExpectations(row.assessment ?? null, row.expectations),
    notes: row.notes,
    plan: plan ? presentPlan(plan, settings) : null,
    version: row.version,
  };
}

/** A client's consultations without health data, and whether treatment can be booked today. */
export async function clientConsultationSummary(
  tenant: Tenant,
  clientId: string,
  today: string,
  actorUserId: string,
): Promise<ClientConsultations> {
  const [cl] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!cl) throw notFound("There is no such client in this clinic.");
  const rows = await tenant.db
    .select({
      id: consultation.id,
      heldOn: consultation.heldOn,
      mode: consultation.mode,
      status: consultation.status,
      practitionerName: user.name,
    })
    .from(consultation)
    .leftJoin(user, eq(user.id, consultation.practitionerUserId))
    .where(tenant.where(consultation, eq(consultation.clientId, clientId)))
    .orderBy(desc(consultation.heldOn), desc(consultation.createdAt));
  const plans = rows.length
    ? await tenant.db
        .select()
        .from(treatmentPlan)
        .where(
          tenant.where(
            treatmentPlan,
            and(
              inArray(
                treatmentPlan.consultationId,
                rows.map((r) => r.id),
              ),
              inArray(treatmentPlan.status, ["draft", "accepted", "declined"]),
            ),
          ),
        )
        .orderBy(desc(treatmentPlan.createdAt))
    : [];
  return {
    items: rows.map((r) => {
      const p = plans.find((plan) => plan.consultationId === r.id);
      return {
        ...r,
        practitionerName: r.practitionerName ?? null,
        plan: p
          ? {
              id: p.id,
              status: p.status,
              sessions: p.plan.sessions.length,
              totalPence: p.quote.totalPence,
              acceptedAt: p.acceptedAt?.toISOString() ?? null,
            }
          : null,
      };
    }),
    treatment: await treatmentEligibility(tenant, clientId, today, actorUserId),
  };
}
