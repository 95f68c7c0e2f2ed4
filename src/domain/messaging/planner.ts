import { Temporal } from "temporal-polyfill";
import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import type { MessageKind, TemplateChannel, TemplateKey } from "./catalogue.ts";
import { afterQuietHours, atLocalTime, localDateOf, wallClockHoursBefore } from "./clock.ts";
import type { MessageChannelChoice, MessagingSettings } from "./settings.ts";

export type PlannedServiceKind = "consultation" | "treatment" | "touch_up" | "other";
export type PlannedAppointmentStatus = "booked" | "completed" | "cancelled" | "no_show";

export interface PlanAppointment {
  id: string;
  /** Epoch ms. */
  startsAt: number;
  /** Epoch ms: the booked end, or the actual end once the session is signed off. */
  endsAt: number;
  /** The location's IANA zone. */
  timeZone: string;
  serviceKind: PlannedServiceKind;
  /** 1-based session number within a course; null outside a course. */
  courseSession: number | null;
  /** The last session of its course (touch-up and recall reminders follow it). */
  finalSession: boolean;
  status: PlannedAppointmentStatus;
  /** Start of the course's next session; aftercare due from then on is left to that session. */
  nextSessionStartsAt: number | null;
}

export interface PlanInput {
  appointment: PlanAppointment;
  contact: { email: string | null; phone: string | null };
  settings: MessagingSettings;
  clinical: ClinicalSettings["aftercare"];
  now: number;
  /** False: no booking confirmation (the later sessions of a course booked at once). */
  confirm?: boolean;
  /** Keep steps whose time has passed (re-planning uses it to tell due messages from stale ones). */
  keepPast?: boolean;
}

/** Values particular to one step; the rest of a template's placeholders come from the records. */
export interface StepVars {
  checkInDay?: number;
  /** Epoch ms after which the check-in link stops working. */
  checkInExpiresAt?: number;
  touchUpLabel?: string;
  /** Epoch ms: the last day of the included touch-up window (at the send time). */
  touchUpWindowEndsAt?: number;
  recallYears?: number;
}

export interface PlannedMessage {
  /** Unique per clinic among live rows; re-planning matches on it. */
  planKey: string;
  kind: MessageKind;
  step: string;
  channel: TemplateChannel;
  recipient: string;
  templateKey: TemplateKey;
  /** Epoch ms. */
  scheduledFor: number;
  guard: "no-future-appointment" | "no-touch-up-booked" | null;
  vars: StepVars;
}

interface Draft {
  kind: MessageKind;
  step: string;
  choice: MessageChannelChoice;
  templateKey: TemplateKey;
  at: number;
  /** Steps timed from the start carry it in their key, so a moved appointment gets fresh ones. */
  anchoredToStart: boolean;
  guard?: PlannedMessage["guard"];
  vars?: StepVars;
  /** Past instants are kept (sent at once) rather than dropped. */
  immediate?: boolean;
}

const PIGMENT_WORK: readonly PlannedServiceKind[] = ["treatment", "touch_up"];

/**
 * Every message an appointment should have, as of `now`: confirmation, reminders, pre-care,
 * aftercare, check-ins, and after a course's final session the touch-up and recall reminders.
 * Cancelled and no-show appointments have none. Nothing is planned in the past except the
 * confirmation, which goes at once. Day offsets are calendar days in the location's zone at the
 * clinic's send time; quiet hours move a message to the end of the quiet window.
 */
