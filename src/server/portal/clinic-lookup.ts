import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../db/client.ts";
import { client, clinicSettings, organization } from "../db/schema/index.ts";
import { presentPublicBrand, publicBrandColumns } from "../use-cases/clinic/public-brand.ts";

export interface PortalClinic {
  orgId: string;
  slug: string;
  name: string;
  primaryColour: string;
}

async function loadClinic(db: Executor, where: ReturnType<typeof eq>) {
  const [row] = await db
    .select({
      orgId: organization.id,
      slug: organization.slug,
      name: organization.name,
      settings: publicBrandColumns,
    })
    .from(organization)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, organization.id))
    .where(where)
    .limit(1);
  if (!row) return null;
  const brand = presentPublicBrand(row.name, row.settings);
  return {
    orgId: row.orgId,
    slug: row.slug,
    name: row.name,
    primaryColour: brand.primaryColour,
    brand,
  };
}

/** The clinic a portal URL names, with its public brand. */
export const loadPortalClinicBySlug = (db: Executor, slug: string) =>
  loadClinic(db, eq(organization.slug, slug));

export const loadPortalClinicById = (db: Executor, orgId: string) =>
  loadClinic(db, eq(organization.id, orgId));

/** The clinic's current (not archived) clients with this email, compared case-insensitively. */
export async function findClinicClientByEmail(db: Executor, orgId: string, email: string) {
  return db
    .select({ id: client.id })
    .from(client)
    .where(
      and(
        eq(client.orgId, orgId),
        isNull(client.archivedAt),
        sql`lower(${client.email}) = ${email.trim().toLowerCase()}`,
      ),
    )
    .limit(2);
}
