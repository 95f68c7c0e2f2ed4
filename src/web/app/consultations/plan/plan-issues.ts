import type { PlanView } from "../../../../shared/contracts/consultations.ts";

export type PlanIssue = PlanView["issues"][number];

/** The id of the input a review path points at: "sessions.2.strengthPct" → "plan-sessions-2-strengthPct". */
export function fieldId(path: string): string {
  return `plan-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** Issues for one exact path, errors first. */
export function issuesAt(issues: readonly PlanIssue[], path: string): PlanIssue[] {
  return issues
    .filter((i) => i.path === path)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/** Where the summary's "Show" button should take focus: the field, else its section. */
export function focusIssue(path: string) {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join(".")));
    if (el) {
      el.scrollIntoView({ block: "center", behavior: "smooth" });
      el.focus({ preventScroll: true });
      return;
    }
  }
}

export const hasErrors = (issues: readonly PlanIssue[]) =>
  issues.some((i) => i.severity === "error");
