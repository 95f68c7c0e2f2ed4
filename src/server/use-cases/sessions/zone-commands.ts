import { and, eq, inArray } from "drizzle-orm";
import { type BatchKind, batchProblem } from "../../../domain/sessions/batches.ts";
import type { ZoneInput } from "../../../shared/contracts/sessions.ts";
import { sessionZone, stockBatch, treatmentSession } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import {
  assertCanRecord,
  assertEditable,
  auditSession,
  loadAppointmentContext,
  localDate,
  requireSession,
  type SessionRow,
} from "./session-context.ts";

type ZoneValues = Omit<typeof sessionZone.$inferInsert, "orgId" | "sessionId" | "id">;

/** Batches must exist in this clinic, be of the right kind, not archived and not expired that day. */
async function checkBatches(tenant: Tenant, input: ZoneInput, sessionDate: string) {
  const wanted: [string, BatchKind][] = [
    [input.pigmentBatchId, "pigment"],
    [input.needleBatchId, "needle"],
  ];
  if (input.anaestheticBatchId) wanted.push([input.anaestheticBatchId, "anaesthetic"]);
  const rows = await tenant.db
    .select()
    .from(stockBatch)
    .where(
      tenant.where(
        stockBatch,
        inArray(
          stockBatch.id,
          wanted.map(([id]) => id),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const [id, kind] of wanted) {
    const b = byId.get(id);
    if (!b) {
      problems.push(`The ${kind} batch picked is not in this clinic's stock.`);
      continue;
    }
    const p = batchProblem({ ...b, archived: b.archivedAt !== null }, kind, sessionDate);
    if (p) problems.push(p);
  }
  if (problems.length) throw unprocessable(problems.join(" "), { code: "batch", problems });
}

function values(input: ZoneInput, staff: StaffContext): ZoneValues {
  const at = (s: string | null | undefined) => (s ? new Date(s) : null);
  return {
    zone: input.zone,
    label: input.label.trim(),
    pigmentBatchId: input.pigmentBatchId,
    pigmentParts: input.pigmentParts,
    waterParts: input.waterParts,
    shadeLabel: input.shadeLabel ?? "",
    needleBatchId: input.needleBatchId,
    needleCount: input.needleCount ?? 1,
    depthNotes: input.depthNotes ?? "",
    coveragePct: input.coveragePct ?? null,
    densityPerCm2: input.densityPerCm2 ?? null,
    anaestheticBatchId: input.anaestheticBatchId ?? null,
    anaestheticAppliedAt: at(input.anaestheticAppliedAt),
    reactions: input.reactions ?? "",
    startedAt: at(input.startedAt),
    endedAt: at(input.endedAt),
    recordedBy: staff.userId,
  };
}

/** Bumps the session's version if it is still the one the change was made against. */
async function bump(tx: Tenant, row: SessionRow, now: Date) {
  const [updated] = await tx.db
    .update(treatmentSession)
    .set({ version: row.version + 1, updatedAt: now })
    .where(
      tx.where(
        treatmentSession,
        and(eq(treatmentSession.id, row.id), eq(treatmentSession.version, row.version)),
        eq(treatmentSession.status, "in_progress"),
      ),
    )
    .returning();
  if (!updated)
    throw conflict("Someone else changed this session meanwhile. Reload it and try again.", {
      code: "stale",
    });
  return updated;
}

async function prepare(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  version: number,
) {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  const row = await requireSession(tenant, appointmentId);
  assertEditable(row, version);
  return { ctx, row };
}

async function requireZone(tenant: Tenant, row: SessionRow, zoneId: string) {
  const [zone] = await tenant.db
    .select({ id: sessionZone.id })
    .from(sessionZone)
    .where(
      tenant.where(sessionZone, eq(sessionZone.id, zoneId), eq(sessionZone.sessionId, row.id)),
    );
  if (!zone) throw notFound("This session has no such zone.");
}

export async function addZone(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  input: ZoneInput,
  now: Date,
  ip: string | null,
) {
  const { ctx, row } = await prepare(tenant, staff, appointmentId, input.version);
  await checkBatches(tenant, input, localDate(ctx, row.startedAt));
  return tenant.transaction(async (tx) => {
    const updated = await bump(tx, row, now);
    const [zone] = await tx
      .insert(sessionZone, { sessionId: row.id, ...values(input, staff) })
      .returning();
    await auditSession(tx, staff, {
      action: "create",
      entityId: row.id,
      ip,
      details: { zoneId: zone?.id, zone: input.zone },
    });
    return updated;
  });
}

export async function updateZone(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  zoneId: string,
  input: ZoneInput,
  now: Date,
  ip: string | null,
) {
  const { ctx, row } = await prepare(tenant, staff, appointmentId, input.version);
  await requireZone(tenant, row, zoneId);
  await checkBatches(tenant, input, localDate(ctx, row.startedAt));
  return tenant.transaction(async (tx) => {
    const updated = await bump(tx, row, now);
    await tx.db
      .update(sessionZone)
      .set({ ...values(input, staff), updatedAt: now })
      .where(tx.where(sessionZone, eq(sessionZone.id, zoneId)));
    await auditSession(tx, staff, { action: "update", entityId: row.id, ip, details: { zoneId } });
    return updated;
  });
}

export async function deleteZone(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  zoneId: string,
  version: number,
  now: Date,
  ip: string | null,
) {
  const { row } = await prepare(tenant, staff, appointmentId, version);
  await requireZone(tenant, row, zoneId);
  return tenant.transaction(async (tx) => {
    const updated = await bump(tx, row, now);
    await tx.db.delete(sessionZone).where(tx.where(sessionZone, eq(sessionZone.id, zoneId)));
    await auditSession(tx, staff, { action: "delete", entityId: row.id, ip, details: { zoneId } });
    return updated;
  });
}
