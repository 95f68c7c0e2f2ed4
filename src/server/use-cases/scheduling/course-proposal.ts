import {
  type CourseQuery,
  type CourseSession,
  localDayNumbers,
  placeCourse,
} from "../../../domain/scheduling/course-placement.ts";
import { findSlots, type SlotResult } from "../../../domain/scheduling/slots.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { addDays, epochToLocal, weekdayOf, zonedDayBounds } from "../../../domain/time/zoned.ts";
import type {
  CourseProposal,
  CourseProposalInput,
  ProposedSession,
} from "../../../shared/contracts/scheduling.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, notFound, unprocessable } from "../../http/problem.ts";
import { loadLocationSchedule } from "../appointments/schedule-loader.ts";
import { type Availability, loadAvailability } from "./availability.ts";
import { type CoursePlan, loadCoursePlan } from "./course-plan.ts";

const MINUTE = 60_000;
/** How far ahead of the earliest date session 1 is looked for. */
export const FIRST_SESSION_SEARCH_DAYS = 120;
/** Preference costs, in minutes of delay they are worth (see CourseSession.penalty). */
const WRONG_WEEKDAY = 7 * 1440;
const WRONG_TIME_OF_DAY = 3 * 1440;
const OTHER_PRACTITIONER = 2 * 1440;
const DAY_EPOCH = "1970-01-01";

/** Proposes the earliest course for an accepted plan, with alternatives, around pinned sessions. */
export async function proposeCourse(
  tenant: Tenant,
  planId: string,
  input: CourseProposalInput,
  now: Date,
): Promise<CourseProposal> {
  const coursePlan = await loadCoursePlan(tenant, planId);
  return proposeForPlan(tenant, coursePlan, input, now);
}

export async function proposeForPlan(
  tenant: Tenant,
  coursePlan: CoursePlan,
  input: CourseProposalInput,
  now: Date,
): Promise<CourseProposal> {
  const { durations, gaps } = coursePlan;
  const n = durations.length;
  for (const pin of input.pinned) {
    if (pin.session > n)
      throw badRequest(`This plan has ${n} sessions; there is no session ${pin.session}.`);
  }
  const preferred = input.practitionerId;
  if (input.onlyPreferred && !preferred) {
    throw badRequest("Choose the practitioner to book only with them.");
  }
  const loc = await loadLocationSchedule(tenant, input.locationId);
  if (!loc) throw notFound("There is no such location in this clinic.");
  const today = epochToLocal(now.getTime(), loc.zone).date;
  const fromDate = input.fromDate && input.fromDate > today ? input.fromDate : today;
  const sumMax = gaps.reduce((s, g) => s + g.maxDays, 0);
  const toDate = addDays(fromDate, FIRST_SESSION_SEARCH_DAYS + sumMax + 1);
  const availability = preferFirst(
    await loadAvailability(tenant, {
      locationId: input.locationId,
      serviceId: input.serviceId,
      practitionerIds: input.onlyPreferred && preferred ? [preferred] : null,
      fromDate,
      toDateExclusive: toDate,
      holdGroupId: input.holdGroupId,
      now,
    }),
    preferred,
  );
  if (preferred && availability.practitioners[0]?.id !== preferred) {
    throw unprocessable("That practitioner does not take appointments at this clinic.");
  }

  const results: SlotResult[] = [];
  const sessions: CourseSession[] = [];
  let minBefore = 0;
  let maxBefore = 0;
  const dayStart = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      minBefore += gaps[i - 1]?.minDays ?? 0;
      maxBefore += gaps[i - 1]?.maxDays ?? 0;
    }
    const pin = input.pinned.find((p) => p.session === i + 1);
    const windowFrom = zonedDayBounds(addDays(fromDate, minBefore), availability.zone).start;
    const windowTo = zonedDayBounds(
      addDays(fromDate, FIRST_SESSION_SEARCH_DAYS + maxBefore + 1),
      availability.zone,
    ).start;
    const result = findSlots({
      ...availability.query,
      durationMin: durations[i] as number,
      from: Math.max(availability.query.from, windowFrom / MINUTE),
      to: Math.min(availability.query.to, windowTo / MINUTE),
    });
    if (pin) {
      const only = pinned(result, Date.parse(pin.startsAt) / MINUTE, i + 1, availability.zone);
      results.push(only.result);
      sessions.push(only.session);
    } else {
      results.push(result);
      sessions.push(candidates(result, availability, input, preferred, dayStart));
    }
  }
  const query: CourseQuery = {
    sessions,
    gaps: gaps.map((g) => ({ minDays: g.minDays, maxDays: g.maxDays })),
    alternatives: input.alternatives,
  };
  const placed = placeCourse(query);
  const describe = (indexes: number[]): ProposedSession[] =>
    indexes.map((k, i) => proposed(availability, results[i] as SlotResult, k, i, durations));
  return {
    planId: coursePlan.plan.id,
    timeZone: availability.zone,
    gaps,
    best: placed.best ? describe(placed.best.indexes) : null,
    alternatives: placed.alternatives.map((c) => describe(c.indexes)),
    message: placed.best
      ? undefined
      : noCourseMessage(input, fromDate, availability.zone, FIRST_SESSION_SEARCH_DAYS),
  };
}

