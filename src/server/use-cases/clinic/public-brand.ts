import { eq } from "drizzle-orm";
import { clinicSettings } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

/** The clinic settings a public page (waitlist offer, check-in) shows; select as `settings`. */
export const publicBrandColumns = {
  primaryColour: clinicSettings.primaryColour,
  accentColour: clinicSettings.accentColour,
  logoFile: clinicSettings.logoFile,
  phone: clinicSettings.phone,
  email: clinicSettings.email,
  locale: clinicSettings.locale,
};

type BrandRow = {
  [K in keyof typeof publicBrandColumns]: (typeof publicBrandColumns)[K]["_"]["data"] | null;
};

/** The clinic's name and branding as public pages receive them, with Stipple's defaults. */
export function presentPublicBrand(name: string, settings: BrandRow | null) {
  return {
    name,
    primaryColour: settings?.primaryColour ?? "#1f6f78",
    accentColour: settings?.accentColour ?? "#c8873a",
    hasLogo: Boolean(settings?.logoFile),
    phone: settings?.phone ?? null,
    email: settings?.email ?? null,
    locale: settings?.locale ?? "en-GB",
  };
}

/** The clinic's logo file key, for public pages. */
export async function clinicLogoFile(tenant: Tenant): Promise<string | null> {
  const [row] = await tenant.db
    .select({ logoFile: clinicSettings.logoFile })
    .from(clinicSettings)
    .where(eq(clinicSettings.orgId, tenant.orgId));
  return row?.logoFile ?? null;
}
