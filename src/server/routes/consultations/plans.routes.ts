import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  acceptPlanInput,
  declinePlanInput,
  planInput,
  planView,
} from "../../../shared/contracts/consultations.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Treatment plans"];

export const updatePlan = createRoute({
  method: "put",
  path: "/plans/{id}",
  tags,
  summary: "Save edits to a draft plan (zones, sessions, shades, price adjustment)",
  request: { params: idParam, body: jsonBody(planInput) },
  responses: {
    200: json(planView, "The plan with its quote and review"),
    ...problems,
    ...conflictProblem,
  },
});

export const acceptPlan = createRoute({
  method: "post",
  path: "/plans/{id}/accept",
  tags,
  summary: "The client accepts the plan and quote with a drawn signature",
  description:
    "Freezes the plan, stores the signature with time, IP and user agent, and makes the PDF copy.",
  request: { params: idParam, body: jsonBody(acceptPlanInput) },
  responses: {
    200: json(planView, "The accepted plan"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const declinePlan = createRoute({
  method: "post",
  path: "/plans/{id}/decline",
  tags,
  summary: "The client does not go ahead with this plan",
  request: { params: idParam, body: jsonBody(declinePlanInput) },
  responses: { 200: json(planView, "The declined plan"), ...problems, ...conflictProblem },
});

export const planPdf = createRoute({
  method: "get",
  path: "/plans/{id}/pdf",
  tags,
  summary: "The signed plan and quote as a PDF (audited)",
  request: { params: idParam },
  responses: {
    200: {
      description: "PDF",
      content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
    },
    ...problems,
  },
});