export function planAppointmentMessages(input: PlanInput): PlannedMessage[] {
  const { appointment: a, settings: s, now } = input;
  if (a.status === "cancelled" || a.status === "no_show") return [];
  const zone = a.timeZone;
  const upcoming = a.status === "booked" && a.startsAt > now;
  const pigment = PIGMENT_WORK.includes(a.serviceKind);
  const startDate = localDateOf(a.startsAt, zone);
  const endDate = localDateOf(a.endsAt, zone);
  const onDay = (date: Temporal.PlainDate) => atLocalTime(date, s.sendTime, zone);
  const drafts: Draft[] = [];

  if (upcoming) {
    if (input.confirm !== false) {
      drafts.push({
        kind: "confirmation",
        step: "confirmation",
        choice: s.confirmation.channel,
        templateKey: "confirmation",
        at: now,
        anchoredToStart: true,
        immediate: true,
      });
    }
    for (const hours of s.reminders.hoursBefore) {
      drafts.push({
        kind: "reminder",
        step: `reminder-${hours}h`,
        choice: s.reminders.channel,
        templateKey: "reminder",
        at: wallClockHoursBefore(a.startsAt, hours, zone),
        anchoredToStart: true,
      });
    }
    if (pigment) {
      for (const [which, rule] of [
        ["early", s.preCare.early],
        ["eve", s.preCare.eve],
      ] as const) {
        if (!rule.enabled) continue;
        drafts.push({
          kind: "pre-care",
          step: `pre-care-${rule.daysBefore}d`,
          choice: s.preCare.channel,
          templateKey: `pre-care-${which}`,
          at: onDay(startDate.subtract({ days: rule.daysBefore })),
          anchoredToStart: true,
        });
      }
    }
  }

  if (pigment) {
    const final = a.finalSession && s.aftercare.finalSessionVariant;
    const care = s.aftercare;
    const aftercare: Draft[] = [
      {
        kind: "aftercare",
        step: "aftercare-day-0",
        choice: care.channel,
        templateKey: final ? "aftercare-day-0-final" : "aftercare-day-0",
        at: a.endsAt + care.afterMinutes * 60_000,
        anchoredToStart: false,
      },
    ];
    const later = [
      [care.shave, "aftercare-shave"],
      [care.cleanser, "aftercare-cleanser"],
      [care.shampoo, "aftercare-shampoo"],
      [care.swimSun, final ? "aftercare-swim-sun-final" : "aftercare-swim-sun"],
    ] as const;
    for (const [rule, templateKey] of later) {
      if (!rule.enabled) continue;
      aftercare.push({
        kind: "aftercare",
        step: `aftercare-day-${rule.day}`,
        choice: care.channel,
        templateKey,
        at: onDay(endDate.add({ days: rule.day })),
        anchoredToStart: false,
      });
    }
    for (const day of s.checkIns.days) {
      const at = onDay(endDate.add({ days: day }));
      aftercare.push({
        kind: "check-in",
        step: `check-in-day-${day}`,
        choice: s.checkIns.channel,
        templateKey: "check-in",
        at,
        anchoredToStart: false,
        vars: {
          checkInDay: day,
          checkInExpiresAt: atLocalTime(
            endDate.add({ days: day + s.checkIns.openForDays }),
            "23:59",
            zone,
          ),
        },
      });
    }
    const next = a.nextSessionStartsAt;
    drafts.push(
      ...aftercare.filter((d) => d.step === "aftercare-day-0" || next === null || d.at < next),
    );
  }

  if (a.finalSession && a.serviceKind === "treatment") {
    input.clinical.includedTouchUps.forEach((window, i) => {
      const n = i + 1;
      const closes = endDate.add({ days: window.toDay });
      const vars: StepVars = { touchUpLabel: window.label, touchUpWindowEndsAt: onDay(closes) };
      const openDay = window.fromDay + s.touchUps.daysAfterOpen;
      if (openDay < window.toDay) {
        drafts.push({
          kind: "touch-up",
          step: `touch-up-${n}`,
          choice: s.touchUps.channel,
          templateKey: "touch-up",
          at: onDay(endDate.add({ days: openDay })),
          anchoredToStart: false,
          guard: "no-touch-up-booked",
          vars,
        });
      }
      const before = s.touchUps.lastCallDaysBeforeClose;
      const lastCallDay = before === null ? null : window.toDay - before;
      if (lastCallDay !== null && lastCallDay > openDay) {
        drafts.push({
          kind: "touch-up",
          step: `touch-up-${n}-last-call`,
          choice: s.touchUps.channel,
          templateKey: "touch-up-last-call",
          at: onDay(endDate.add({ days: lastCallDay })),
          anchoredToStart: false,
          guard: "no-touch-up-booked",
          vars,
        });
      }
    });
    const months = [input.clinical.recallMonths, input.clinical.secondRecallMonths];
    for (const m of months) {
      if (m === null) continue;
      drafts.push({
        kind: "recall",
        step: `recall-${m}m`,
        choice: s.recalls.channel,
        templateKey: "recall",
        at: onDay(endDate.add({ months: m })),
        anchoredToStart: false,
        guard: "no-future-appointment",
        vars: { recallYears: Math.round((m / 12) * 10) / 10 },
      });
    }
  }

  return expand(input, drafts);
}

/** One message per channel the client can be reached on, shifted out of quiet hours. */
function expand(input: PlanInput, drafts: Draft[]): PlannedMessage[] {
  const { appointment: a, settings: s, contact, now } = input;
  const startKey = Temporal.Instant.fromEpochMilliseconds(a.startsAt).toString();
  const out: PlannedMessage[] = [];
  for (const d of drafts) {
    for (const channel of channelsOf(d.choice)) {
      const recipient = channel === "email" ? contact.email : contact.phone;
      if (!recipient) continue;
      const quiet = s.quietHours.appliesTo === "all" || channel === "sms";
      let at = d.immediate ? Math.max(d.at, now) : d.at;
      if (quiet) at = afterQuietHours(at, s.quietHours, a.timeZone);
      if (!d.immediate && !input.keepPast && at < now) continue;
      if (d.anchoredToStart && at >= a.startsAt) continue;
      const anchor = d.anchoredToStart ? `@${startKey}` : "";
      out.push({
        planKey: `appt:${a.id}:${d.step}:${channel}${anchor}`,
        kind: d.kind,
        step: d.step,
        channel,
        recipient,
        templateKey: d.templateKey,
        scheduledFor: at,
        guard: d.guard ?? null,
        vars: d.vars ?? {},
      });
    }
  }
  return out.sort((x, y) => x.scheduledFor - y.scheduledFor || x.planKey.localeCompare(y.planKey));
}

function channelsOf(choice: MessageChannelChoice): TemplateChannel[] {
  if (choice === "off") return [];
  return choice === "both" ? ["email", "sms"] : [choice];
}
