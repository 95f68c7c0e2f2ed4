export { PlanStep, type PlanStepProps } from "./plan-step.tsx";
export { SignStep } from "./sign-step.tsx";
