import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { StaffAlert, StaffAlertDetail } from "../../../shared/contracts/alerts.ts";
import { audit } from "../../audit/audit.ts";
import { checkIn, client, staffAlert, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { visibleTo } from "./alert-commands.ts";

const columns = {
  a: staffAlert,
  firstName: client.firstName,
  lastName: client.lastName,
  readerName: user.name,
  checkInDay: checkIn.day,
  answeredAt: checkIn.answeredAt,
};

type Row = {
  a: typeof staffAlert.$inferSelect;
  firstName: string | null;
  lastName: string | null;
  readerName: string | null;
  checkInDay: number | null;
  answeredAt: Date | null;
};

function present(row: Row, memberId: string): StaffAlert {
  const a = row.a;
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    client:
      a.clientId && row.firstName !== null
        ? { id: a.clientId, name: `${row.firstName} ${row.lastName ?? ""}`.trim() }
        : null,
    forMe: a.memberId === memberId,
    createdAt: a.createdAt.toISOString(),
    readAt: a.readAt?.toISOString() ?? null,
    readBy: a.readAt ? (row.readerName ?? "A former member of staff") : null,
    checkIn:
      a.checkInId && row.checkInDay !== null
        ? {
            id: a.checkInId,
            day: row.checkInDay,
            answeredAt: row.answeredAt?.toISOString() ?? null,
          }
        : null,
  };
}

const base = (tenant: Tenant) =>
  tenant.db
    .select(columns)
    .from(staffAlert)
    .leftJoin(client, eq(client.id, staffAlert.clientId))
    .leftJoin(user, eq(user.id, staffAlert.readBy))
    .leftJoin(checkIn, eq(checkIn.id, staffAlert.checkInId));

/** A member's alerts, unread first, newest first; with the unread count. */
export async function listAlerts(tenant: Tenant, memberId: string, limit: number) {
  const rows = await base(tenant)
    .where(tenant.where(staffAlert, visibleTo(memberId)))
    .orderBy(sql`${staffAlert.readAt} is not null`, desc(staffAlert.createdAt), asc(staffAlert.id))
    .limit(limit);
  const [unread] = await tenant.db
    .select({ n: count() })
    .from(staffAlert)
    .where(tenant.where(staffAlert, visibleTo(memberId), isNull(staffAlert.readAt)));
  return { items: rows.map((r) => present(r, memberId)), unread: unread?.n ?? 0 };
}

/** One alert with the client's answer and note: a read of health data, so it is audited. */
export async function readAlert(
  tenant: Tenant,
  alertId: string,
  staff: { memberId: string; userId: string },
): Promise<StaffAlertDetail> {
  const [row] = await base(tenant).where(
    tenant.where(staffAlert, eq(staffAlert.id, alertId), visibleTo(staff.memberId)),
  );
  if (!row) throw notFound("No such alert for you in this clinic.");
  const alert = present(row, staff.memberId);
  if (!row.a.checkInId) return { ...alert, answer: null };
  const [answer] = await tenant.db
    .select({ answer: checkIn.answer, note: checkIn.note, photoId: checkIn.photoId })
    .from(checkIn)
    .where(tenant.where(checkIn, and(eq(checkIn.id, row.a.checkInId))));
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "check_in",
    entityId: row.a.checkInId,
    details: { via: "staff_alert", alertId },
  });
  return {
    ...alert,
    answer: answer
      ? { answer: answer.answer ?? null, note: answer.note, photoId: answer.photoId ?? null }
      : null,
  };
}
