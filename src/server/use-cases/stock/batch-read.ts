import { and, asc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { batchState, daysToExpiry } from "../../../domain/stock/batch-usability.ts";
import { epochToLocal, isIsoDate } from "../../../domain/time/zoned.ts";
import type { StockBatch, StockBatchList } from "../../../shared/contracts/stock.ts";
import { location, sessionZone, stockBatch, treatmentSession } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, notFound } from "../../http/problem.ts";
import { clinicZone } from "../clinic/primary-location.ts";

type BatchRow = typeof stockBatch.$inferSelect;

export interface BatchFilter {
  kind?: BatchRow["kind"];
  usable?: boolean;
  q?: string;
  locationId?: string;
  on?: string;
}

/** The zone that decides "today" for stock: the given location's, else the clinic's. */
export async function stockZone(tenant: Tenant, locationId?: string): Promise<string> {
  if (!locationId) return clinicZone(tenant);
  const [row] = await tenant.db
    .select({ timeZone: location.timeZone })
    .from(location)
    .where(tenant.where(location, eq(location.id, locationId)));
  if (!row) throw notFound("There is no such location in this clinic.");
  return row.timeZone;
}

/**
 * Per batch: how many session zones used it (through any of the three batch columns) and whether
 * any of those sessions is signed.
 */
export async function batchUsage(tenant: Tenant, ids: string[]) {
  const result = new Map<string, { count: number; signed: boolean }>();
  if (ids.length === 0) return result;
  const used = sql`(
    select ${sessionZone.pigmentBatchId} as batch_id, ${sessionZone.sessionId} as session_id from ${sessionZone} where ${sessionZone.orgId} = ${tenant.orgId}
    union all
    select ${sessionZone.needleBatchId}, ${sessionZone.sessionId} from ${sessionZone} where ${sessionZone.orgId} = ${tenant.orgId}
    union all
    select ${sessionZone.anaestheticBatchId}, ${sessionZone.sessionId} from ${sessionZone} where ${sessionZone.orgId} = ${tenant.orgId} and ${sessionZone.anaestheticBatchId} is not null
  )`;
  const { rows } = await tenant.db.execute<{
    batch_id: string;
    count: number;
    signed: boolean;
  }>(sql`
    select u.batch_id, count(*)::int as count, bool_or(s.status = 'signed') as signed
    from ${used} u
    join ${treatmentSession} s on s.id = u.session_id and s.org_id = ${tenant.orgId}
    where u.batch_id = any(${sql.param(ids)}::uuid[])
    group by u.batch_id`);
  for (const r of rows) result.set(r.batch_id, { count: r.count, signed: r.signed });
  return result;
}

export function presentBatch(
  row: BatchRow,
  today: string,
  used: { count: number; signed: boolean } | undefined,
): StockBatch {
  const archivedAt = row.archivedAt?.toISOString() ?? null;
  return {
    id: row.id,
    kind: row.kind,
    brand: row.brand,
    product: row.product,
    lot: row.lot,
    expiresOn: row.expiresOn,
    receivedOn: row.receivedOn,
    needleConfig: row.needleConfig,
    needleDiameterMm: row.needleDiameterMm === null ? null : Number(row.needleDiameterMm),
    quantity: row.quantity,
    notes: row.notes,
    archivedAt,
    state: batchState({ expiresOn: row.expiresOn, archivedAt }, today),
    daysToExpiry: daysToExpiry(row.expiresOn, today),
    usageCount: used?.count ?? 0,
    identityLocked: used?.signed ?? false,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The clinic's batches: usable (or all) of a kind, matching every word of `q`, soonest expiry first. */
export async function listBatches(
  tenant: Tenant,
  filter: BatchFilter,
  now: Date,
): Promise<StockBatchList> {
  const timeZone = await stockZone(tenant, filter.locationId);
  if (filter.on && !isIsoDate(filter.on))
    throw badRequest("on: must be a real date like 2026-11-24");
  const today = filter.on ?? epochToLocal(now.getTime(), timeZone).date;
  const words = (filter.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8);
  const rows = await tenant.db
    .select()
    .from(stockBatch)
    .where(
      tenant.where(
        stockBatch,
        filter.kind ? eq(stockBatch.kind, filter.kind) : undefined,
        filter.usable
          ? and(isNull(stockBatch.archivedAt), sql`${stockBatch.expiresOn} >= ${today}::date`)
          : undefined,
        ...words.map((w) => {
          const like = `%${escapeLike(w)}%`;
          return or(
            ilike(stockBatch.brand, like),
            ilike(stockBatch.product, like),
            ilike(stockBatch.lot, like),
            ilike(stockBatch.needleConfig, like),
          );
        }),
      ),
    )
    .orderBy(
      sql`${stockBatch.archivedAt} is not null`,
      asc(stockBatch.expiresOn),
      asc(stockBatch.brand),
      asc(stockBatch.lot),
    )
    .limit(500);
  const used = await batchUsage(
    tenant,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentBatch(r, today, used.get(r.id))),
    asOf: today,
    timeZone,
  };
}

/** One batch of this clinic, or 404. */
export async function loadBatchRow(tenant: Tenant, id: string): Promise<BatchRow> {
  const [row] = await tenant.db
    .select()
    .from(stockBatch)
    .where(tenant.where(stockBatch, eq(stockBatch.id, id)));
  if (!row) throw notFound("There is no such stock batch in this clinic.");
  return row;
}

/** One batch as the API shows it, judged on today in the clinic's zone. */
export async function readBatch(tenant: Tenant, id: string, now: Date): Promise<StockBatch> {
  const row = await loadBatchRow(tenant, id);
  const today = epochToLocal(now.getTime(), await clinicZone(tenant)).date;
  const used = await batchUsage(tenant, [id]);
  return presentBatch(row, today, used.get(id));
}
