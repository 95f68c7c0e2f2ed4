import {
  estimatedImpressions,
  gapWindows,
  reviewPlan,
  totalAreaCm2,
} from "../../../domain/planning/index.ts";
import type { ClinicalSettings } from "../../../domain/settings/clinical-settings.ts";
import type { PlanView } from "../../../shared/contracts/consultations.ts";
import type { treatmentPlan } from "../../db/schema/index.ts";

export type PlanRow = typeof treatmentPlan.$inferSelect;

/** A plan as the API shows it: the stored plan and quote, with review issues worked out now. */
export function presentPlan(row: PlanRow, settings: ClinicalSettings): PlanView {
  return {
    id: row.id,
    consultationId: row.consultationId,
    status: row.status,
    plan: row.plan,
    adjustment: row.adjustment ?? null,
    quote: row.quote,
    // An accepted plan is frozen: it is shown as signed, not re-judged by today's settings.
    issues: row.status === "draft" ? reviewPlan(row.plan, settings) : [],
    gapWindows: gapWindows(row.plan, settings),
    totalAreaCm2: totalAreaCm2(row.plan),
    estimatedImpressions: estimatedImpressions(row.plan),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    signedName: row.signedName,
    hasPdf: row.pdfFile !== null,
    version: row.version,
  };
}
