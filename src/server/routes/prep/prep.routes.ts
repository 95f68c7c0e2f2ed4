import { createRoute, z } from "@hono/zod-openapi";
import {
  prepDoneInput,
  prepIntakeInput,
  prepPhotoForm,
  prepPhotoParams,
  prepTokenParam,
  publicPrep,
} from "../../../shared/contracts/client-prep.ts";
import { problemSchema } from "../../../shared/contracts/common.ts";
import { json, jsonBody } from "../../http/router.ts";

const tags = ["Client prep (public)"];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** No sign-in: the secret in the client's link is the key. */
const publicProblems = {
  400: problem("The link or the request is not valid"),
  403: problem("The link does not cover this part"),
  404: problem("No link has this secret"),
  409: problem("The consultation or the intake can no longer be changed here"),
  410: problem("The link has expired or was withdrawn"),
  429: problem("Too many attempts from this address; wait a minute"),
} as const;

export const getPrep = createRoute({
  method: "get",
  path: "/public/prep/{token}",
  tags,
  summary: "The client's prep page: clinic, appointment, questionnaire and photos sent so far",
  description:
    "Public: the link's secret is the key. Shows only what the client gave: their own answers and their own photos (as short-lived thumbnail URLs). No screening outcome, no clinical notes.",
  request: { params: prepTokenParam },
  responses: { 200: json(publicPrep, "The prep page"), ...publicProblems },
});

export const putIntake = createRoute({
  method: "put",
  path: "/public/prep/{token}/intake",
  tags,
  summary: "Save the client's intake answers (progress, or final)",
  description:
    "Validated against the questionnaire version; the screening is re-run for the practitioner. `final: true` needs every required question answered. 409 once the clinic has reviewed the intake or the consultation is over.",
  request: { params: prepTokenParam, body: jsonBody(prepIntakeInput) },
  responses: { 200: json(publicPrep, "Saved"), ...publicProblems },
});

export const uploadPhoto = createRoute({
  method: "post",
  path: "/public/prep/{token}/photos",
  tags,
  summary: "Send one guided photo (multipart: view, optional viewLabel for scars, photo)",
  description:
    "The photo is checked by its bytes, turned upright and stripped of all metadata (GPS included) before it is stored, marked as sent by the client.",
  request: {
    params: prepTokenParam,
    body: { required: true, content: { "multipart/form-data": { schema: prepPhotoForm } } },
  },
  responses: {
    201: json(publicPrep, "Stored"),
    ...publicProblems,
    413: problem("The photo is too large"),
    422: problem("Not an image the clinic can use, or too many photos"),
  },
});

export const deletePhoto = createRoute({
  method: "delete",
  path: "/public/prep/{token}/photos/{photoId}",
  tags,
  summary: "Remove a photo the client sent (a retake), before the consultation",
  request: { params: prepPhotoParams },
  responses: { 200: json(publicPrep, "Removed"), ...publicProblems },
});

export const markDone = createRoute({
  method: "post",
  path: "/public/prep/{token}/done",
  tags,
  summary: "The client has finished a part (intake or photos)",
  request: { params: prepTokenParam, body: jsonBody(prepDoneInput) },
  responses: { 200: json(publicPrep, "Marked as finished"), ...publicProblems },
});

export const prepLogo = createRoute({
  method: "get",
  path: "/public/prep/{token}/logo",
  tags,
  summary: "The clinic's logo for the prep page (PNG)",
  request: { params: prepTokenParam },
  responses: {
    200: {
      description: "PNG image",
      content: { "image/png": { schema: z.string().meta({ format: "binary" }) } },
    },
    ...publicProblems,
  },
});
