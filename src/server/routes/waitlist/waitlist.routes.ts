import { createRoute } from "@hono/zod-openapi";
import { idParam, problemSchema } from "../../../shared/contracts/common.ts";
import {
  joinWaitlistInput,
  waitlistAccepted,
  waitlistEntry,
  waitlistOfferList,
  waitlistQuery,
  waitlistView,
} from "../../../shared/contracts/waitlist.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Waitlist"];

/** An offer already answered, withdrawn or past its expiry. */
export const goneProblem = {
  410: {
    description: "The offer is no longer open",
    content: { "application/problem+json": { schema: problemSchema } },
  },
} as const;

export const list = createRoute({
  method: "get",
  path: "/waitlist",
  tags,
  summary: "A location's waitlist in queue order, with each entry's current offer",
  request: { query: waitlistQuery },
  responses: { 200: json(waitlistView, "The waitlist"), ...problems },
});

export const join = createRoute({
  method: "post",
  path: "/waitlist",
  tags,
  summary: "Add a client to the waitlist for an earlier date",
  description:
    "The client joins behind everyone already waiting at the location. When time frees up for the practitioner (or anyone, without practitionerId), the first entry it suits is offered it with a hold.",
  request: { body: jsonBody(joinWaitlistInput) },
  responses: {
    201: json(waitlistEntry, "The new entry"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const withdraw = createRoute({
  method: "post",
  path: "/waitlist/{id}/withdraw",
  tags,
  summary: "Take a client off the waitlist",
  description:
    "A pending offer is withdrawn and its time offered to the next person waiting. Withdrawing twice is harmless; a booked entry answers 409.",
  request: { params: idParam },
  responses: { 200: json(waitlistEntry, "The entry"), ...problems, ...conflictProblem },
});

export const offers = createRoute({
  method: "get",
  path: "/waitlist/{id}/offers",
  tags,
  summary: "Every offer made to a waitlist entry, newest first",
  request: { params: idParam },
  responses: { 200: json(waitlistOfferList, "The offers"), ...problems },
});

export const accept = createRoute({
  method: "post",
  path: "/waitlist/{id}/accept",
  tags,
  summary: "Accept the entry's pending offer for the client (e.g. on the phone)",
  description:
    "Books the offered time (or moves the client's appointment earlier) and releases the hold. 409 when there is no pending offer or the time was booked meanwhile; 410 when the offer has expired.",
  request: { params: idParam },
  responses: {
    200: json(waitlistAccepted, "Booked"),
    ...problems,
    ...conflictProblem,
    ...goneProblem,
    ...unprocessableProblem,
  },
});

export const decline = createRoute({
  method: "post",
  path: "/waitlist/{id}/decline",
  tags,
  summary: "Decline the entry's pending offer for the client",
  description:
    "The client keeps their place on the waitlist; the time is offered to the next person waiting.",
  request: { params: idParam },
  responses: {
    200: json(waitlistEntry, "The entry, waiting again"),
    ...problems,
    ...conflictProblem,
    ...goneProblem,
  },
});