/** Puts the preferred practitioner first, so the engine picks them whenever they are free. */
function preferFirst(a: Availability, preferred: string | undefined): Availability {
  const k = preferred ? a.practitioners.findIndex((p) => p.id === preferred) : -1;
  if (k <= 0) return a;
  const order = [k, ...a.practitioners.map((_, i) => i).filter((i) => i !== k)];
  return {
    ...a,
    practitioners: order.map((i) => a.practitioners[i] as Availability["practitioners"][0]),
    query: {
      ...a.query,
      practitioners: order.map(
        (i) => a.query.practitioners[i] as (typeof a.query.practitioners)[0],
      ),
    },
  };
}

function candidates(
  result: SlotResult,
  a: Availability,
  input: CourseProposalInput,
  preferred: string | undefined,
  dayStart: Map<number, number>,
): CourseSession {
  const days = localDayNumbers(result.starts, a.zone);
  const weekdays = new Set(input.preferredWeekdays);
  const wantsTime = input.preferredTime !== "any";
  const weighs = weekdays.size > 0 || wantsTime || preferred !== undefined;
  if (!weighs) return { starts: result.starts, days };
  const penalty = new Float64Array(result.starts.length);
  for (let k = 0; k < result.starts.length; k++) {
    const day = days[k] as number;
    let midnight = dayStart.get(day);
    if (midnight === undefined) {
      midnight = zonedDayBounds(addDays(DAY_EPOCH, day), a.zone).start / MINUTE;
      dayStart.set(day, midnight);
    }
    let cost = 0;
    if (weekdays.size > 0 && !weekdays.has(weekdayOf(addDays(DAY_EPOCH, day)))) {
      cost += WRONG_WEEKDAY;
    }
    if (wantsTime) {
      const morning = (result.starts[k] as number) - midnight < 12 * 60;
      if (morning !== (input.preferredTime === "morning")) cost += WRONG_TIME_OF_DAY;
    }
    if (preferred && (result.practitioner[k] as number) !== 0) cost += OTHER_PRACTITIONER;
    penalty[k] = cost;
  }
  return { starts: result.starts, days, penalty };
}

/** A session the person already chose: its only candidate is that start, if it is still free. */
function pinned(
  result: SlotResult,
  start: number,
  session: number,
  zone: string,
): { session: CourseSession; result: SlotResult } {
  const k = result.starts.indexOf(start);
  if (k < 0) {
    const fmt = createFormatter({ timeZone: zone });
    throw unprocessable(
      `Session ${session} on ${fmt.weekdayDate(start * MINUTE)} at ${fmt.time(start * MINUTE)} is no longer free. Choose another time.`,
      { code: "pinned_taken" },
    );
  }
  const only: SlotResult = {
    starts: result.starts.slice(k, k + 1),
    practitioner: result.practitioner.slice(k, k + 1),
    room: result.room.slice(k, k + 1),
  };
  return {
    session: { starts: only.starts, days: localDayNumbers(only.starts, zone) },
    result: only,
  };
}

function proposed(
  a: Availability,
  r: SlotResult,
  k: number,
  i: number,
  durations: number[],
): ProposedSession {
  const start = (r.starts[k] as number) * MINUTE;
  const roomIndex = r.room[k] as number;
  return {
    session: i + 1,
    durationMin: durations[i] as number,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + (durations[i] as number) * MINUTE).toISOString(),
    practitioner: a.practitioners[r.practitioner[k] as number] as ProposedSession["practitioner"],
    room: roomIndex >= 0 ? (a.rooms?.[roomIndex] ?? null) : null,
  };
}

function noCourseMessage(
  input: CourseProposalInput,
  fromDate: string,
  zone: string,
  days: number,
): string {
  const fmt = createFormatter({ timeZone: zone });
  const from = fmt.weekdayDate(zonedDayBounds(fromDate, zone).start);
  const who = input.onlyPreferred ? " with this practitioner" : "";
  const pins = input.pinned.length > 0 ? " around the times already chosen" : "";
  return `No course fits${who}${pins} with the healing gaps, starting within ${days} days of ${from}. Try another practitioner, remove a chosen time or start later.`;
}
