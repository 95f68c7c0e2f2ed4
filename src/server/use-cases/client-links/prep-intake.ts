import { eq } from "drizzle-orm";
import {
  answerProblems,
  missingAnswers,
  pruneHiddenAnswers,
  questionnaireByVersion,
} from "../../../domain/screening/index.ts";
import type { Answers } from "../../../domain/screening/types.ts";
import { audit } from "../../audit/audit.ts";
import { clientLink, consultation } from "../../db/schema/index.ts";
import { badRequest, conflict, notFound } from "../../http/problem.ts";
import { clinicToday } from "../clinic/primary-location.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { screenConsultation } from "../consultations/screening-runner.ts";
import {
  intakeLocked,
  type OpenedLink,
  requireOpenConsultation,
  requireScope,
} from "./prep-link.ts";

export interface ClientIntakeInput {
  questionnaireVersion: number;
  answers: Answers;
  /** The client says they have finished: every required question must then be answered. */
  final: boolean;
}

const LOCKED =
  "The clinic has already gone through your answers, so they cannot be changed here. If something has changed, tell the clinic at your appointment or contact them.";

/**
 * Saves the client's intake answers on the consultation, exactly as the staff path does: the
 * answers are validated against their questionnaire version, hidden follow-ups dropped, and the
 * screening re-run so the practitioner sees the outcome. The intake is marked as the client's
 * (`intakeSource = 'client'`) until the practitioner reviews it. An intake the clinic has entered
 * or confirmed is never overwritten from a link: that is a 409.
 */
export async function saveClientIntake(
  opened: OpenedLink,
  input: ClientIntakeInput,
  ctx: { now: Date; ip: string | null },
): Promise<void> {
  requireScope(opened.link, "intake");
  const questionnaire = questionnaireByVersion(input.questionnaireVersion);
  if (!questionnaire) {
    throw badRequest(
      `There is no questionnaire version ${input.questionnaireVersion}. Reload the page and try again.`,
    );
  }
  const answers = pruneHiddenAnswers(questionnaire, input.answers);
  const problems = answerProblems(questionnaire, answers);
  if (input.final) {
    for (const id of missingAnswers(questionnaire, answers)) {
      problems.push({ questionId: id, message: "Please answer this question." });
    }
  }
  if (problems.length > 0) {
    throw badRequest(
      problems.length === 1
        ? "One answer needs attention."
        : `${problems.length} answers need attention.`,
      { errors: problems.map((p) => ({ field: `answers.${p.questionId}`, message: p.message })) },
    );
  }
  const today = await clinicToday(opened.tenant, ctx.now);
  await opened.tenant.transaction(async (t) => {
    const [current] = await t.db
      .select()
      .from(consultation)
      .where(t.where(consultation, eq(consultation.id, opened.consultation.id)))
      .for("update");
    if (!current) throw notFound("This consultation no longer exists.");
    requireOpenConsultation(current);
    if (intakeLocked(current)) throw conflict(LOCKED);
    if (current.intakeVersion !== null && current.intakeVersion !== questionnaire.version) {
      throw conflict(
        "The questionnaire has changed since you started. Reload the page to continue.",
      );
    }
    const changes = {
      intakeVersion: questionnaire.version,
      intakeAnswers: answers,
      intakeSource: "client" as const,
      intakeUpdatedAt: ctx.now,
    };
    const { settings } = await loadClinicalSettings(t);
    const screening = await screenConsultation(t, { ...current, ...changes }, settings, today);
    await t.db
      .update(consultation)
      .set({
        ...changes,
        screening,
        screenedOn: screening ? today : null,
        version: current.version + 1,
        updatedAt: ctx.now,
      })
      .where(t.where(consultation, eq(consultation.id, current.id)));
    if (input.final) {
      await t.db
        .update(clientLink)
        .set({ intakeSubmittedAt: ctx.now })
        .where(t.where(clientLink, eq(clientLink.id, opened.link.id)));
    }
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: null,
      action: "update",
      entity: "consultation",
      entityId: current.id,
      ip: ctx.ip,
      details: {
        via: "client_link",
        linkId: opened.link.id,
        part: "intake",
        answered: Object.keys(answers).length,
        final: input.final,
      },
    });
  });
}
