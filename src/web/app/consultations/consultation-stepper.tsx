import { Stepper } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { applicableExpectations } from "../../../domain/assessment/assessment.ts";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { caseTypeLabels, norwoodLabel } from "./assessment/assessment-labels.ts";
import { outcomeInfo, verdictShort } from "./screening/screening-labels.ts";
import { isDeclined, type StepId, stepDone, stepIds, stepLabels, stepReachable } from "./steps.ts";

/** The six steps across the top: done ones ticked, reachable ones clickable, later ones locked. */
export function ConsultationStepper({
  consultation,
  active,
  onSelect,
}: {
  consultation: ConsultationDetail;
  active: StepId;
  onSelect: (step: StepId) => void;
}) {
  const activeIndex = stepIds.indexOf(active);
  return (
    <Stepper
      active={activeIndex}
      onStepClick={(index) => {
        const step = stepIds[index];
        if (step) onSelect(step);
      }}
      allowNextStepsSelect={false}
      labelPosition="bottom"
      size="sm"
      iconSize={38}
      role="group"
      aria-label="Consultation steps"
      styles={{
        step: { minWidth: 0 },
        stepBody: { textAlign: "center", maxWidth: 120 },
        stepLabel: { fontWeight: 600, lineHeight: 1.25 },
        separator: { marginInline: 4, minWidth: 8 },
      }}
    >
      {stepIds.map((step, index) => {
        const reachable = stepReachable(consultation, step);
        const done = stepDone(consultation, step);
        const verdict = step === "screening" ? consultation.screening?.verdict : undefined;
        return (
          <Stepper.Step
            key={step}
            label={stepLabels[step]}
            description={describe(consultation, step)}
            allowStepSelect={reachable && index !== activeIndex}
            icon={
              done && index > activeIndex ? <IconCheck size={18} aria-hidden="true" /> : undefined
            }
            color={verdict ? outcomeInfo[verdict].colour : undefined}
            aria-current={index === activeIndex ? "step" : undefined}
            aria-disabled={reachable ? undefined : true}
            aria-label={`${stepLabels[step]}: ${describe(consultation, step)}`}
          />
        );
      })}
    </Stepper>
  );
}

/** A few words under each step saying where it stands. */
function describe(c: ConsultationDetail, step: StepId): string {
  if (isDeclined(c) && stepIds.indexOf(step) > stepIds.indexOf("screening")) return "Not available";
  switch (step) {
    case "intake":
      if (!c.intake) return "Not started";
      if (c.intake.missing.length > 0) return `${c.intake.missing.length} to answer`;
      return c.intake.source === "client" ? "Answered online" : "Answered";
    case "screening":
      return c.screening ? verdictShort[c.screening.verdict] : "Not screened";
    case "assessment": {
      const a = c.assessment;
      if (!a) return "To do";
      if (a.caseType === "male_pattern" && a.norwood) return `Norwood ${norwoodLabel(a.norwood)}`;
      if (a.caseType === "female_pattern" && a.ludwig) return `Ludwig ${a.ludwig}`;
      return caseTypeLabels[a.caseType];
    }
    case "expectations": {
      if (!c.assessment) return "To do";
      const total = applicableExpectations(c.assessment).length;
      const missing = c.expectationsMissing.length;
      return missing === 0 ? "All discussed" : `${total - missing} of ${total} discussed`;
    }
    case "plan":
      if (!c.plan) return "To do";
      if (c.plan.status === "declined") return "Declined";
      return `${c.plan.plan.sessions.length} sessions`;
    case "sign":
      return c.plan?.status === "accepted" ? "Signed" : "To do";
  }
}
