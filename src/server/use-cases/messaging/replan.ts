import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { type PlannedMessage, planAppointmentMessages } from "../../../domain/messaging/planner.ts";
import { renderMessage } from "../../../domain/messaging/render.ts";
import { messageVars } from "../../../domain/messaging/vars.ts";
import { checkIn, outboxMessage } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { queueDelivery } from "../../jobs/queue.ts";
import { checkInUrl, hashCheckInToken, newCheckInToken } from "../check-ins/check-in-token.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { type AppointmentContext, loadAppointmentContext } from "./appointment-context.ts";
import { messagingPublicUrl } from "./public-url.ts";
import { loadMessagingSettings } from "./settings-store.ts";
import { effectiveTemplate, loadTemplateOverrides } from "./template-store.ts";

/** Reasons re-planning writes; a row cancelled for any other reason (by staff, by a guard) stays cancelled. */
export const REPLAN_REASONS = {
  moved: "Appointment moved",
  cancelled: "Appointment cancelled",
  noShow: "Appointment marked as a no-show",
  unscheduled: "No longer in the message schedule",
} as const;
const replanReasons = new Set<string>(Object.values(REPLAN_REASONS));

type Row = typeof outboxMessage.$inferSelect;

/**
 * Brings an appointment's planned messages in line with the appointment as it is now. Call it in
 * the same transaction as the booking, move, cancellation, no-show or sign-off. Idempotent:
 * - a planned message with no row yet is inserted and queued;
 * - a live row with the same plan key gets the new time, recipient and text, and is re-queued;
 * - a live row the plan no longer has is cancelled ("Appointment moved", "Appointment cancelled"…),
 *   unless it is already due (it goes out as planned) or being sent;
 * - a plan key already sent, failed, or cancelled by staff or a guard is not planned again.
 * Check-in steps get a `check_in` row with a fresh secret link (only its hash is stored).
 * `confirm: false` leaves out the booking confirmation: a course booked at once is confirmed by
 * its first session's message, which lists every session.
 */
export async function replanAppointmentMessages(
  tenant: Tenant,
  appointmentId: string,
  now: Date,
  options: { confirm?: boolean } = {},
): Promise<void> {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  // One after another: inside a transaction they share one connection.
  const { settings } = await loadMessagingSettings(tenant);
  const clinical = await loadClinicalSettings(tenant);
  const overrides = await loadTemplateOverrides(tenant);
  const input = {
    appointment: ctx.plan,
    contact: ctx.contact,
    settings,
    clinical: clinical.settings.aftercare,
    now: now.getTime(),
    confirm: options.confirm,
  };
  const plan = planAppointmentMessages(input);
  const everyStep = new Set(
    planAppointmentMessages({ ...input, keepPast: true }).map((m) => m.planKey),
  );

  const rows = await tenant.db
    .select()
    .from(outboxMessage)
    .where(
      tenant.where(
        outboxMessage,
        eq(outboxMessage.appointmentId, appointmentId),
        isNotNull(outboxMessage.planKey),
      ),
    );
  const live = new Map<string, Row>();
  const done = new Set<string>();
  for (const row of rows) {
    const key = row.planKey ?? "";
    if (row.status === "scheduled" || row.status === "sending") live.set(key, row);
    else if (row.status !== "cancelled" || !replanReasons.has(row.cancelledReason ?? "")) {
      done.add(key);
    }
  }

  const checkIns = await checkInLinks(tenant, ctx, plan, live, done, now);
  const planned = new Set<string>();
  for (const message of plan) {
    planned.add(message.planKey);
    const existing = live.get(message.planKey);
    if (done.has(message.planKey) || existing?.status === "sending") continue;
    let link: string | undefined;
    if (message.kind === "check-in") {
      link = checkIns.get(message.step);
      if (link === undefined) continue; // answered, or a sibling already went with the old link
    }
    const template = effectiveTemplate(
      overrides,
      message.templateKey,
      message.channel,
      settings.discreet,
    );
    const vars = messageVars({ ...ctx.message, settings, checkInLink: link }, message.vars);
    const content = renderMessage(message.channel, template, vars, ctx.brand);
    const values = {
      recipient: message.recipient,
      subject: content.subject,
      bodyText: content.bodyText,
      bodyHtml: content.bodyHtml,
      kind: message.kind,
      step: message.step,
      templateKey: message.templateKey,
      scheduledFor: new Date(message.scheduledFor),
      guard: message.guard,
    };
    let id: string;
    if (existing) {
      await tenant.db.update(outboxMessage).set(values).where(eq(outboxMessage.id, existing.id));
      id = existing.id;
    } else {
      const [inserted] = await tenant
        .insert(outboxMessage, {
          ...values,
          channel: message.channel,
          clientId: ctx.clientId,
          appointmentId,
          planKey: message.planKey,
          status: "scheduled",
        })
        .returning({ id: outboxMessage.id });
      id = inserted?.id ?? "";
    }
    await queueDelivery(tenant.db, id, values.scheduledFor);
  }

  const startKey = `@${new Date(ctx.plan.startsAt).toISOString()}`;
  const stale = [...live.values()].filter((row) => {
    const key = row.planKey ?? "";
    if (planned.has(key) || row.status === "sending") return false;
    const due = row.scheduledFor === null || row.scheduledFor.getTime() <= now.getTime();
    return !(due && everyStep.has(key));
  });
  for (const row of stale) {
    const reason =
      ctx.plan.status === "cancelled"
        ? REPLAN_REASONS.cancelled
        : ctx.plan.status === "no_show"
          ? REPLAN_REASONS.noShow
          : row.planKey?.includes("@") && !row.planKey.endsWith(startKey)
            ? REPLAN_REASONS.moved
            : REPLAN_REASONS.unscheduled;
    await tenant.db
      .update(outboxMessage)
      .set({ status: "cancelled", cancelledReason: reason })
      .where(and(eq(outboxMessage.id, row.id), eq(outboxMessage.status, "scheduled")));
  }
  await closeUnplannedCheckIns(tenant, appointmentId, plan, now);
}

