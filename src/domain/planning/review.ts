import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import type { GapWindow, PlanIssue, TreatmentPlan } from "./types.ts";
import { totalAreaCm2 } from "./zones.ts";

const error = (path: string, message: string): PlanIssue => ({ severity: "error", path, message });
const warning = (path: string, message: string): PlanIssue => ({
  severity: "warning",
  path,
  message,
});

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/**
 * Checks a plan, generated or edited, against the clinic's rules. Errors block presenting or
 * accepting it; warnings are shown beside it. Paths use 0-based indexes ("sessions.2.strengthPct"
 * is session 3); messages use session numbers.
 */
export function reviewPlan(plan: TreatmentPlan, settings: ClinicalSettings): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const { minMinutes, maxMinutes, warnAbove } = settings.sessions;
  const { hardMinimumDays, warnBelowDays } = settings.spacing;
  const sessions = plan.sessions;

  if (totalAreaCm2(plan) <= 0) {
    issues.push(
      error("zones", "The plan has no treated area: enter the area of at least one zone."),
    );
  }

  if (sessions.some((s, i) => s.number !== i + 1)) {
    issues.push(
      error(
        "sessions",
        `Sessions must be numbered 1 to ${sessions.length} in order; they are numbered ${sessions.map((s) => s.number).join(", ")}.`,
      ),
    );
  }
  if (sessions.length > warnAbove) {
    issues.push(
      warning(
        "sessions",
        `The plan has ${sessions.length} sessions, more than the usual ${warnAbove}: check the client needs them all.`,
      ),
    );
  }

  sessions.forEach((s, i) => {
    const at = `sessions.${i}`;
    const n = i + 1;
    const prev = sessions[i - 1];

    if (s.durationMin < minMinutes || s.durationMin > maxMinutes) {
      issues.push(
        error(
          `${at}.durationMin`,
          `Session ${n} lasts ${s.durationMin} min, outside the clinic's range of ${minMinutes}–${maxMinutes} min.`,
        ),
      );
    }

    if (!prev) {
      if (s.gapDays !== null) {
        issues.push(
          error(
            `${at}.gapDays`,
            "Session 1 has no session before it, so it cannot have a gap: clear the gap.",
          ),
        );
      }
      return;
    }

    if (s.gapDays === null) {
      issues.push(error(`${at}.gapDays`, `Session ${n} needs a gap in days after session ${i}.`));
    } else if (s.gapDays < hardMinimumDays) {
      issues.push(
        error(
          `${at}.gapDays`,
          `Session ${n} is only ${days(s.gapDays)} after session ${i}: the minimum is ${days(hardMinimumDays)}, so the skin has healed and the scabs have shed.`,
        ),
      );
    } else if (s.gapDays < warnBelowDays) {
      issues.push(
        warning(
          `${at}.gapDays`,
          `Session ${n} is ${days(s.gapDays)} after session ${i}: gaps under ${days(warnBelowDays)} may not leave the skin time to settle.`,
        ),
      );
    }

    if (s.strengthPct < prev.strengthPct) {
      const reason = s.overrideReason?.trim() ?? "";
      const what = `Session ${n} is lighter (${s.strengthPct} %) than session ${i} (${prev.strengthPct} %)`;
      issues.push(
        reason === ""
          ? error(
              `${at}.strengthPct`,
              `${what}: give a reason to override the lighter→darker layering.`,
            )
          : warning(
              `${at}.strengthPct`,
              `${what}, against the lighter→darker layering. Reason given: ${reason}`,
            ),
      );
    }

    if (s.coveragePct < prev.coveragePct) {
      issues.push(
        warning(
          `${at}.coveragePct`,
          `Session ${n} reaches less coverage (${s.coveragePct} %) than session ${i} (${prev.coveragePct} %): coverage usually only grows.`,
        ),
      );
    }

    const first = sessions[0];
    if (first && s.durationMin > first.durationMin) {
      issues.push(
        warning(
          `${at}.durationMin`,
          `Session ${n} (${s.durationMin} min) is longer than session 1 (${first.durationMin} min): the first session is usually the longest.`,
        ),
      );
    }
  });

  plan.touchUps.forEach((t, i) => {
    if (t.toDay <= t.fromDay) {
      issues.push(
        error(
          `touchUps.${i}.toDay`,
          `The touch-up window "${t.label}" must close after it opens (it runs from day ${t.fromDay} to day ${t.toDay}).`,
        ),
      );
    }
  });

  return issues;
}

/**
 * The window a booking must fall in for each session after the first: never before the clinic's hard
 * minimum, ideally on the planned gap, and at most `flexDays` past it before the course needs
 * re-planning.
 */
export function gapWindows(plan: TreatmentPlan, settings: ClinicalSettings): GapWindow[] {
  const { hardMinimumDays, warnBelowDays, defaultGapDays, flexDays } = settings.spacing;
  return plan.sessions.slice(1).map((s, i) => {
    const targetDays = s.gapDays ?? defaultGapDays;
    const minDays = Math.max(hardMinimumDays, Math.min(warnBelowDays, targetDays));
    return {
      session: i + 2,
      targetDays,
      minDays,
      maxDays: Math.max(minDays, targetDays + flexDays),
    };
  });
}
