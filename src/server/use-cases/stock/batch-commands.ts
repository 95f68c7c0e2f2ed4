import { and, eq, ne, sql } from "drizzle-orm";
import type {
  CreateStockBatchInput,
  StockBatch,
  UpdateStockBatchInput,
} from "../../../shared/contracts/stock.ts";
import { audit } from "../../audit/audit.ts";
import { stockBatch } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { batchUsage, loadBatchRow, readBatch } from "./batch-read.ts";

type BatchRow = typeof stockBatch.$inferSelect;
type Create = Required<
  Pick<CreateStockBatchInput, "kind" | "brand" | "product" | "lot" | "expiresOn">
> &
  Omit<CreateStockBatchInput, "kind" | "brand" | "product" | "lot" | "expiresOn">;

/** Fields that say which physical batch it is: fixed once a signed session recorded it. */
const identityFields = ["brand", "product", "lot", "needleConfig", "needleDiameterMm"] as const;

const kindLabel = { pigment: "pigment", needle: "needle", anaesthetic: "anaesthetic" } as const;

function describe(b: Pick<BatchRow, "brand" | "product" | "lot">): string {
  return `${b.brand} ${b.product}, lot ${b.lot}`;
}

/** The same kind, brand, product and lot (ignoring case) as another batch of this clinic. */
async function findDuplicate(
  tenant: Tenant,
  b: Pick<BatchRow, "kind" | "brand" | "product" | "lot">,
  exceptId?: string,
) {
  const [row] = await tenant.db
    .select()
    .from(stockBatch)
    .where(
      tenant.where(
        stockBatch,
        eq(stockBatch.kind, b.kind),
        sql`lower(${stockBatch.brand}) = lower(${b.brand})`,
        sql`lower(${stockBatch.product}) = lower(${b.product})`,
        sql`lower(${stockBatch.lot}) = lower(${b.lot})`,
        exceptId ? ne(stockBatch.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

function duplicateProblem(existing: BatchRow) {
  const archived = existing.archivedAt ? " (archived: unarchive it instead)" : "";
  return conflict(
    `This ${kindLabel[existing.kind]} batch is already recorded: ${describe(existing)}, expires ${existing.expiresOn}${archived}.`,
    { existingBatchId: existing.id },
  );
}

/** Records a batch as received. Same kind, brand, product and lot as an existing batch → 409. */
export async function createBatch(
  tenant: Tenant,
  staff: StaffContext,
  input: Create,
  now: Date,
): Promise<StockBatch> {
  const id = await tenant.transaction(async (tx) => {
    const existing = await findDuplicate(tx, input);
    if (existing) throw duplicateProblem(existing);
    const [row] = await tx
      .insert(stockBatch, {
        kind: input.kind,
        brand: input.brand,
        product: input.product,
        lot: input.lot,
        expiresOn: input.expiresOn,
        receivedOn: input.receivedOn ?? null,
        needleConfig: input.kind === "needle" ? (input.needleConfig ?? null) : null,
        needleDiameterMm:
          input.kind === "needle" && input.needleDiameterMm != null
            ? input.needleDiameterMm.toFixed(2)
            : null,
        quantity: input.quantity ?? null,
        notes: input.notes ?? "",
        createdBy: staff.userId,
      })
      .returning({ id: stockBatch.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "stock_batch",
      entityId: row.id,
      details: { kind: input.kind },
    });
    return row.id;
  });
  return readBatch(tenant, id, now);
}

/** Changes a batch's label fields; which batch it is stays fixed once a signed session used it. */
export async function updateBatch(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  patch: UpdateStockBatchInput,
  now: Date,
): Promise<StockBatch> {
  await tenant.transaction(async (tx) => {
    const [row] = await tx.db
      .select()
      .from(stockBatch)
      .where(tx.where(stockBatch, eq(stockBatch.id, id)))
      .for("update");
    if (!row) throw notFound("There is no such stock batch in this clinic.");
    const current = row;
    const next = {
      brand: patch.brand ?? current.brand,
      product: patch.product ?? current.product,
      lot: patch.lot ?? current.lot,
      expiresOn: patch.expiresOn ?? current.expiresOn,
      receivedOn: patch.receivedOn === undefined ? current.receivedOn : patch.receivedOn,
      needleConfig: patch.needleConfig === undefined ? current.needleConfig : patch.needleConfig,
      needleDiameterMm:
        patch.needleDiameterMm === undefined
          ? current.needleDiameterMm
          : patch.needleDiameterMm === null
            ? null
            : patch.needleDiameterMm.toFixed(2),
      quantity: patch.quantity === undefined ? current.quantity : patch.quantity,
      notes: patch.notes ?? current.notes,
    };
    if (current.kind === "needle" && (!next.needleConfig || next.needleDiameterMm === null))
      throw unprocessable("A needle batch needs its configuration and diameter.");
    if (current.kind !== "needle" && (next.needleConfig || next.needleDiameterMm !== null))
      throw unprocessable(
        `Only needle batches have a configuration and diameter, not ${current.kind} batches.`,
      );
    if (next.receivedOn && next.receivedOn > next.expiresOn)
      throw unprocessable("The expiry date must be on or after the date received.");

    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => next[k] !== current[k],
    );
    if (changed.length === 0) return;
    const identityChanges = changed.filter((k) =>
      (identityFields as readonly string[]).includes(k),
    );
    if (identityChanges.length > 0) {
      const used = (await batchUsage(tx, [id])).get(id);
      if (used?.signed)
        throw conflict(
          `${describe(current)} is recorded in signed treatment sessions, so its ${identityChanges.join(", ")} cannot change: the records must keep pointing at the batch actually used. If the label was entered wrongly, archive this batch and add the correct one.`,
        );
      const duplicate = await findDuplicate(tx, { kind: current.kind, ...next }, id);
      if (duplicate) throw duplicateProblem(duplicate);
    }
    await tx.db
      .update(stockBatch)
      .set({ ...next, updatedAt: now })
      .where(and(eq(stockBatch.id, id), eq(stockBatch.orgId, tenant.orgId)));
    await audit(tx.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "stock_batch",
      entityId: id,
      details: { fields: changed },
    });
  });
  return readBatch(tenant, id, now);
}

/** Takes a batch out of use (or back into use). Batches are never deleted: records point at them. */
export async function setBatchArchived(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  archived: boolean,
  now: Date,
): Promise<StockBatch> {
  await tenant.transaction(async (tx) => {
    const row = await loadBatchRow(tx, id);
    if (Boolean(row.archivedAt) === archived) return;
    await tx.db
      .update(stockBatch)
      .set({ archivedAt: archived ? now : null, updatedAt: now })
      .where(and(eq(stockBatch.id, id), eq(stockBatch.orgId, tenant.orgId)));
    await audit(tx.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: archived ? "archive" : "unarchive",
      entity: "stock_batch",
      entityId: id,
    });
  });
  return readBatch(tenant, id, now);
}
