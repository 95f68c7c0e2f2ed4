import { and, desc, eq, type SQL } from "drizzle-orm";
import type { PatchTest } from "../../../shared/contracts/patch-tests.ts";
import { patchTest, stockBatch, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

const HOUR = 3_600_000;

/** Reads a clinic's patch tests matching `where`, newest first, as the API shows them. */
export async function readPatchTests(
  tenant: Tenant,
  where: SQL | undefined,
  minHours: number,
  limit?: number,
): Promise<PatchTest[]> {
  const query = tenant.db
    .select({
      row: patchTest,
      batchId: stockBatch.id,
      brand: stockBatch.brand,
      product: stockBatch.product,
      lot: stockBatch.lot,
      recordedBy: user.name,
    })
    .from(patchTest)
    .leftJoin(
      stockBatch,
      and(eq(stockBatch.id, patchTest.pigmentBatchId), eq(stockBatch.orgId, patchTest.orgId)),
    )
    .leftJoin(user, eq(user.id, patchTest.recordedBy))
    .where(tenant.where(patchTest, where))
    .orderBy(desc(patchTest.performedAt), desc(patchTest.createdAt));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map(({ row, batchId, brand, product, lot, recordedBy }) => ({
    id: row.id,
    clientId: row.clientId,
    performedAt: row.performedAt.toISOString(),
    readableFrom: new Date(row.performedAt.getTime() + minHours * HOUR).toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    result: row.result,
    pigmentBatch:
      batchId && brand !== null && product !== null && lot !== null
        ? { id: batchId, brand, product, lot }
        : null,
    notes: row.notes,
    recordedBy: recordedBy ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * The client's most recent patch test (by when it was performed), or null when they have none.
 * For the session start checklist: compare `result` and `readAt` with the clinic's patchTest
 * setting. Does not audit; the caller audits the read it is part of.
 */
export async function latestPatchTest(tenant: Tenant, clientId: string) {
  const [row] = await tenant.db
    .select()
    .from(patchTest)
    .where(tenant.where(patchTest, eq(patchTest.clientId, clientId)))
    .orderBy(desc(patchTest.performedAt), desc(patchTest.createdAt))
    .limit(1);
  return row ?? null;
}
