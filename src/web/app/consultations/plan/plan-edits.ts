import {
  type PlanSession,
  type TreatmentPlan,
  ZONE_LABELS,
  type ZoneId,
} from "../../../../domain/planning/index.ts";

export const MAX_SESSIONS = 12;
export const MAX_ZONES = 20;
export const MAX_TOUCH_UPS = 4;
export const DURATION_STEP_MIN = 15;
export const FALLBACK_GAP_DAYS = 14;

/** Numbers sessions 1…n in order; the first has no gap before it. */
export function renumber(sessions: readonly PlanSession[]): PlanSession[] {
  return sessions.map((s, i) => ({ ...s, number: i + 1, gapDays: i === 0 ? null : s.gapDays }));
}

/** The gap a new session gets: the clinic's default, else the plan's shortest gap. */
export function usualGap(sessions: readonly PlanSession[], clinicDefault?: number): number {
  if (clinicDefault !== undefined) return clinicDefault;
  const gaps = sessions.map((s) => s.gapDays).filter((g): g is number => g !== null);
  return gaps.length > 0 ? Math.min(...gaps) : FALLBACK_GAP_DAYS;
}

/** A session after the last, as strong and as long as it, so layering never goes lighter. */
export function addSession(plan: TreatmentPlan, clinicDefaultGap?: number): TreatmentPlan {
  const last = plan.sessions[plan.sessions.length - 1];
  const next: PlanSession = {
    number: plan.sessions.length + 1,
    durationMin: last?.durationMin ?? 120,
    strengthPct: last?.strengthPct ?? 50,
    coveragePct: 100,
    focus: "",
    gapDays: usualGap(plan.sessions, clinicDefaultGap),
    overrideReason: null,
  };
  return { ...plan, sessions: renumber([...plan.sessions, next]) };
}

export function removeSession(plan: TreatmentPlan, index: number): TreatmentPlan {
  return { ...plan, sessions: renumber(plan.sessions.filter((_, i) => i !== index)) };
}

export function updateSession(
  plan: TreatmentPlan,
  index: number,
  patch: Partial<PlanSession>,
): TreatmentPlan {
  const sessions = plan.sessions.map((s, i) => (i === index ? { ...s, ...patch } : s));
  return { ...plan, sessions: clearStaleOverrides(sessions) };
}

/** An override reason only means something while the session is lighter than the one before. */
function clearStaleOverrides(sessions: PlanSession[]): PlanSession[] {
  return sessions.map((s, i) => {
    const prev = sessions[i - 1];
    return s.overrideReason !== null && (!prev || s.strengthPct >= prev.strengthPct)
      ? { ...s, overrideReason: null }
      : s;
  });
}

export function isLighterThanPrevious(sessions: readonly PlanSession[], index: number): boolean {
  const prev = sessions[index - 1];
  const s = sessions[index];
  return prev !== undefined && s !== undefined && s.strengthPct < prev.strengthPct;
}

export function addZone(plan: TreatmentPlan, id: ZoneId): TreatmentPlan {
  return { ...plan, zones: [...plan.zones, { id, label: ZONE_LABELS[id], areaCm2: 0 }] };
}

/** Steps a duration to the next multiple of the step, up or down, within the schema's range. */
export function stepDuration(minutes: number, direction: 1 | -1): number {
  const base =
    direction === 1
      ? Math.floor(minutes / DURATION_STEP_MIN) * DURATION_STEP_MIN + DURATION_STEP_MIN
      : Math.ceil(minutes / DURATION_STEP_MIN) * DURATION_STEP_MIN - DURATION_STEP_MIN;
  return Math.min(720, Math.max(DURATION_STEP_MIN, base));
}

/** Deep equality for JSON data; key order is ignored (Postgres jsonb reorders keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const other = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return keys.length === other.length && keys.every((k) => sameJson(ra[k], rb[k]));
}
