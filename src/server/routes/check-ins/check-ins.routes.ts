import { createRoute, z } from "@hono/zod-openapi";
import {
  checkInAnswerForm,
  checkInTokenParam,
  publicCheckIn,
} from "../../../shared/contracts/check-ins.ts";
import { problemSchema } from "../../../shared/contracts/common.ts";
import { json } from "../../http/router.ts";

const tags = ["Check-ins"];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** No sign-in: the secret in the client's link is the key. */
const publicProblems = {
  400: problem("The link or the answer is not valid"),
  404: problem("No check-in has this link"),
  429: problem("Too many attempts from this address; wait a minute"),
} as const;

export const getCheckIn = createRoute({
  method: "get",
  path: "/public/check-ins/{token}",
  tags,
  summary: "A check-in as the client sees it (public: the link's secret is the key)",
  description:
    "Clinic, the client's first name, which day after the visit, and whether it is open, answered, expired or withdrawn. No health data.",
  request: { params: checkInTokenParam },
  responses: { 200: json(publicCheckIn, "The check-in"), ...publicProblems },
});

export const answerCheckIn = createRoute({
  method: "post",
  path: "/public/check-ins/{token}/answer",
  tags,
  summary: "The client answers: all fine, or something's wrong (with an optional note and photo)",
  description:
    "multipart/form-data with `answer` (fine | concern), optional `note`, optional `photo` (JPEG, PNG, WebP or HEIC, under 2 MB) and its `view` (default top). Answers once: 410 when already answered, withdrawn or expired. A concern alerts the practitioner.",
  request: {
    params: checkInTokenParam,
    body: { required: true, content: { "multipart/form-data": { schema: checkInAnswerForm } } },
  },
  responses: {
    200: json(publicCheckIn, "Answered"),
    ...publicProblems,
    410: problem("The check-in is no longer open"),
    413: problem("The photo is too large"),
  },
});

export const checkInLogo = createRoute({
  method: "get",
  path: "/public/check-ins/{token}/logo",
  tags,
  summary: "The clinic's logo for the check-in page (PNG)",
  request: { params: checkInTokenParam },
  responses: {
    200: {
      description: "PNG image",
      content: { "image/png": { schema: z.string().meta({ format: "binary" }) } },
    },
    ...publicProblems,
  },
});
