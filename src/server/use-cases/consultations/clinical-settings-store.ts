import { and, eq } from "drizzle-orm";
import {
  type ClinicalSettings,
  completeClinicalSettings,
  DEFAULT_CLINICAL_SETTINGS,
} from "../../../domain/settings/clinical-settings.ts";
import { clinicalSettings } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict } from "../../http/problem.ts";

export interface StoredClinicalSettings {
  settings: ClinicalSettings;
  /** 0 = never saved: the reference defaults apply. */
  version: number;
  updatedAt: Date | null;
  /**
   * The stored copy no longer validates (a later release tightened a rule): `settings` shows it
   * completed with defaults where possible, and plans are refused until an owner saves it again.
   */
  invalid: boolean;
}

/** The clinic's clinical rules and prices; the reference defaults until the owner saves their own. */
export async function loadClinicalSettings(tenant: Tenant): Promise<StoredClinicalSettings> {
  const [row] = await tenant.db
    .select()
    .from(clinicalSettings)
    .where(eq(clinicalSettings.orgId, tenant.orgId));
  // clinical_settings is keyed by org_id itself (one row per clinic), like clinic_settings.
  if (!row) {
    return { settings: DEFAULT_CLINICAL_SETTINGS, version: 0, updatedAt: null, invalid: false };
  }
  const settings = completeClinicalSettings(row.settings);
  return {
    settings: settings ?? DEFAULT_CLINICAL_SETTINGS,
    version: row.version,
    updatedAt: row.updatedAt,
    invalid: settings === null,
  };
}

/** Saves a whole settings object if nobody saved since `expectedVersion`; returns the new version. */
export async function saveClinicalSettings(
  tenant: Tenant,
  settings: ClinicalSettings,
  expectedVersion: number,
  userId: string,
): Promise<number> {
  const now = new Date();
  if (expectedVersion === 0) {
    const inserted = await tenant.db
      .insert(clinicalSettings)
      .values({ orgId: tenant.orgId, settings, version: 1, updatedBy: userId, updatedAt: now })
      .onConflictDoNothing()
      .returning({ version: clinicalSettings.version });
    if (inserted.length === 0) throw staleSettings();
    return 1;
  }
  const updated = await tenant.db
    .update(clinicalSettings)
    .set({ settings, version: expectedVersion + 1, updatedBy: userId, updatedAt: now })
    .where(
      and(eq(clinicalSettings.orgId, tenant.orgId), eq(clinicalSettings.version, expectedVersion)),
    )
    .returning({ version: clinicalSettings.version });
  if (updated.length === 0) throw staleSettings();
  return expectedVersion + 1;
}

const staleSettings = () =>
  conflict("Someone else changed the clinical settings meanwhile. Reload to see their changes.");
