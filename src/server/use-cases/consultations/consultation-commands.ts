import { and, eq, isNull } from "drizzle-orm";
import type { Assessment } from "../../../domain/assessment/assessment.ts";
import {
  answerProblems,
  pruneHiddenAnswers,
  questionnaireByVersion,
} from "../../../domain/screening/index.ts";
import type { Answers } from "../../../domain/screening/types.ts";
import type { ScreeningRuleId } from "../../../domain/settings/clinical-settings.ts";
import { audit } from "../../audit/audit.ts";
import { client, consultation, screeningClearance } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { badRequest, conflict, notFound } from "../../http/problem.ts";
import { loadClinicalSettings } from "./clinical-settings-store.ts";
import { type ConsultationRow, screenConsultation } from "./screening-runner.ts";

type Changes = Partial<
  Pick<
    typeof consultation.$inferInsert,
    | "intakeVersion"
    | "intakeAnswers"
    | "intakeSource"
    | "intakeUpdatedAt"
    | "assessment"
    | "expectations"
    | "notes"
    | "status"
  >
>;

/**
 * Applies one change to a consultation in a transaction: checks the version the editor started
 * from, writes, re-runs screening when its inputs changed, and audits (field names only).
 */
async function change(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  expectedVersion: number | undefined,
  changes: Changes,
  today: string,
  audited: { action: string; details: Record<string, unknown> },
  rescreen = false,
  inside?: (t: Tenant, current: ConsultationRow) => Promise<void>,
): Promise<ConsultationRow> {
  return tenant.transaction(async (t) => {
    const [current] = await t.db
      .select()
      .from(consultation)
      .where(t.where(consultation, eq(consultation.id, id)))
      .for("update");
    if (!current) throw notFound("There is no such consultation in this clinic.");
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      throw conflict(
        "This consultation was changed by someone else meanwhile. Reload to see the latest version.",
      );
    }
    if (current.status === "closed" && changes.status !== "open") {
      throw conflict("This consultation is closed. Reopen it to make changes.");
    }
    if (inside) await inside(t, current);
    const screeningChanges: Partial<ConsultationRow> = {};
    if (rescreen) {
      const { settings } = await loadClinicalSettings(t);
      const next = { ...current, ...changes } as ConsultationRow;
      screeningChanges.screening = await screenConsultation(t, next, settings, today);
      screeningChanges.screenedOn = screeningChanges.screening ? today : null;
    }
    const [updated] = await t.db
      .update(consultation)
      .set({ ...changes, ...screeningChanges, version: current.version + 1, updatedAt: new Date() })
      .where(t.where(consultation, eq(consultation.id, id)))
      .returning();
    if (!updated) throw notFound("There is no such consultation in this clinic.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: audited.action,
      entity: "consultation",
      entityId: id,
      details: audited.details,
    });
    return updated;
  });
}

export async function createConsultation(
  tenant: Tenant,
  staff: StaffContext,
  input: { clientId: string; mode: "in_person" | "video" | "phone"; heldOn?: string },
  today: string,
): Promise<ConsultationRow> {
  if (input.heldOn && input.heldOn > today) {
    throw badRequest("A consultation cannot be dated in the future.", {
      errors: [{ field: "heldOn", message: "must be today or earlier" }],
    });
  }
  return tenant.transaction(async (t) => {
    const [cl] = await t.db
      .select({ id: client.id })
      .from(client)
      .where(t.where(client, eq(client.id, input.clientId), isNull(client.archivedAt)));
    if (!cl) throw notFound("There is no such client in this clinic.");
    const [row] = await t
      .insert(consultation, {
        clientId: input.clientId,
        mode: input.mode,
        heldOn: input.heldOn ?? today,
        practitionerUserId: staff.role === "receptionist" ? null : staff.userId,
      })
      .returning();
    const created = row as ConsultationRow | undefined;
    if (!created) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "consultation",
      entityId: created.id,
      details: { clientId: input.clientId },
    });
    return created;
  });
}

