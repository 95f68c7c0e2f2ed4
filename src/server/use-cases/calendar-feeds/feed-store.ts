import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { CalendarFeedStatus } from "../../../shared/contracts/calendar-feeds.ts";
import { audit } from "../../audit/audit.ts";
import type { Executor } from "../../db/client.ts";
import { calendarFeed, member, organization } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

/** How often a feed's last-used time is written, whatever the calendar app's polling rate. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The member's feed in use, if any. */
export async function feedStatus(tenant: Tenant, memberId: string): Promise<CalendarFeedStatus> {
  const [row] = await tenant.db
    .select({ createdAt: calendarFeed.createdAt, lastUsedAt: calendarFeed.lastUsedAt })
    .from(calendarFeed)
    .where(
      tenant.where(
        calendarFeed,
        eq(calendarFeed.memberId, memberId),
        isNull(calendarFeed.revokedAt),
      ),
    )
    .orderBy(desc(calendarFeed.createdAt))
    .limit(1);
  return {
    active: row !== undefined,
    createdAt: row?.createdAt.toISOString() ?? null,
    lastUsedAt: row?.lastUsedAt?.toISOString() ?? null,
  };
}

interface Actor {
  userId: string;
  memberId: string;
  ip: string;
}

/** Revokes the member's feeds still in use; returns how many. Call inside a transaction. */
async function revokeActive(tenant: Tenant, memberId: string, now: Date): Promise<number> {
  const revoked = await tenant.db
    .update(calendarFeed)
    .set({ revokedAt: now })
    .where(
      tenant.where(
        calendarFeed,
        eq(calendarFeed.memberId, memberId),
        isNull(calendarFeed.revokedAt),
      ),
    )
    .returning({ id: calendarFeed.id });
  return revoked.length;
}

/**
 * A new feed for the member, revoking any old one in the same transaction. Returns the secret,
 * which is stored only as its SHA-256 and so can never be shown again.
 */
export async function createFeed(tenant: Tenant, actor: Actor, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const created = await tenant.transaction(async (t) => {
    // Serialises concurrent rotations by the same member, so at most one feed stays active.
    await t.db
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.id, actor.memberId), eq(member.organizationId, t.orgId)))
      .for("update");
    const replaced = await revokeActive(t, actor.memberId, now);
    const [row] = await t
      .insert(calendarFeed, {
        memberId: actor.memberId,
        tokenHash: hashToken(token),
        createdAt: now,
      })
      .returning({ id: calendarFeed.id, createdAt: calendarFeed.createdAt });
    if (!row) throw new Error("calendar feed insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: actor.userId,
      action: replaced > 0 ? "rotate" : "create",
      entity: "calendar_feed",
      entityId: row.id,
      ip: actor.ip,
      details: { memberId: actor.memberId, revoked: replaced },
    });
    return row;
  });
  return { token, createdAt: created.createdAt };
}

/** Turns the member's feed off; the old URL answers 404 from now on. */
export async function revokeFeed(tenant: Tenant, actor: Actor, now: Date): Promise<void> {
  await tenant.transaction(async (t) => {
    const revoked = await revokeActive(t, actor.memberId, now);
    if (revoked === 0) return;
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: actor.userId,
      action: "revoke",
      entity: "calendar_feed",
      entityId: null,
      ip: actor.ip,
      details: { memberId: actor.memberId, revoked },
    });
  });
}

export interface ActiveFeed {
  id: string;
  orgId: string;
  memberId: string;
  clinicName: string;
  practitionerUserId: string;
}

/**
 * The feed a secret opens: not revoked, and its member still active in a clinic. Null for anything
 * else, so a revoked link and a made-up one look the same.
 */
export async function findFeedByToken(db: Executor, token: string): Promise<ActiveFeed | null> {
  const [row] = await db
    .select({
      id: calendarFeed.id,
      orgId: calendarFeed.orgId,
      memberId: calendarFeed.memberId,
      clinicName: organization.name,
      practitionerUserId: member.userId,
    })
    .from(calendarFeed)
    .innerJoin(
      member,
      and(eq(member.id, calendarFeed.memberId), eq(member.organizationId, calendarFeed.orgId)),
    )
    .innerJoin(organization, eq(organization.id, calendarFeed.orgId))
    .where(
      and(
        eq(calendarFeed.tokenHash, hashToken(token)),
        isNull(calendarFeed.revokedAt),
        eq(member.active, true),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Records that the feed was fetched, writing at most once an hour per feed. */
export async function touchFeed(db: Executor, feedId: string, now: Date): Promise<void> {
  await db
    .update(calendarFeed)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(calendarFeed.id, feedId),
        or(
          isNull(calendarFeed.lastUsedAt),
          lt(calendarFeed.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS)),
        ),
      ),
    );
}
