import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  amendmentInput,
  checklistInput,
  checklistResult,
  sessionUpdate,
  sessionWorkspace,
  signOffInput,
  zoneInput,
  zoneParams,
} from "../../../shared/contracts/sessions.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Treatment sessions"];
const base = "/appointments/{id}/session";
const workspaceResponse = (description: string) => json(sessionWorkspace, description);

export const evaluateChecklist = createRoute({
  method: "post",
  path: `${base}/checklist`,
  tags,
  summary: "Evaluate the session start checklist without starting",
  description:
    "Consent for the plan, the health re-check through the screening engine, the patch test, pre-care and age. Audited.",
  request: { params: idParam, body: jsonBody(checklistInput) },
  responses: {
    200: json(checklistResult, "Each item with its outcome"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const start = createRoute({
  method: "post",
  path: base,
  tags,
  summary: "Start the session after the checklist passes (or failed items are overridden)",
  request: { params: idParam, body: jsonBody(checklistInput) },
  responses: {
    201: workspaceResponse("The started session"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const get = createRoute({
  method: "get",
  path: base,
  tags,
  summary:
    "The treatment-day record: appointment, plan defaults, session with zones and amendments",
  request: { params: idParam },
  responses: {
    200: workspaceResponse("The session record (null session before it starts)"),
    ...problems,
  },
});

export const update = createRoute({
  method: "put",
  path: base,
  tags,
  summary: "Actual start and end time and notes, while in progress",
  request: { params: idParam, body: jsonBody(sessionUpdate) },
  responses: {
    200: workspaceResponse("The updated session"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const addZone = createRoute({
  method: "post",
  path: `${base}/zones`,
  tags,
  summary: "Record a zone worked: batches, dilution, needles, depth, coverage, reactions",
  request: { params: idParam, body: jsonBody(zoneInput) },
  responses: {
    201: workspaceResponse("The session with the new zone"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const updateZone = createRoute({
  method: "put",
  path: `${base}/zones/{zoneId}`,
  tags,
  summary: "Replace a zone's record while the session is in progress",
  request: { params: zoneParams, body: jsonBody(zoneInput) },
  responses: {
    200: workspaceResponse("The session with the changed zone"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const deleteZone = createRoute({
  method: "delete",
  path: `${base}/zones/{zoneId}`,
  tags,
  summary: "Remove a zone while the session is in progress",
  request: {
    params: zoneParams,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
  },
  responses: {
    200: workspaceResponse("The session without the zone"),
    ...problems,
    ...conflictProblem,
  },
});

export const signOff = createRoute({
  method: "post",
  path: `${base}/sign-off`,
  tags,
  summary: "Sign the record off; it can no longer be edited, only amended",
  description:
    "Needs at least one zone with a pigment batch and an end time. Marks the appointment completed.",
  request: { params: idParam, body: jsonBody(signOffInput) },
  responses: {
    200: workspaceResponse("The signed session"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const amend = createRoute({
  method: "post",
  path: `${base}/amendments`,
  tags,
  summary: "Append a correction (field → from/to) to a signed record",
  request: { params: idParam, body: jsonBody(amendmentInput) },
  responses: {
    201: workspaceResponse("The record with the amendment"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
