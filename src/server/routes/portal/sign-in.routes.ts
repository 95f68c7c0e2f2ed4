import { createRoute } from "@hono/zod-openapi";
import { problemSchema } from "../../../shared/contracts/common.ts";
import {
  portalBrand,
  portalCodeRequest,
  portalCodeSent,
  portalCodeVerify,
  portalSignedIn,
  portalSlugParam,
} from "../../../shared/contracts/portal.ts";
import { json, jsonBody } from "../../http/router.ts";

const tags = ["Client portal"];
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

export const brand = createRoute({
  method: "get",
  path: "/portal/{slug}/brand",
  tags,
  summary: "The clinic's name and colours for the portal's sign-in page (public)",
  request: { params: portalSlugParam },
  responses: {
    200: json(portalBrand, "The clinic's brand"),
    400: problem("Not a clinic address"),
    404: problem("No clinic at this address"),
  },
});

export const logo = createRoute({
  method: "get",
  path: "/portal/{slug}/logo",
  tags,
  summary: "The clinic's logo for the portal (PNG, public)",
  request: { params: portalSlugParam },
  responses: {
    200: { description: "The logo", content: { "image/png": { schema: { type: "string" } } } },
    400: problem("Not a clinic address"),
    404: problem("No clinic at this address, or no logo"),
  },
});

export const requestCode = createRoute({
  method: "post",
  path: "/portal/{slug}/sign-in/code",
  tags,
  summary: "Email a six-digit sign-in code to a client of this clinic",
  description:
    "Answers 202 whether or not the email belongs to a client (only clients get an email), so the answer reveals nothing. The code works once, for ten minutes. Rate limited per address and per email: 429.",
  request: { params: portalSlugParam, body: jsonBody(portalCodeRequest) },
  responses: {
    202: json(portalCodeSent, "If the email is a client's, a code is on its way"),
    400: problem("Not a valid email address"),
    404: problem("No clinic at this address"),
    429: problem("Too many code requests; wait a minute"),
  },
});

export const verifyCode = createRoute({
  method: "post",
  path: "/portal/{slug}/sign-in/verify",
  tags,
  summary: "Sign in with the emailed code (sets the portal session cookie)",
  description:
    "400 for a wrong code; 410 when the code expired or was tried too often (ask for a new one); 429 when this address tried too often.",
  request: { params: portalSlugParam, body: jsonBody(portalCodeVerify) },
  responses: {
    200: json(portalSignedIn, "Signed in"),
    400: problem("Wrong code"),
    404: problem("No clinic at this address"),
    410: problem("The code expired or was tried too often"),
    429: problem("Too many attempts; wait a minute"),
  },
});
