import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { questionnaireByVersion, screen } from "../../../domain/screening/index.ts";
import type { Clearance, ScreeningResult } from "../../../domain/screening/types.ts";
import type { ClinicalSettings } from "../../../domain/settings/clinical-settings.ts";
import { client, consultation, screeningClearance } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

export type ConsultationRow = typeof consultation.$inferSelect;

/** The client's active clearances (GP letters received, deferral dates agreed). */
export async function loadClearances(tenant: Tenant, clientId: string) {
  return tenant.db
    .select()
    .from(screeningClearance)
    .where(
      tenant.where(
        screeningClearance,
        eq(screeningClearance.clientId, clientId),
        isNull(screeningClearance.revokedAt),
      ),
    )
    .orderBy(screeningClearance.createdAt);
}

const asClearance = (row: typeof screeningClearance.$inferSelect): Clearance => ({
  ruleId: row.ruleId,
  kind: row.kind,
  until: row.until,
  recordedOn: row.recordedOn,
});

/**
 * Screens a consultation's intake with the domain engine: the client's date of birth, the
 * clinic's rules, clearances on record and the alopecia activity from the assessment.
 * Returns null while there is no intake to screen.
 */
export async function screenConsultation(
  tenant: Tenant,
  row: ConsultationRow,
  settings: ClinicalSettings,
  today: string,
  treatmentDate?: string,
): Promise<ScreeningResult | null> {
  if (!row.intakeAnswers || row.intakeVersion === null) return null;
  const questionnaire = questionnaireByVersion(row.intakeVersion);
  if (!questionnaire) return null;
  const [cl] = await tenant.db
    .select({ dateOfBirth: client.dateOfBirth })
    .from(client)
    .where(tenant.where(client, eq(client.id, row.clientId)));
  const clearances = await loadClearances(tenant, row.clientId);
  return screen({
    questionnaire,
    answers: row.intakeAnswers,
    dateOfBirth: cl?.dateOfBirth ?? null,
    today,
    treatmentDate,
    alopeciaLastActivity: row.assessment?.alopeciaLastActivity ?? null,
    clearances: clearances.map(asClearance),
    settings,
  });
}

/** The client's most recent consultation that has an intake, if any. */
export async function latestScreenedConsultation(tenant: Tenant, clientId: string) {
  const [row] = await tenant.db
    .select()
    .from(consultation)
    .where(
      tenant.where(
        consultation,
        and(eq(consultation.clientId, clientId), isNotNull(consultation.intakeAnswers)),
      ),
    )
    // The most recently screened intake decides, whatever date the consultation carries.
    .orderBy(desc(consultation.intakeUpdatedAt), desc(consultation.createdAt))
    .limit(1);
  return row ?? null;
}
