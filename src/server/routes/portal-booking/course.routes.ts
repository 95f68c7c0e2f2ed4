import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  holdGroupParam,
  planIdParam,
  portalBookedCourse,
  portalBookInput,
  portalHoldInput,
  portalPlans,
  portalProposalInput,
  sessionTimesQuery,
} from "../../../shared/contracts/portal-booking.ts";
import { courseProposal, holdGroup, slotsResponse } from "../../../shared/contracts/scheduling.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  noContent,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Portal: booking"];
export const slugParam = z.object({ slug: z.string().min(1).max(100) });

export const plans = createRoute({
  method: "get",
  path: "/portal/{slug}/course-plans",
  tags,
  summary: "The signed-in client's accepted plans, with sessions booked and to book",
  request: { params: slugParam },
  responses: { 200: json(portalPlans, "The plans"), ...problems },
});

export const proposal = createRoute({
  method: "post",
  path: "/portal/{slug}/course-plans/{planId}/proposal",
  tags,
  summary: "Propose times for every session of the plan, keeping its healing gaps",
  description:
    "The staff course proposal for the client's own accepted plan: the plan's practitioner is preferred unless another is chosen. 422 when the plan is already booked or screening does not allow online booking.",
  request: { params: planIdParam, body: jsonBody(portalProposalInput) },
  responses: { 200: json(courseProposal, "The proposal"), ...problems, ...unprocessableProblem },
});

export const sessionTimes = createRoute({
  method: "get",
  path: "/portal/{slug}/course-plans/{planId}/session-times",
  tags,
  summary: "Free times for one session of the plan (to change it)",
  request: { params: planIdParam, query: sessionTimesQuery },
  responses: { 200: json(slotsResponse, "Free times"), ...problems, ...unprocessableProblem },
});

export const hold = createRoute({
  method: "post",
  path: "/portal/{slug}/course-plans/{planId}/holds",
  tags,
  summary: "Hold the chosen times while the client confirms",
  description:
    "Replaces the holds of `groupId` (the client's own only). 409 when a time is no longer free.",
  request: { params: planIdParam, body: jsonBody(portalHoldInput) },
  responses: {
    201: json(holdGroup, "The held times"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const release = createRoute({
  method: "delete",
  path: "/portal/{slug}/holds/{groupId}",
  tags,
  summary: "Let go of the client's held times",
  request: { params: holdGroupParam },
  responses: { ...noContent, ...problems },
});

export const book = createRoute({
  method: "post",
  path: "/portal/{slug}/course-plans/{planId}/book",
  tags,
  summary: "Book every session of the plan at once: all of them or none",
  description:
    "409 naming the session whose time was lost, with a fresh proposal in `alternatives`; nothing is booked then.",
  request: { params: planIdParam, body: jsonBody(portalBookInput) },
  responses: {
    201: json(portalBookedCourse, "The booked sessions"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
