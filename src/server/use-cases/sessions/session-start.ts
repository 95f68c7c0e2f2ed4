import type { ChecklistInput, ChecklistResult } from "../../../shared/contracts/sessions.ts";
import { treatmentSession } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, unprocessable } from "../../http/problem.ts";
import { runChecklist } from "./checklist-run.ts";
import {
  type AppointmentContext,
  assertCanRecord,
  assertTreatmentAppointment,
  auditSession,
  findSession,
  loadAppointmentContext,
  planFor,
} from "./session-context.ts";
import type { StoredChecklist } from "./session-view.ts";

function assertStartable(ctx: AppointmentContext) {
  assertTreatmentAppointment(ctx);
  if (ctx.a.status === "cancelled" || ctx.a.status === "no_show") {
    throw unprocessable(
      `This appointment is ${ctx.a.status === "cancelled" ? "cancelled" : "marked as a no-show"}; a session cannot be started for it.`,
    );
  }
}

/** Evaluates the checklist without starting (audited: it reads health data). */
export async function evaluateForAppointment(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  input: ChecklistInput,
  now: Date,
  ip: string | null,
): Promise<ChecklistResult> {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  assertStartable(ctx);
  const result = await runChecklist(tenant, staff, ctx, input, now);
  await tenant.db.transaction(async () => {
    await auditSession(tenant, staff, {
      action: "read",
      entityId: appointmentId,
      ip,
      details: { purpose: "session-checklist", appointmentId, blocking: result.blocking },
    });
  });
  return result;
}

/**
 * Starts the session: 409 when one exists, 422 listing the failed items when the checklist
 * blocks; otherwise stores the evaluated checklist (outcomes, overrides, who and when).
 */
export async function startSession(
  tenant: Tenant,
  staff: StaffContext,
  appointmentId: string,
  input: ChecklistInput,
  now: Date,
  ip: string | null,
) {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  assertCanRecord(staff, ctx);
  if (await findSession(tenant, appointmentId)) {
    throw conflict("This appointment's session has already been started.", { code: "started" });
  }
  assertStartable(ctx);
  const result = await runChecklist(tenant, staff, ctx, input, now);
  if (!result.canStart) {
    const failed = result.items
      .filter((i) => result.blocking.includes(i.id))
      .map((i) => ({ item: i.id, label: i.label, status: i.status, reasons: i.reasons }));
    throw unprocessable(
      `The session cannot start yet: ${failed.map((f) => `${f.label} — ${f.reasons.join(" ")}`).join("; ")}`,
      { code: "checklist", failed, items: result.items },
    );
  }
  const plan = await planFor(tenant, ctx);
  const checklist: StoredChecklist = {
    items: result.items,
    evaluatedAt: now.toISOString(),
    evaluatedBy: staff.name,
    preCare: (input.preCare ?? {}) as Record<string, boolean>,
    rescreen: input.rescreen
      ? { noChange: input.rescreen.noChange, answers: input.rescreen.answers ?? {} }
      : null,
  };
  return tenant.transaction(async (tx) => {
    const [row] = await tx
      .insert(treatmentSession, {
        appointmentId,
        clientId: ctx.a.clientId,
        planId: plan?.row.id ?? null,
        practitionerId: ctx.a.practitionerId,
        checklist: checklist as unknown as Record<string, unknown>,
        startedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict("This appointment's session has already been started.", { code: "started" });
    await auditSession(tx, staff, {
      action: "create",
      entityId: row.id,
      ip,
      details: {
        appointmentId,
        overridden: result.items.filter((i) => i.override).map((i) => i.id),
      },
    });
    return { ctx, row };
  });
}
