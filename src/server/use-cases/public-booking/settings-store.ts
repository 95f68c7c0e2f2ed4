import { eq } from "drizzle-orm";
import type { SavePublicBookingSettingsInput } from "../../../shared/contracts/public-booking.ts";
import type { Executor } from "../../db/client.ts";
import { organization, publicBookingSettings } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

/** A clinic's online booking settings, found by its public slug. */
export interface PublicBookingSettings {
  orgId: string;
  slug: string;
  name: string;
  enabled: boolean;
  embedOrigins: string[];
  intro: string;
  showEstimate: boolean;
  updatedAt: Date | null;
}

/** What a clinic without a saved row gets: booking on, no other website may embed it. */
const DEFAULTS = { enabled: true, embedOrigins: [] as string[], intro: "", showEstimate: true };

/**
 * The online booking settings of the clinic with this slug (defaults when it never saved any),
 * or null when no clinic has the slug. Used by the public booking API, its CORS rule and the
 * hosted page's frame-ancestors.
 */
export async function loadPublicBookingBySlug(
  db: Executor,
  slug: string,
): Promise<PublicBookingSettings | null> {
  const [row] = await db
    .select({
      orgId: organization.id,
      slug: organization.slug,
      name: organization.name,
      settings: publicBookingSettings,
    })
    .from(organization)
    .leftJoin(publicBookingSettings, eq(publicBookingSettings.orgId, organization.id))
    .where(eq(organization.slug, slug))
    .limit(1);
  if (!row) return null;
  const s = row.settings;
  return {
    orgId: row.orgId,
    slug: row.slug,
    name: row.name,
    enabled: s?.enabled ?? DEFAULTS.enabled,
    embedOrigins: s?.embedOrigins ?? DEFAULTS.embedOrigins,
    intro: s?.intro ?? DEFAULTS.intro,
    showEstimate: s?.showEstimate ?? DEFAULTS.showEstimate,
    updatedAt: s?.updatedAt ?? null,
  };
}

/** The signed-in clinic's settings (defaults when it never saved any). */
export async function loadOwnPublicBooking(tenant: Tenant): Promise<PublicBookingSettings> {
  const [org] = await tenant.db
    .select({ slug: organization.slug })
    .from(organization)
    .where(eq(organization.id, tenant.orgId));
  const found = org ? await loadPublicBookingBySlug(tenant.db, org.slug) : null;
  if (!found) throw new Error(`Clinic ${tenant.orgId} has no organisation row.`);
  return found;
}

/** Saves the clinic's online booking settings (one row per clinic). */
export async function savePublicBooking(
  tenant: Tenant,
  input: SavePublicBookingSettingsInput,
  userId: string,
  now: Date,
): Promise<void> {
  const values = {
    enabled: input.enabled,
    intro: input.intro,
    showEstimate: input.showEstimate,
    embedOrigins: input.embedOrigins,
    updatedBy: userId,
    updatedAt: now,
  };
  await tenant.db
    .insert(publicBookingSettings)
    .values({ orgId: tenant.orgId, ...values })
    .onConflictDoUpdate({ target: publicBookingSettings.orgId, set: values });
}
