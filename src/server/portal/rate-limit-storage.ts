import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";

/** Portal rate-limit keys share the `rate_limit` table with staff auth under this prefix. */
export const PORTAL_RATE_LIMIT_PREFIX = "portal|";

export interface RateLimitRule {
  /** Seconds. */
  window: number;
  max: number;
}

/**
 * One atomic step of a fixed-window limit on `rate_limit`: counts this request against `key` and
 * says whether it is allowed. Keys are prefixed so they never collide with the staff instance's
 * (which keys on `ip|path` with the same paths, e.g. /get-session).
 */
export async function consumeRateLimit(
  db: Database,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): Promise<{ allowed: boolean; retryAfter: number | null }> {
  const windowMs = rule.window * 1000;
  const fullKey = `${PORTAL_RATE_LIMIT_PREFIX}${key}`;
  const result = await db.execute<{ count: number; last_request: string }>(sql`
    insert into rate_limit (id, key, count, last_request)
    values (${randomUUID()}, ${fullKey}, 1, ${now})
    on conflict (key) do update set
      count = case when rate_limit.last_request <= ${now - windowMs} then 1
                   else rate_limit.count + 1 end,
      last_request = case when rate_limit.last_request <= ${now - windowMs} then ${now}
                          else rate_limit.last_request end
    returning count, last_request`);
  const row = result.rows[0];
  const count = Number(row?.count ?? 1);
  if (count <= rule.max) return { allowed: true, retryAfter: null };
  const started = Number(row?.last_request ?? now);
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((started + windowMs - now) / 1000)) };
}

/** Better Auth's custom storage for the portal instance. */
export function portalRateLimitStorage(db: Database) {
  return { consume: (key: string, rule: RateLimitRule) => consumeRateLimit(db, key, rule) };
}
