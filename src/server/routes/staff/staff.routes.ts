import { createRoute } from "@hono/zod-openapi";
import {
  invitationParam,
  inviteStaffInput,
  memberParam,
  pendingInvitation,
  staffList,
  staffMember,
  staffPatch,
} from "../../../shared/contracts/staff.ts";
import { conflictProblem, json, jsonBody, noContent, problems } from "../../http/router.ts";

const tags = ["Staff"];

export const listStaff = createRoute({
  method: "get",
  path: "/staff",
  tags,
  summary: "The clinic's staff and pending invitations",
  responses: { 200: json(staffList, "Staff, active first, and pending invitations"), ...problems },
});

export const inviteStaff = createRoute({
  method: "post",
  path: "/staff/invitations",
  tags,
  summary: "Invite someone to join the clinic (owner or admin)",
  description:
    "Emails an invitation link that works for seven days. Only an owner may invite an owner. 409 when the email is already a member or already has a pending invitation (resend it instead).",
  request: { body: jsonBody(inviteStaffInput) },
  responses: {
    201: json(pendingInvitation, "The invitation"),
    ...problems,
    ...conflictProblem,
  },
});

export const resendInvitation = createRoute({
  method: "post",
  path: "/staff/invitations/{id}/resend",
  tags,
  summary: "Send a pending invitation again, valid for another seven days",
  request: { params: invitationParam },
  responses: {
    200: json(pendingInvitation, "The renewed invitation"),
    ...problems,
    ...conflictProblem,
  },
});

export const cancelInvitation = createRoute({
  method: "delete",
  path: "/staff/invitations/{id}",
  tags,
  summary: "Cancel a pending invitation",
  request: { params: invitationParam },
  responses: { ...noContent, ...problems, ...conflictProblem },
});

export const updateStaff = createRoute({
  method: "patch",
  path: "/staff/{memberId}",
  tags,
  summary: "Change a staff member's role or calendar colour (owner or admin)",
  description:
    "Only an owner may grant or remove the owner role; nobody may change their own role; a clinic always keeps at least one active owner (409).",
  request: { params: memberParam, body: jsonBody(staffPatch) },
  responses: { 200: json(staffMember, "The staff member"), ...problems, ...conflictProblem },
});

export const deactivateStaff = createRoute({
  method: "post",
  path: "/staff/{memberId}/deactivate",
  tags,
  summary: "Deactivate a staff member and sign them out of this clinic",
  description: "Not yourself, and not the last active owner (409).",
  request: { params: memberParam },
  responses: { 200: json(staffMember, "The staff member"), ...problems, ...conflictProblem },
});

export const reactivateStaff = createRoute({
  method: "post",
  path: "/staff/{memberId}/reactivate",
  tags,
  summary: "Let a deactivated staff member sign in again",
  request: { params: memberParam },
  responses: { 200: json(staffMember, "The staff member"), ...problems },
});
