import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";

export const stepIds = [
  "intake",
  "screening",
  "assessment",
  "expectations",
  "plan",
  "sign",
] as const;
export type StepId = (typeof stepIds)[number];

export const stepLabels: Record<StepId, string> = {
  intake: "Medical questions",
  screening: "Screening",
  assessment: "Assessment",
  expectations: "Expectations",
  plan: "Plan",
  sign: "Quote & signature",
};

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (stepIds as readonly string[]).includes(value);
}

/** Whether a step's work is done, judged from the saved consultation alone. */
export function stepDone(c: ConsultationDetail, step: StepId): boolean {
  switch (step) {
    case "intake":
      return c.intake !== null && c.intake.missing.length === 0;
    case "screening":
      return c.screening !== null && c.screening.verdict !== "decline";
    case "assessment":
      return c.assessment !== null;
    case "expectations":
      return c.assessment !== null && c.expectationsMissing.length === 0;
    case "plan":
      return (
        c.plan !== null &&
        c.plan.status !== "declined" &&
        !c.plan.issues.some((i) => i.severity === "error")
      );
    case "sign":
      return c.plan?.status === "accepted";
  }
}

/** The first step still to do, or the last step once everything is done. */
export function firstIncomplete(c: ConsultationDetail): StepId {
  return stepIds.find((step) => !stepDone(c, step)) ?? "sign";
}

/** Steps open in order: a step can be opened once every step before it is done. */
export function stepReachable(c: ConsultationDetail, step: StepId): boolean {
  return stepIds.indexOf(step) <= stepIds.indexOf(firstIncomplete(c));
}

export function isDeclined(c: ConsultationDetail): boolean {
  return c.screening?.verdict === "decline";
}

/**
 * The step to open: the one asked for (when it can be opened), else the first still to do. A
 * verdict still waiting on a GP letter or a date opens on the screening until the assessment is
 * under way, so it is seen first.
 */
export function initialStep(c: ConsultationDetail, asked: StepId | undefined): StepId {
  if (asked && stepReachable(c, asked)) return asked;
  const first = firstIncomplete(c);
  return first === "assessment" && c.screening?.verdict !== "proceed" ? "screening" : first;
}

export function nextStep(step: StepId): StepId | null {
  return stepIds[stepIds.indexOf(step) + 1] ?? null;
}

export function previousStep(step: StepId): StepId | null {
  return stepIds[stepIds.indexOf(step) - 1] ?? null;
}
