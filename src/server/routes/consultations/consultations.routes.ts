import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  assessmentInput,
  clearanceInput,
  clientConsultations,
  consultationDetail,
  consultationParams,
  consultationPatch,
  createConsultationInput,
  expectationsInput,
  intakeInput,
} from "../../../shared/contracts/consultations.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Consultations"];
const detail = (description: string) => json(consultationDetail, description);

export const questionnaireSchema = z.object({
  version: z.number().int(),
  sections: z.array(z.record(z.string(), z.unknown())),
});

export const getQuestionnaire = createRoute({
  method: "get",
  path: "/intake-questionnaire",
  tags,
  summary: "The current intake questionnaire (medical questions with conditional follow-ups)",
  responses: { 200: json(questionnaireSchema, "Questionnaire definition"), ...problems },
});

export const listForClient = createRoute({
  method: "get",
  path: "/clients/{id}/consultations",
  tags,
  summary: "A client's consultations and plans, without health data (any staff member)",
  description:
    "Also says whether treatment sessions can be booked today, in words fit for reception.",
  request: { params: idParam },
  responses: { 200: json(clientConsultations, "Newest first"), ...problems },
});

export const create = createRoute({
  method: "post",
  path: "/consultations",
  tags,
  summary: "Start a consultation for a client (practitioners, admins, owners)",
  request: { body: jsonBody(createConsultationInput) },
  responses: { 201: detail("The new consultation"), ...problems },
});

export const get = createRoute({
  method: "get",
  path: "/consultations/{id}",
  tags,
  summary: "A consultation with intake answers, screening, assessment and plan (audited)",
  request: { params: idParam },
  responses: { 200: detail("The consultation"), ...problems },
});

export const patch = createRoute({
  method: "patch",
  path: "/consultations/{id}",
  tags,
  summary: "Change clinical notes, or close/reopen the consultation",
  request: { params: idParam, body: jsonBody(consultationPatch) },
  responses: { 200: detail("The consultation"), ...problems, ...conflictProblem },
});

export const putIntake = createRoute({
  method: "put",
  path: "/consultations/{id}/intake",
  tags,
  summary: "Save intake answers; screening runs again",
  request: { params: idParam, body: jsonBody(intakeInput) },
  responses: { 200: detail("The consultation, re-screened"), ...problems, ...conflictProblem },
});

export const putAssessment = createRoute({
  method: "put",
  path: "/consultations/{id}/assessment",
  tags,
  summary: "Save the hair-loss assessment",
  request: { params: idParam, body: jsonBody(assessmentInput) },
  responses: { 200: detail("The consultation"), ...problems, ...conflictProblem },
});

export const putExpectations = createRoute({
  method: "put",
  path: "/consultations/{id}/expectations",
  tags,
  summary: "Save which realistic-expectation points were discussed",
  request: { params: idParam, body: jsonBody(expectationsInput) },
  responses: { 200: detail("The consultation"), ...problems, ...conflictProblem },
});

export const addClearance = createRoute({
  method: "post",
  path: "/consultations/{id}/clearances",
  tags,
  summary: "Record a GP letter or an agreed deferral date for one screening rule",
  request: { params: idParam, body: jsonBody(clearanceInput) },
  responses: { 201: detail("The consultation, re-screened"), ...problems, ...conflictProblem },
});

export const revokeClearance = createRoute({
  method: "delete",
  path: "/consultations/{id}/clearances/{clearanceId}",
  tags,
  summary: "Withdraw a GP letter or deferral recorded by mistake",
  request: { params: consultationParams },
  responses: { 200: detail("The consultation, re-screened"), ...problems, ...conflictProblem },
});

export const draftPlan = createRoute({
  method: "post",
  path: "/consultations/{id}/plan",
  tags,
  summary: "Draft a treatment plan from the assessment and the clinic's settings",
  description: "Supersedes an earlier draft; an accepted plan is never replaced (409).",
  request: { params: idParam },
  responses: {
    201: detail("The consultation with its new draft plan"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
