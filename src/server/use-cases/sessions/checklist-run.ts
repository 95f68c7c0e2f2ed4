import {
  answerProblems,
  questionnaireByVersion,
  rescreen,
} from "../../../domain/screening/index.ts";
import type { Answers } from "../../../domain/screening/types.ts";
import {
  ageInYears,
  type ChecklistFacts,
  type ChecklistResult,
  evaluateChecklist,
  type ScreeningFact,
} from "../../../domain/sessions/checklist.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import type { ChecklistInput } from "../../../shared/contracts/sessions.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { unprocessable } from "../../http/problem.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import {
  latestScreenedConsultation,
  screenConsultation,
} from "../consultations/screening-runner.ts";
import { latestPatchTest } from "../patch-tests/patch-test-read.ts";
import { type AppointmentContext, localDate, planFor } from "./session-context.ts";

type Input = Omit<ChecklistInput, "rescreen"> & {
  rescreen?: { noChange: boolean; answers?: Record<string, unknown> } | null;
};

/** Re-runs the screening engine on the consultation's answers merged with today's changes. */
async function rescreenFact(
  tenant: Tenant,
  ctx: AppointmentContext,
  input: Input["rescreen"],
  sessionDate: string,
): Promise<ScreeningFact | null> {
  if (!input) return null;
  const row = await latestScreenedConsultation(tenant, ctx.a.clientId);
  if (!row?.intakeAnswers || row.intakeVersion === null) {
    return {
      verdict: "defer",
      reasons: [
        {
          outcome: "defer",
          message: "There is no screened consultation on record for this client.",
        },
      ],
    };
  }
  const questionnaire = questionnaireByVersion(row.intakeVersion);
  if (!questionnaire) throw unprocessable("The consultation's questionnaire version is unknown.");
  // "No change" still carries the on-the-day questions, which are asked afresh every session.
  const today = new Set(
    questionnaire.sections
      .filter((s) => s.id === "today")
      .flatMap((s) => s.questions.map((q) => q.id)),
  );
  const given = (input.answers ?? {}) as Answers;
  const changes = input.noChange
    ? Object.fromEntries(Object.entries(given).filter(([id]) => today.has(id)))
    : given;
  const merged = rescreen(row.intakeAnswers, changes, questionnaire);
  const problems = answerProblems(questionnaire, merged);
  if (problems.length) {
    throw unprocessable(problems.map((p) => p.message).join(" "), { code: "answers" });
  }
  const { settings } = await loadClinicalSettings(tenant);
  const result = await screenConsultation(
    tenant,
    { ...row, intakeAnswers: merged },
    settings,
    sessionDate,
    sessionDate,
  );
  if (!result) return null;
  return {
    verdict: result.verdict,
    reasons: result.reasons
      .filter((r) => !r.cleared)
      .map((r) => ({ outcome: r.outcome, message: r.message })),
  };
}

/** Gathers the facts for the checklist and evaluates it for a session starting at `now`. */
export async function runChecklist(
  tenant: Tenant,
  staff: StaffContext,
  ctx: AppointmentContext,
  input: Input,
  now: Date,
): Promise<ChecklistResult & { sessionDate: string }> {
  const sessionDate = localDate(ctx, now);
  const fmt = createFormatter({ timeZone: ctx.timeZone });
  const plan = await planFor(tenant, ctx);
  const { settings } = await loadClinicalSettings(tenant);
  const planPatch = plan?.row.plan.patchTest;
  const latest = await latestPatchTest(tenant, ctx.a.clientId);
  const facts: ChecklistFacts = {
    plan: plan
      ? {
          status: plan.row.status,
          signed: Boolean(plan.row.acceptedAt && plan.row.signatureFile),
          acceptedOn: plan.row.acceptedAt ? fmt.date(plan.row.acceptedAt.getTime()) : null,
          source: plan.source,
        }
      : null,
    screening: await rescreenFact(tenant, ctx, input.rescreen, sessionDate),
    patchTest: {
      // The clinic's rule, or the plan's own call for this client (allergies), whichever is stricter.
      required: settings.patchTest.required || Boolean(planPatch?.required),
      minHoursBeforeSession: Math.max(
        settings.patchTest.minHoursBeforeSession,
        planPatch?.required ? planPatch.minHoursBeforeSession : 0,
      ),
      latest: latest
        ? {
            performedAt: latest.performedAt.getTime(),
            readAt: latest.readAt?.getTime() ?? null,
            result: latest.result,
            performedLabel: `on ${fmt.dateTime(latest.performedAt.getTime())}`,
          }
        : null,
    },
    preCare: input.preCare ?? {},
    ageYears: ctx.dateOfBirth ? ageInYears(ctx.dateOfBirth, sessionDate) : null,
  };
  const result = evaluateChecklist(
    facts,
    input.overrides ?? [],
    { userId: staff.userId, name: staff.name, at: now.getTime() },
    now.getTime(),
  );
  return { ...result, sessionDate };
}