/**
 * One secret link per check-in day that still needs (re)writing, with the `check_in` row created
 * or moved to the new day. A day whose check-in was answered, or whose message already went out
 * on one channel (that link must keep working), gets none.
 */
async function checkInLinks(
  tenant: Tenant,
  ctx: AppointmentContext,
  plan: PlannedMessage[],
  live: Map<string, Row>,
  done: Set<string>,
  now: Date,
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const steps = plan.filter((m) => m.kind === "check-in");
  if (steps.length === 0) return links;
  const existing = await tenant.db
    .select()
    .from(checkIn)
    .where(tenant.where(checkIn, eq(checkIn.appointmentId, ctx.appointmentId)));
  const byDay = new Map(existing.map((row) => [row.day, row]));
  const publicUrl = messagingPublicUrl();
  for (const message of steps) {
    if (links.has(message.step)) continue;
    const day = message.vars.checkInDay ?? 0;
    const siblings = steps.filter((m) => m.step === message.step);
    const sentAlready = siblings.some(
      (m) => done.has(m.planKey) || live.get(m.planKey)?.status === "sending",
    );
    const row = byDay.get(day);
    if (sentAlready || row?.answeredAt) continue;
    const token = newCheckInToken();
    const dueAt = new Date(Math.min(...siblings.map((m) => m.scheduledFor)));
    const expiresAt = new Date(message.vars.checkInExpiresAt ?? dueAt.getTime());
    if (row) {
      await tenant.db
        .update(checkIn)
        .set({
          tokenHash: hashCheckInToken(token),
          dueAt,
          expiresAt,
          sessionId: ctx.sessionId,
          cancelledAt: null,
        })
        .where(eq(checkIn.id, row.id));
    } else {
      await tenant.insert(checkIn, {
        clientId: ctx.clientId,
        appointmentId: ctx.appointmentId,
        sessionId: ctx.sessionId,
        day,
        tokenHash: hashCheckInToken(token),
        dueAt,
        expiresAt,
        createdAt: now,
      });
    }
    links.set(message.step, checkInUrl(publicUrl, token));
  }
  return links;
}

/** Unanswered check-ins the plan no longer has (cancelled appointment, changed days) are closed. */
async function closeUnplannedCheckIns(
  tenant: Tenant,
  appointmentId: string,
  plan: PlannedMessage[],
  now: Date,
): Promise<void> {
  const days = plan.flatMap((m) => (m.vars.checkInDay === undefined ? [] : [m.vars.checkInDay]));
  const open = await tenant.db
    .select({
      id: checkIn.id,
      day: checkIn.day,
      answeredAt: checkIn.answeredAt,
      cancelledAt: checkIn.cancelledAt,
      dueAt: checkIn.dueAt,
    })
    .from(checkIn)
    .where(tenant.where(checkIn, eq(checkIn.appointmentId, appointmentId)));
  const close = open
    .filter((c) => !c.answeredAt && !c.cancelledAt && !days.includes(c.day))
    // A check-in whose message already went stays open while the appointment stands.
    .filter((c) => plan.length === 0 || c.dueAt.getTime() > now.getTime())
    .map((c) => c.id);
  if (close.length > 0) {
    await tenant.db.update(checkIn).set({ cancelledAt: now }).where(inArray(checkIn.id, close));
  }
}
