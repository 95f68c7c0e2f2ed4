import { and, asc, eq } from "drizzle-orm";
import {
  type AmendmentFact,
  type AmendValue,
  amendableSessionFields,
  amendableZoneFields,
  amendmentProblems,
  currentValue,
  type FieldChange,
} from "../../../domain/sessions/amendments.ts";
import type { AmendmentInput, SessionUpdate } from "../../../shared/contracts/sessions.ts";
import {
  appointment,
  sessionAmendment,
  sessionZone,
  treatmentSession,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, unprocessable } from "../../http/problem.ts";
import { replanAppointmentMessages } from "../messaging/replan.ts";
import {
  assertCanRecord,
  assertEditable,
  auditSession,
  loadAppointmentContext,
  requireSession,
  type SessionRow,
} from "./session-context.ts";

const stale = () =>
  conflict("Someone else changed this session meanwhile. Reload it and try again.", {
    code: "stale",
  });

/** Actual start and end, and notes, while the session is in progress. End after start. */
export async function updateSession(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  input: SessionUpdate,
  now: Date,
  ip: string | null,
) {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  const row = await requireSession(tenant, appointmentId);
  assertEditable(row, input.version);
  const startedAt = input.startedAt ? new Date(input.startedAt) : row.startedAt;
  const endedAt =
    input.endedAt === undefined
      ? row.endedAt
      : input.endedAt === null
        ? null
        : new Date(input.endedAt);
  if (endedAt && endedAt <= startedAt)
    throw unprocessable("The end time must be after the start time.");
  if (endedAt && endedAt.getTime() > now.getTime() + 5 * 60_000)
    throw unprocessable("The end time cannot be in the future.");
  return tenant.transaction(async (tx) => {
    const [updated] = await tx.db
      .update(treatmentSession)
      .set({
        startedAt,
        endedAt,
        notes: input.notes ?? row.notes,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(
        tx.where(
          treatmentSession,
          and(eq(treatmentSession.id, row.id), eq(treatmentSession.version, row.version)),
        ),
      )
      .returning();
    if (!updated) throw stale();
    await auditSession(tx, staff, {
      action: "update",
      entityId: row.id,
      ip,
      details: { fields: Object.keys(input).filter((k) => k !== "version") },
    });
    return updated;
  });
}

/**
 * Signs the record off: at least one zone with a pigment batch (§7.5) and an end time. The
 * appointment is marked completed. The record can no longer be edited afterwards.
 */
export async function signOff(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  version: number,
  now: Date,
  ip: string | null,
) {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  const row = await requireSession(tenant, appointmentId);
  assertEditable(row, version);
  const zones = await tenant.db
    .select({ id: sessionZone.id, pigment: sessionZone.pigmentBatchId })
    .from(sessionZone)
    .where(tenant.where(sessionZone, eq(sessionZone.sessionId, row.id)));
  const missing: string[] = [];
  if (!zones.some((z) => z.pigment))
    missing.push("record at least one zone with its pigment batch");
  if (!row.endedAt) missing.push("record the time the session ended");
  if (missing.length)
    throw unprocessable(`Before signing off, ${missing.join(" and ")}.`, {
      code: "incomplete",
      missing,
    });
  return tenant.transaction(async (tx) => {
    const [signed] = await tx.db
      .update(treatmentSession)
      .set({
        status: "signed",
        signedAt: now,
        signedBy: staff.userId,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(
        tx.where(
          treatmentSession,
          and(eq(treatmentSession.id, row.id), eq(treatmentSession.version, row.version)),
        ),
      )
      .returning();
    if (!signed) throw stale();
    if (ctx.a.status === "booked") {
      await tx.db
        .update(appointment)
        .set({ status: "completed", version: ctx.a.version + 1, updatedAt: now })
        .where(tx.where(appointment, eq(appointment.id, appointmentId)));
    }
    // Aftercare and check-ins are timed from the actual end, now that it is final.
    await replanAppointmentMessages(tx, appointmentId, now);
    await auditSession(tx, staff, {
      action: "sign",
      entityId: row.id,
      ip,
      details: { zones: zones.length },
    });
    return signed;
  });
}

async function amendmentFacts(tenant: Tenant, row: SessionRow): Promise<AmendmentFact[]> {
  const rows = await tenant.db
    .select()
    .from(sessionAmendment)
    .where(tenant.where(sessionAmendment, eq(sessionAmendment.sessionId, row.id)))
    .orderBy(asc(sessionAmendment.createdAt), asc(sessionAmendment.id));
  return rows.map((a) => ({
    id: a.id,
    reason: a.reason,
    authorName: "",
    createdAt: a.createdAt.toISOString(),
    changes: (a.changes as unknown as { list: FieldChange[] }).list ?? [],
  }));
}

const asValue = (v: unknown): AmendValue =>
  v instanceof Date ? v.toISOString() : typeof v === "number" || typeof v === "string" ? v : null;

const instantFields = new Set(["startedAt", "endedAt", "anaestheticAppliedAt"]);
const intFields: Record<string, [number, number]> = {
  pigmentParts: [1, 20],
  waterParts: [0, 20],
  needleCount: [1, 100],
  coveragePct: [0, 100],
  densityPerCm2: [1, 1000],
};
const nullable = new Set(["endedAt", "anaestheticAppliedAt", "coveragePct", "densityPerCm2"]);

/** The new value must suit the field: instants, whole numbers in range, or text. */
function valueProblem(field: string, to: AmendValue): string | null {
  if (to === null) return nullable.has(field) ? null : `"${field}" cannot be empty.`;
  if (instantFields.has(field))
    return typeof to === "string" && !Number.isNaN(Date.parse(to)) && /T/.test(to)
      ? null
      : `"${field}" must be a date and time like 2026-11-24T09:30:00Z.`;
  const range = intFields[field];
  if (range)
    return typeof to === "number" && Number.isInteger(to) && to >= range[0] && to <= range[1]
      ? null
      : `"${field}" must be a whole number from ${range[0]} to ${range[1]}.`;
  return typeof to === "string" ? null : `"${field}" must be text.`;
}

/** Appends a correction to a signed record; the original rows are never changed. */
export async function amendSession(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  input: AmendmentInput,
  now: Date,
  ip: string | null,
) {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  const row = await requireSession(tenant, appointmentId);
  if (row.status !== "signed")
    throw conflict(
      "The session is still in progress: edit it directly. Amendments are for signed records.",
      { code: "not_signed" },
    );
  const zones = await tenant.db
    .select()
    .from(sessionZone)
    .where(tenant.where(sessionZone, eq(sessionZone.sessionId, row.id)));
  const existing = await amendmentFacts(tenant, row);
  const current = (target: string, field: string) => {
    if (target === "session") {
      if (!(amendableSessionFields as readonly string[]).includes(field))
        return { known: false, value: null };
      return {
        known: true,
        value: currentValue(asValue(row[field as keyof SessionRow]), existing, target, field),
      };
    }
    const zone = zones.find((z) => z.id === target);
    if (!zone || !(amendableZoneFields as readonly string[]).includes(field))
      return { known: false, value: null };
    return {
      known: true,
      value: currentValue(asValue(zone[field as keyof typeof zone]), existing, target, field),
    };
  };
  const changes = input.changes.map((c) => ({ ...c, from: c.from ?? null, to: c.to ?? null }));
  const problems = [
    ...amendmentProblems(changes, current),
    ...changes.map((c) => valueProblem(c.field, c.to)).filter((p): p is string => p !== null),
  ];
  if (problems.some((p) => p.includes("no longer")))
    throw conflict(problems.join(" "), { code: "stale" });
  if (problems.length) throw unprocessable(problems.join(" "), { code: "amendment" });
  return tenant.transaction(async (tx) => {
    const [a] = await tx
      .insert(sessionAmendment, {
        sessionId: row.id,
        reason: input.reason.trim(),
        changes: { list: changes } as unknown as Record<string, unknown>,
        authorId: staff.userId,
        createdAt: now,
      })
      .returning();
    await auditSession(tx, staff, {
      action: "amend",
      entityId: row.id,
      ip,
      details: { amendmentId: a?.id, fields: changes.map((c) => c.field) },
    });
    return row;
  });
}
