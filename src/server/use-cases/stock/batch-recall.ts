import { and, asc, eq, or, sql } from "drizzle-orm";
import { safeFileStem, toCsv } from "../../../domain/stock/csv.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { RecallRow, StockRecall } from "../../../shared/contracts/stock.ts";
import { audit } from "../../audit/audit.ts";
import {
  appointment,
  client,
  location,
  member,
  sessionZone,
  treatmentSession,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { readBatch } from "./batch-read.ts";

const usedAsLabel = { pigment: "Pigment", needle: "Needle", anaesthetic: "Anaesthetic" } as const;
const statusLabel = { in_progress: "In progress", signed: "Signed" } as const;

/**
 * Every session zone that recorded the batch, through the pigment, needle or anaesthetic column:
 * one row per session and zone, oldest session first. Only this clinic's records.
 */
async function recallRows(tenant: Tenant, batchId: string): Promise<RecallRow[]> {
  const rows = await tenant.db
    .select({
      sessionId: treatmentSession.id,
      zoneId: sessionZone.id,
      clientId: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      email: client.email,
      phone: client.phone,
      startedAt: treatmentSession.startedAt,
      timeZone: location.timeZone,
      practitionerId: member.id,
      practitionerName: user.name,
      zoneKey: sessionZone.zone,
      zoneLabel: sessionZone.label,
      usedAs: sql<RecallRow["usedAs"]>`case
        when ${sessionZone.pigmentBatchId} = ${batchId} then 'pigment'
        when ${sessionZone.needleBatchId} = ${batchId} then 'needle'
        else 'anaesthetic' end`,
      status: treatmentSession.status,
    })
    .from(sessionZone)
    .innerJoin(
      treatmentSession,
      and(
        eq(treatmentSession.id, sessionZone.sessionId),
        eq(treatmentSession.orgId, sessionZone.orgId),
      ),
    )
    .innerJoin(
      client,
      and(eq(client.id, treatmentSession.clientId), eq(client.orgId, treatmentSession.orgId)),
    )
    .innerJoin(
      appointment,
      and(
        eq(appointment.id, treatmentSession.appointmentId),
        eq(appointment.orgId, treatmentSession.orgId),
      ),
    )
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(
      member,
      and(
        eq(member.id, treatmentSession.practitionerId),
        eq(member.organizationId, treatmentSession.orgId),
      ),
    )
    .innerJoin(user, eq(user.id, member.userId))
    .where(
      tenant.where(
        sessionZone,
        or(
          eq(sessionZone.pigmentBatchId, batchId),
          eq(sessionZone.needleBatchId, batchId),
          eq(sessionZone.anaestheticBatchId, batchId),
        ),
      ),
    )
    .orderBy(
      asc(treatmentSession.startedAt),
      asc(client.lastName),
      asc(client.firstName),
      asc(sessionZone.label),
      asc(sessionZone.id),
    );
  return rows.map((r) => ({
    sessionId: r.sessionId,
    zoneId: r.zoneId,
    client: {
      id: r.clientId,
      name: `${r.firstName} ${r.lastName}`.trim(),
      email: r.email,
      phone: r.phone,
    },
    startedAt: r.startedAt.toISOString(),
    sessionDate: epochToLocal(r.startedAt.getTime(), r.timeZone).date,
    timeZone: r.timeZone,
    practitioner: { id: r.practitionerId, name: r.practitionerName },
    zone: { key: r.zoneKey, label: r.zoneLabel },
    usedAs: r.usedAs,
    sessionStatus: r.status,
  }));
}

/** The recall list for a batch; reading it discloses clients, so every read is audited. */
export async function readRecall(
  tenant: Tenant,
  staff: StaffContext,
  batchId: string,
  now: Date,
  format: "json" | "csv" = "json",
): Promise<StockRecall> {
  const batch = await readBatch(tenant, batchId, now);
  const rows = await recallRows(tenant, batchId);
  const result = {
    batch,
    rows,
    clientCount: new Set(rows.map((r) => r.client.id)).size,
    sessionCount: new Set(rows.map((r) => r.sessionId)).size,
  };
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "stock_recall",
    entityId: batchId,
    details: { format, rows: rows.length, clients: result.clientCount },
  });
  return result;
}

export const RECALL_CSV_HEADER = [
  "Client",
  "Email",
  "Phone",
  "Session date",
  "Session time",
  "Practitioner",
  "Zone",
  "Used as",
  "Session status",
  "Brand",
  "Product",
  "Lot",
] as const;

/** The recall as a CSV download (Excel-friendly, formula-safe) and its file name. */
export function recallCsv(recall: StockRecall, asOf: string): { filename: string; body: string } {
  const formatters = new Map<string, ReturnType<typeof createFormatter>>();
  const fmt = (zone: string) => {
    let f = formatters.get(zone);
    if (!f) {
      f = createFormatter({ timeZone: zone });
      formatters.set(zone, f);
    }
    return f;
  };
  const { batch } = recall;
  const body = toCsv(
    RECALL_CSV_HEADER,
    recall.rows.map((r) => {
      const at = Date.parse(r.startedAt);
      const f = fmt(r.timeZone);
      return [
        r.client.name,
        r.client.email,
        r.client.phone,
        f.date(at),
        f.time(at),
        r.practitioner.name,
        r.zone.label,
        usedAsLabel[r.usedAs],
        statusLabel[r.sessionStatus],
        batch.brand,
        batch.product,
        batch.lot,
      ];
    }),
  );
  const filename = `recall-${safeFileStem([batch.brand, batch.lot, asOf]) || "batch"}.csv`;
  return { filename, body };
}
