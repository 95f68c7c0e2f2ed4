import type { ScreeningResult } from "../../../domain/screening/types.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { audit } from "../../audit/audit.ts";
import type { Tenant } from "../../db/tenant.ts";
import { unprocessable } from "../../http/problem.ts";
import { loadClinicalSettings } from "./clinical-settings-store.ts";
import { latestScreenedConsultation, screenConsultation } from "./screening-runner.ts";

export interface TreatmentEligibility {
  bookable: boolean;
  /** For a deferral with a known end: the first date treatment may take place. */
  from: string | null;
  /** Discreet: fit for any staff member to read, never naming a condition. */
  reason: string | null;
}

const fmt = createFormatter({ locale: "en-GB", timeZone: "UTC" });
const longDate = (iso: string) => fmt.weekdayDate(Date.parse(`${iso}T12:00:00Z`));

/** What the screening verdict means for booking treatment, in words any staff member may read. */
export function eligibilityFrom(result: ScreeningResult | null): TreatmentEligibility {
  if (!result) {
    return {
      bookable: false,
      from: null,
      reason: "No consultation with medical screening is on record yet.",
    };
  }
  switch (result.verdict) {
    case "proceed":
      return { bookable: true, from: null, reason: null };
    case "gp_letter":
      return {
        bookable: false,
        from: null,
        reason: "A letter from the client's GP must be recorded by a practitioner first.",
      };
    case "defer":
      return {
        bookable: false,
        from: result.deferUntil,
        reason: result.deferUntil
          ? `Screening has deferred treatment until ${longDate(result.deferUntil)}.`
          : "Screening has deferred treatment; a practitioner must review it first.",
      };
    case "decline":
      return {
        bookable: false,
        from: null,
        reason: "Screening does not allow treatment for this client.",
      };
  }
}

/**
 * Whether a treatment session for this client may take place on `treatmentDate`: the latest
 * screening, re-run against that date with today's clearances and rules (a deferral that has run
 * out by then no longer holds; age is checked on that day).
 */
export async function treatmentEligibility(
  tenant: Tenant,
  clientId: string,
  treatmentDate: string,
  actorUserId: string,
): Promise<TreatmentEligibility> {
  const row = await latestScreenedConsultation(tenant, clientId);
  if (!row) return eligibilityFrom(null);
  // The answers are read to decide, though only the outcome is shown: that is a read of health data.
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId,
    action: "read",
    entity: "consultation",
    entityId: row.id,
    details: { purpose: "treatment-eligibility" },
  });
  const { settings } = await loadClinicalSettings(tenant);
  const result = await screenConsultation(
    tenant,
    row,
    settings,
    row.screenedOn ?? row.heldOn,
    treatmentDate,
  );
  return eligibilityFrom(result);
}

/** Throws a 422 explaining (discreetly) why treatment cannot be booked on that date. */
export async function assertTreatmentAllowed(
  tenant: Tenant,
  clientId: string,
  treatmentDate: string,
  actorUserId: string,
): Promise<void> {
  const e = await treatmentEligibility(tenant, clientId, treatmentDate, actorUserId);
  if (!e.bookable) {
    throw unprocessable(`Treatment can't be booked for this client. ${e.reason}`, {
      code: "screening",
    });
  }
}
