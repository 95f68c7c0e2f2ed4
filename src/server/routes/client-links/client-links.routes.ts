import { createRoute } from "@hono/zod-openapi";
import {
  clientLinkIdParam,
  clientLinkListQuery,
  consultationPrep,
  createClientLinkInput,
  createdClientLink,
} from "../../../shared/contracts/client-prep.ts";
import { json, jsonBody, noContent, problems, unprocessableProblem } from "../../http/router.ts";

const tags = ["Client prep links"];

export const createLink = createRoute({
  method: "post",
  path: "/client-links",
  tags,
  summary: "Make a prep link for a consultation and email it to the client",
  description:
    "The client opens it on their phone to answer the intake questionnaire and send guided photos before the consultation. The email is discreet. Owners, admins, practitioners and receptionists.",
  request: { body: jsonBody(createClientLinkInput) },
  responses: {
    201: json(createdClientLink, "The link (its secret is shown only now)"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const listLinks = createRoute({
  method: "get",
  path: "/client-links",
  tags,
  summary: "The prep links sent for a consultation, and what the client has done",
  description: "Sent, opened, intake finished, photos finished. No answers or photos here.",
  request: { query: clientLinkListQuery },
  responses: { 200: json(consultationPrep, "Links and progress"), ...problems },
});

export const revokeLink = createRoute({
  method: "post",
  path: "/client-links/{id}/revoke",
  tags,
  summary: "Withdraw a prep link at once",
  request: { params: clientLinkIdParam },
  responses: { ...noContent, ...problems },
});
