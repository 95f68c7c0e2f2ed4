import { and, eq, isNull } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import type {
  CreatePatchTestInput,
  PatchTest,
  PatchTestList,
  PatchTestReadingInput,
} from "../../../shared/contracts/patch-tests.ts";
import { audit } from "../../audit/audit.ts";
import { client, patchTest, stockBatch } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, notFound, unprocessable } from "../../http/problem.ts";
import { clinicZone } from "../clinic/primary-location.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { readPatchTests } from "./patch-test-read.ts";

const HOUR = 3_600_000;
/** Clock drift allowed between the device recording the test and the server. */
const SKEW_MS = 5 * 60_000;

async function policy(tenant: Tenant) {
  return (await loadClinicalSettings(tenant)).settings.patchTest;
}

async function requireClient(tenant: Tenant, clientId: string) {
  const [row] = await tenant.db
    .select({ id: client.id, archivedAt: client.archivedAt })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!row) throw notFound("There is no such client in this clinic.");
  return row;
}

/** The client's patch tests, newest first, with the clinic's rule; the read is audited. */
export async function listPatchTests(
  tenant: Tenant,
  staff: StaffContext,
  clientId: string,
): Promise<PatchTestList> {
  await requireClient(tenant, clientId);
  const [rule, timeZone] = await Promise.all([policy(tenant), clinicZone(tenant)]);
  const items = await readPatchTests(
    tenant,
    eq(patchTest.clientId, clientId),
    rule.minHoursBeforeSession,
  );
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "patch_test",
    entityId: clientId,
    details: { clientId, tests: items.length },
  });
  return { items, policy: rule, timeZone };
}

async function readOne(tenant: Tenant, id: string, minHours: number): Promise<PatchTest> {
  const [item] = await readPatchTests(tenant, eq(patchTest.id, id), minHours, 1);
  if (!item) throw notFound("There is no such patch test in this clinic.");
  return item;
}

/** Records a patch test as applied (pending a reading) or declined with a signed waiver. */
export async function createPatchTest(
  tenant: Tenant,
  staff: StaffContext,
  clientId: string,
  input: CreatePatchTestInput,
  now: Date,
): Promise<PatchTest> {
  const rule = await policy(tenant);
  const performedAt = new Date(input.performedAt);
  if (performedAt.getTime() > now.getTime() + SKEW_MS)
    throw unprocessable(
      "A patch test cannot be recorded before it is done: performedAt is in the future.",
    );
  const id = await tenant.transaction(async (tx) => {
    const cl = await requireClient(tx, clientId);
    if (cl.archivedAt) throw conflict("This client is archived. Restore them first.");
    if (input.pigmentBatchId) {
      const [batch] = await tx.db
        .select({ kind: stockBatch.kind })
        .from(stockBatch)
        .where(tx.where(stockBatch, eq(stockBatch.id, input.pigmentBatchId)));
      if (!batch) throw notFound("There is no such stock batch in this clinic.");
      if (batch.kind !== "pigment")
        throw unprocessable(`The batch tested must be a pigment batch, not a ${batch.kind} batch.`);
    }
    const [row] = await tx
      .insert(patchTest, {
        clientId,
        performedAt,
        result: input.result ?? "pending",
        pigmentBatchId: input.pigmentBatchId ?? null,
        notes: input.notes ?? "",
        recordedBy: staff.userId,
      })
      .returning({ id: patchTest.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "patch_test",
      entityId: row.id,
      details: { clientId },
    });
    return row.id;
  });
  return readOne(tenant, id, rule.minHoursBeforeSession);
}

/**
 * Records the reading of a pending test. It must be taken at least the clinic's minimum hours
 * after the test was applied (reference §4.6); an early reading is refused with local times.
 */
export async function recordReading(
  tenant: Tenant,
  staff: StaffContext,
  id: string,
  input: PatchTestReadingInput,
  now: Date,
): Promise<PatchTest> {
  const [rule, timeZone] = await Promise.all([policy(tenant), clinicZone(tenant)]);
  const fmt = createFormatter({ timeZone });
  const readAt = new Date(input.readAt);
  if (readAt.getTime() > now.getTime() + SKEW_MS)
    throw unprocessable(
      `A reading cannot be recorded ahead of time: ${fmt.dateTime(readAt.getTime())} is in the future.`,
    );
  await tenant.transaction(async (tx) => {
    const [row] = await tx.db
      .select()
      .from(patchTest)
      .where(tx.where(patchTest, eq(patchTest.id, id)))
      .for("update");
    if (!row) throw notFound("There is no such patch test in this clinic.");
    if (row.result === "declined")
      throw conflict(
        "The client declined this patch test and signed a waiver; there is nothing to read.",
      );
    if (row.result !== "pending")
      throw conflict(
        `This patch test was already read as ${row.result} on ${fmt.dateTime(row.readAt?.getTime() ?? 0)}. Record a new test instead.`,
      );
    const earliest = row.performedAt.getTime() + rule.minHoursBeforeSession * HOUR;
    if (readAt.getTime() < earliest)
      throw unprocessable(
        `The test was applied at ${fmt.dateTime(row.performedAt.getTime())}; this clinic reads patch tests at least ${rule.minHoursBeforeSession} hours later, so from ${fmt.dateTime(earliest)}. ${fmt.dateTime(readAt.getTime())} is too early.`,
        { readableFrom: new Date(earliest).toISOString() },
      );
    const notes = input.notes
      ? row.notes
        ? `${row.notes}\n${input.notes}`
        : input.notes
      : row.notes;
    await tx.db
      .update(patchTest)
      .set({ result: input.result, readAt, notes, updatedAt: now })
      .where(
        and(eq(patchTest.id, id), eq(patchTest.orgId, tenant.orgId), isNull(patchTest.readAt)),
      );
    await audit(tx.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "patch_test",
      entityId: id,
      details: { fields: ["result", "readAt", ...(input.notes ? ["notes"] : [])] },
    });
  });
  return readOne(tenant, id, rule.minHoursBeforeSession);
}
