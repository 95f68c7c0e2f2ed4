import { eq } from "drizzle-orm";
import type { Clinic } from "../../../shared/contracts/clinic.ts";
import { clinicSettings, organization } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

type Settings = typeof clinicSettings.$inferSelect;

/** Column defaults, for a clinic whose settings row has not been written yet. */
const defaults = {
  primaryColour: "#1f6f78",
  accentColour: "#c8873a",
  locale: "en-GB",
  currency: "GBP",
};

/** The logo URL carries the settings' last change so a new upload is never served from cache. */
export function logoUrl(settings: Pick<Settings, "logoFile" | "updatedAt"> | null): string | null {
  return settings?.logoFile ? `/api/clinic/logo?v=${settings.updatedAt.getTime()}` : null;
}

export interface ClinicRecord extends Clinic {
  logoFile: string | null;
}

/** The signed-in clinic's organisation and settings, as the API shows them. */
export async function loadClinic(tenant: Tenant): Promise<ClinicRecord> {
  // organization is keyed by the clinic id itself: filtering on tenant.orgId is the scoping.
  const [row] = await tenant.db
    .select({ org: organization, settings: clinicSettings })
    .from(organization)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, organization.id))
    .where(eq(organization.id, tenant.orgId));
  if (!row) throw notFound("This clinic no longer exists.");
  const { org, settings } = row;
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    legalName: settings?.legalName ?? null,
    email: settings?.email ?? null,
    phone: settings?.phone ?? null,
    website: settings?.website ?? null,
    primaryColour: settings?.primaryColour ?? defaults.primaryColour,
    accentColour: settings?.accentColour ?? defaults.accentColour,
    logoUrl: logoUrl(settings),
    locale: settings?.locale ?? defaults.locale,
    currency: settings?.currency ?? defaults.currency,
    logoFile: settings?.logoFile ?? null,
  };
}

/** Writes settings fields, creating the clinic's settings row if it is missing. */
export async function saveSettings(
  tenant: Tenant,
  values: Partial<Omit<Settings, "orgId" | "createdAt" | "updatedAt">>,
) {
  const set = { ...values, updatedAt: new Date() };
  await tenant
    .insert(clinicSettings, set)
    .onConflictDoUpdate({ target: clinicSettings.orgId, set });
}

/** Presents a clinic record without its internal file key. */
export function presentClinic({ logoFile: _logoFile, ...clinic }: ClinicRecord): Clinic {
  return clinic;
}
