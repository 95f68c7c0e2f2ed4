import { and, eq } from "drizzle-orm";
import {
  completeMessagingSettings,
  DEFAULT_MESSAGING_SETTINGS,
  type MessagingSettings,
} from "../../../domain/messaging/settings.ts";
import { messagingSettings } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict } from "../../http/problem.ts";

export interface StoredMessagingSettings {
  settings: MessagingSettings;
  /** 0 = never saved: the reference defaults apply. */
  version: number;
  updatedAt: Date | null;
  /** The stored copy no longer validates: the defaults apply until an owner saves again. */
  invalid: boolean;
}

/** The clinic's message schedules; the defaults until the owner saves their own. */
export async function loadMessagingSettings(tenant: Tenant): Promise<StoredMessagingSettings> {
  // messaging_settings is keyed by org_id itself (one row per clinic), like booking_policy.
  const [row] = await tenant.db
    .select()
    .from(messagingSettings)
    .where(eq(messagingSettings.orgId, tenant.orgId));
  if (!row) {
    return { settings: DEFAULT_MESSAGING_SETTINGS, version: 0, updatedAt: null, invalid: false };
  }
  const settings = completeMessagingSettings(row.settings);
  return {
    settings: settings ?? DEFAULT_MESSAGING_SETTINGS,
    version: row.version,
    updatedAt: row.updatedAt,
    invalid: settings === null,
  };
}

/** Saves the whole document if nobody saved since `expectedVersion`; returns the new version. */
export async function saveMessagingSettings(
  tenant: Tenant,
  settings: MessagingSettings,
  expectedVersion: number,
  userId: string,
  now: Date,
): Promise<number> {
  if (expectedVersion === 0) {
    const inserted = await tenant.db
      .insert(messagingSettings)
      .values({ orgId: tenant.orgId, settings, version: 1, updatedBy: userId, updatedAt: now })
      .onConflictDoNothing()
      .returning({ version: messagingSettings.version });
    if (inserted.length === 0) throw stale();
    return 1;
  }
  const updated = await tenant.db
    .update(messagingSettings)
    .set({ settings, version: expectedVersion + 1, updatedBy: userId, updatedAt: now })
    .where(
      and(
        eq(messagingSettings.orgId, tenant.orgId),
        eq(messagingSettings.version, expectedVersion),
      ),
    )
    .returning({ version: messagingSettings.version });
  if (updated.length === 0) throw stale();
  return expectedVersion + 1;
}

const stale = () =>
  conflict("Someone else changed the message settings meanwhile. Reload to see their changes.");
