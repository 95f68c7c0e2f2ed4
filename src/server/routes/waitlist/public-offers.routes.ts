import { createRoute } from "@hono/zod-openapi";
import { problemSchema } from "../../../shared/contracts/common.ts";
import { offerTokenParam, publicWaitlistOffer } from "../../../shared/contracts/waitlist.ts";
import { conflictProblem, json, unprocessableProblem } from "../../http/router.ts";
import { goneProblem } from "./waitlist.routes.ts";

const tags = ["Waitlist"];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** No sign-in: the secret in the client's link is the key. */
const publicProblems = {
  400: problem("The link is not valid"),
  404: problem("No offer has this link"),
  429: problem("Too many attempts from this address; wait a minute"),
} as const;

export const getOffer = createRoute({
  method: "get",
  path: "/public/waitlist-offers/{token}",
  tags,
  summary: "A waitlist offer as the client sees it (public: the link's secret is the key)",
  description:
    "Clinic, service, time in the location's zone and expiry. An answered or expired offer is still shown, with its status.",
  request: { params: offerTokenParam },
  responses: { 200: json(publicWaitlistOffer, "The offer"), ...publicProblems },
});

export const acceptOffer = createRoute({
  method: "post",
  path: "/public/waitlist-offers/{token}/accept",
  tags,
  summary: "The client accepts the offer: the appointment is booked",
  request: { params: offerTokenParam },
  responses: {
    200: json(publicWaitlistOffer, "Accepted and booked"),
    ...publicProblems,
    ...conflictProblem,
    ...goneProblem,
    ...unprocessableProblem,
  },
});

export const declineOffer = createRoute({
  method: "post",
  path: "/public/waitlist-offers/{token}/decline",
  tags,
  summary: "The client declines the offer and stays on the waitlist",
  request: { params: offerTokenParam },
  responses: {
    200: json(publicWaitlistOffer, "Declined"),
    ...publicProblems,
    ...goneProblem,
  },
});

export const offerLogo = createRoute({
  method: "get",
  path: "/public/waitlist-offers/{token}/logo",
  tags,
  summary: "The clinic's logo for the offer page (PNG)",
  request: { params: offerTokenParam },
  responses: {
    200: {
      description: "PNG image",
      content: { "image/png": { schema: { type: "string" as const } } },
    },
    ...publicProblems,
  },
});
