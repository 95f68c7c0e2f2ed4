import { createRoute } from "@hono/zod-openapi";
import {
  acceptInvitationInput,
  acceptInvitationResult,
  publicInvitation,
} from "../../../shared/contracts/invitations.ts";
import { invitationParam } from "../../../shared/contracts/staff.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Invitations"];

export const getInvitation = createRoute({
  method: "get",
  path: "/invitations/{id}",
  tags,
  summary: "An invitation, as the invitee sees it (no sign-in)",
  request: { params: invitationParam },
  responses: { 200: json(publicInvitation, "The invitation"), ...problems },
});

export const acceptInvitation = createRoute({
  method: "post",
  path: "/invitations/{id}/accept",
  tags,
  summary: "Accept an invitation: create the account and join the clinic (no sign-in)",
  description:
    "Refused with 409 when the invitation is no longer pending or has expired, or when the email already has a Stipple account. The caller then signs in with the email and password.",
  request: { params: invitationParam, body: jsonBody(acceptInvitationInput) },
  responses: {
    201: json(acceptInvitationResult, "Account created and joined"),
    ...problems,
    ...conflictProblem,
  },
});
