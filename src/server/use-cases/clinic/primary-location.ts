import { asc, eq } from "drizzle-orm";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { location } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

/** The zone used before a clinic has any active location. */
export const DEFAULT_TIME_ZONE = "Europe/London";

/**
 * The clinic's first active location: its zone is the clinic's zone wherever a date belongs to
 * the clinic as a whole (the signed-in view, consultations, plans).
 */
export async function primaryLocation(tenant: Tenant) {
  const [row] = await tenant.db
    .select({ id: location.id, timeZone: location.timeZone })
    .from(location)
    .where(tenant.where(location, eq(location.active, true)))
    .orderBy(asc(location.createdAt), asc(location.id))
    .limit(1);
  return row ?? null;
}

/** The clinic's IANA time zone. */
export async function clinicZone(tenant: Tenant): Promise<string> {
  return (await primaryLocation(tenant))?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Today's date (YYYY-MM-DD) in the clinic's zone. */
export async function clinicToday(tenant: Tenant, now: Date): Promise<string> {
  return epochToLocal(now.getTime(), await clinicZone(tenant)).date;
}