export async function saveIntake(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { questionnaireVersion: number; answers: Answers; version?: number },
  today: string,
  source: "staff" | "client" = "staff",
) {
  const questionnaire = questionnaireByVersion(input.questionnaireVersion);
  if (!questionnaire) {
    throw badRequest(`There is no intake questionnaire version ${input.questionnaireVersion}.`);
  }
  const answers = pruneHiddenAnswers(questionnaire, input.answers);
  const problems = answerProblems(questionnaire, answers);
  if (problems.length > 0) {
    throw badRequest("Some answers are not valid.", {
      errors: problems.map((p) => ({ field: `answers.${p.questionId}`, message: p.message })),
    });
  }
  return change(
    tenant,
    staff,
    id,
    input.version,
    {
      intakeVersion: questionnaire.version,
      intakeAnswers: answers,
      intakeSource: source,
      intakeUpdatedAt: new Date(),
    },
    today,
    { action: "update", details: { part: "intake", answered: Object.keys(answers).length } },
    true,
  );
}

export const saveAssessment = (
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { assessment: Assessment; version?: number },
  today: string,
) => {
  const activity = input.assessment.alopeciaLastActivity;
  if (activity && activity > today) {
    throw badRequest("The last alopecia activity cannot be in the future.", {
      errors: [{ field: "assessment.alopeciaLastActivity", message: "must be today or earlier" }],
    });
  }
  return change(
    tenant,
    staff,
    id,
    input.version,
    { assessment: input.assessment },
    today,
    { action: "update", details: { part: "assessment" } },
    true,
  );
};

export const saveExpectations = (
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { ticked: string[]; version?: number },
  today: string,
) =>
  change(tenant, staff, id, input.version, { expectations: [...new Set(input.ticked)] }, today, {
    action: "update",
    details: { part: "expectations" },
  });

export const patchConsultation = (
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: { notes?: string; status?: "open" | "closed"; version?: number },
  today: string,
) =>
  change(
    tenant,
    staff,
    id,
    input.version,
    {
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    },
    today,
    { action: "update", details: { fields: Object.keys(input).filter((k) => k !== "version") } },
  );

/** Records a GP letter or a deferral date for one rule; the screening is re-run. */
export async function addClearance(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: {
    ruleId: ScreeningRuleId;
    kind: "gp_letter" | "deferral";
    until: string | null;
    note: string;
  },
  today: string,
) {
  if (input.kind === "deferral" && input.until !== null && input.until <= today) {
    throw badRequest("A deferral must run to a date after today.", {
      errors: [{ field: "until", message: "must be after today" }],
    });
  }
  return change(tenant, staff, id, undefined, {}, today, rescreenAudit, true, async (t, row) => {
    const [created] = await t
      .insert(screeningClearance, {
        clientId: row.clientId,
        consultationId: row.id,
        ruleId: input.ruleId,
        kind: input.kind,
        until: input.until,
        recordedOn: today,
        note: input.note,
        recordedBy: staff.userId,
      })
      .returning({ id: screeningClearance.id });
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "screening_clearance",
      entityId: (created as { id: string } | undefined)?.id ?? null,
      details: { consultationId: id, kind: input.kind },
    });
  });
}

/** Withdraws a GP letter or deferral recorded by mistake; the screening is re-run. */
export function revokeClearance(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  clearanceId: string,
  today: string,
) {
  return change(tenant, staff, id, undefined, {}, today, rescreenAudit, true, async (t, row) => {
    const [revoked] = await t.db
      .update(screeningClearance)
      .set({ revokedAt: new Date(), updatedAt: new Date() })
      .where(
        t.where(
          screeningClearance,
          and(
            eq(screeningClearance.id, clearanceId),
            eq(screeningClearance.clientId, row.clientId),
            isNull(screeningClearance.revokedAt),
          ),
        ),
      )
      .returning({ id: screeningClearance.id });
    if (!revoked) throw notFound("There is no such GP letter or deferral on record.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "delete",
      entity: "screening_clearance",
      entityId: clearanceId,
      details: { consultationId: id },
    });
  });
}

const rescreenAudit = { action: "update", details: { part: "screening" } };
