import { describe, expect, it } from "vitest";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { firstIncomplete, initialStep, isStepId, stepReachable } from "./steps.ts";

type Screening = NonNullable<ConsultationDetail["screening"]>;

const fresh: ConsultationDetail = {
  id: "00000000-0000-4000-8000-000000000001",
  client: { id: "00000000-0000-4000-8000-000000000002", name: "Sam Client", dateOfBirth: null },
  heldOn: "2026-11-24",
  mode: "in_person",
  status: "open",
  practitioner: null,
  intake: null,
  screening: null,
  screenedOn: null,
  clearances: [],
  assessment: null,
  expectations: [],
  expectationsMissing: [],
  notes: "",
  plan: null,
  version: 1,
};

const screening = (verdict: Screening["verdict"]): Screening => ({
  verdict,
  deferUntil: null,
  reasons: [],
  patchTestAdvised: false,
  questionnaireVersion: 1,
});

const intake = (missing: string[] = []): ConsultationDetail["intake"] => ({
  version: 1,
  answers: {},
  source: "staff",
  updatedAt: "2026-11-24T10:00:00Z",
  missing,
});

const assessed = {
  ...fresh,
  intake: intake(),
  screening: screening("gp_letter"),
  assessment: { caseType: "male_pattern" } as ConsultationDetail["assessment"],
  expectationsMissing: ["several_sessions"],
};

describe("consultation steps", () => {
  it("opens a new consultation on the medical questions, with nothing later open", () => {
    expect(firstIncomplete(fresh)).toBe("intake");
    expect(stepReachable(fresh, "screening")).toBe(false);
  });

  it("keeps the medical questions open while required answers are missing", () => {
    const partial = { ...fresh, intake: intake(["diabetes"]), screening: screening("defer") };
    expect(firstIncomplete(partial)).toBe("intake");
  });

  it("lets a GP-letter verdict go on to the assessment, but opens on the screening", () => {
    const screened = { ...fresh, intake: intake(), screening: screening("gp_letter") };
    expect(firstIncomplete(screened)).toBe("assessment");
    expect(stepReachable(screened, "assessment")).toBe(true);
    expect(initialStep(screened, undefined)).toBe("screening");
    const clear = { ...screened, screening: screening("proceed") };
    expect(initialStep(clear, undefined)).toBe("assessment");
  });

  it("stops at the screening when it declines", () => {
    const declined = { ...fresh, intake: intake(), screening: screening("decline") };
    expect(firstIncomplete(declined)).toBe("screening");
    expect(stepReachable(declined, "assessment")).toBe(false);
    expect(initialStep(declined, "plan")).toBe("screening");
  });

  it("waits for every expectation before the plan", () => {
    expect(firstIncomplete(assessed)).toBe("expectations");
    expect(stepReachable(assessed, "plan")).toBe(false);
  });

  it("opens a step asked for in the address when it is reachable", () => {
    expect(initialStep(assessed, "intake")).toBe("intake");
    expect(initialStep(assessed, undefined)).toBe("expectations");
    expect(isStepId("sign")).toBe(true);
    expect(isStepId("payment")).toBe(false);
  });
});
