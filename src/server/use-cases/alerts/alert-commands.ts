import { and, eq, isNull, or } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import { staffAlert } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

export const CHECK_IN_CONCERN = "check_in_concern";

/** Alerts a member sees: their own and the clinic-wide ones (no member). */
export const visibleTo = (memberId: string) =>
  or(eq(staffAlert.memberId, memberId), isNull(staffAlert.memberId));

/** Raises an alert for a client's concern; call inside the transaction that records the answer. */
export async function createCheckInAlert(
  tenant: Tenant,
  input: { memberId: string | null; clientId: string; checkInId: string; title: string },
): Promise<string> {
  const [row] = await tenant
    .insert(staffAlert, {
      memberId: input.memberId,
      kind: CHECK_IN_CONCERN,
      clientId: input.clientId,
      checkInId: input.checkInId,
      title: input.title,
    })
    .returning({ id: staffAlert.id });
  if (!row) throw new Error("staff alert insert returned no row");
  return row.id;
}

/** Marks an alert read for everyone it was for; reading it twice keeps the first reader. */
export async function markAlertRead(
  tenant: Tenant,
  alertId: string,
  staff: { memberId: string; userId: string },
  now: Date,
): Promise<void> {
  await tenant.transaction(async (t) => {
    const [row] = await t.db
      .select({ id: staffAlert.id, readAt: staffAlert.readAt })
      .from(staffAlert)
      .where(t.where(staffAlert, eq(staffAlert.id, alertId), visibleTo(staff.memberId)))
      .for("update");
    if (!row) throw notFound("No such alert for you in this clinic.");
    if (row.readAt) return;
    await t.db
      .update(staffAlert)
      .set({ readAt: now, readBy: staff.userId })
      .where(and(eq(staffAlert.id, alertId), isNull(staffAlert.readAt)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "staff_alert",
      entityId: alertId,
      details: { read: true },
    });
  });
}
