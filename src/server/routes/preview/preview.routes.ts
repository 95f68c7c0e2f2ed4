import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  previewConsultationParam,
  previewFileParams,
  previewFileQuery,
  previewSaveInput,
  previewState,
  previewView,
} from "../../../shared/contracts/preview.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Preview"];
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: z.object({ title: z.string() }) } },
});

export const get = createRoute({
  method: "get",
  path: "/consultations/{id}/preview",
  tags,
  summary:
    "The consultation's SMP preview design, or null, with defaults (clinical staff; audited)",
  request: { params: previewConsultationParam },
  responses: {
    200: json(previewState, "The design and signed URLs of its rendering"),
    ...problems,
  },
});

export const save = createRoute({
  method: "put",
  path: "/consultations/{id}/preview",
  tags,
  summary: "Save the preview design and render it on the photo (clinical staff)",
  description:
    "Send the version you started from (0 for a new design). A stale version, a frozen design (accepted with the plan) or a closed consultation answer 409. The photo must be one of the consultation's client.",
  request: { params: previewConsultationParam, body: jsonBody(previewSaveInput) },
  responses: {
    200: json(previewView, "The saved design with its new version"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const file = createRoute({
  method: "get",
  path: "/files/previews/{orgId}/{id}/{variant}",
  tags,
  summary: "A rendered preview through a signed URL from /consultations/{id}/preview",
  request: { params: previewFileParams, query: previewFileQuery },
  responses: {
    200: {
      description: "The JPEG",
      content: { "image/jpeg": { schema: z.string().meta({ format: "binary" }) } },
    },
    ...problems,
    410: problem("The link has expired"),
  },
});
