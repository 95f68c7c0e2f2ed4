import { and, eq } from "drizzle-orm";
import {
  type BookingPolicy,
  completeBookingPolicy,
  DEFAULT_BOOKING_POLICY,
} from "../../../domain/settings/booking-policy.ts";
import { bookingPolicy } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict } from "../../http/problem.ts";

export interface StoredBookingPolicy {
  policy: BookingPolicy;
  /** 0 = never saved: the default booking rules apply. */
  version: number;
  updatedAt: Date | null;
  /**
   * The stored copy no longer validates (a later release tightened a rule): `policy` falls back to
   * the defaults, and the owner is asked to save the rules again.
   */
  invalid: boolean;
}

/** The clinic's booking rules; the defaults until the owner saves their own. */
export async function loadBookingPolicy(tenant: Tenant): Promise<StoredBookingPolicy> {
  const [row] = await tenant.db
    .select()
    .from(bookingPolicy)
    .where(eq(bookingPolicy.orgId, tenant.orgId));
  // booking_policy is keyed by org_id itself (one row per clinic), like clinical_settings.
  if (!row) {
    return { policy: DEFAULT_BOOKING_POLICY, version: 0, updatedAt: null, invalid: false };
  }
  const policy = completeBookingPolicy(row.settings);
  return {
    policy: policy ?? DEFAULT_BOOKING_POLICY,
    version: row.version,
    updatedAt: row.updatedAt,
    invalid: policy === null,
  };
}

/** Saves the whole policy if nobody saved since `expectedVersion`; returns the new version. */
export async function saveBookingPolicy(
  tenant: Tenant,
  policy: BookingPolicy,
  expectedVersion: number,
  userId: string,
): Promise<number> {
  const now = new Date();
  if (expectedVersion === 0) {
    const inserted = await tenant.db
      .insert(bookingPolicy)
      .values({
        orgId: tenant.orgId,
        settings: policy,
        version: 1,
        updatedBy: userId,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ version: bookingPolicy.version });
    if (inserted.length === 0) throw stalePolicy();
    return 1;
  }
  const updated = await tenant.db
    .update(bookingPolicy)
    .set({ settings: policy, version: expectedVersion + 1, updatedBy: userId, updatedAt: now })
    .where(and(eq(bookingPolicy.orgId, tenant.orgId), eq(bookingPolicy.version, expectedVersion)))
    .returning({ version: bookingPolicy.version });
  if (updated.length === 0) throw stalePolicy();
  return expectedVersion + 1;
}

const stalePolicy = () =>
  conflict("Someone else changed the booking rules meanwhile. Reload to see their changes.");
