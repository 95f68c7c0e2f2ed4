import { createRoute } from "@hono/zod-openapi";
import { checkInAnswerForm } from "../../../shared/contracts/check-ins.ts";
import {
  appointmentIdParam,
  concernForm,
  concernReported,
  entryIdParam,
  portalCheckIns,
  portalJoinWaitlistInput,
  portalWaitlist,
  portalWaitlistEntry,
} from "../../../shared/contracts/portal-booking.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";
import { slugParam } from "./course.routes.ts";

const waitlistTags = ["Portal: waitlist"];
const careTags = ["Portal: check-ins"];

const multipart = <T>(schema: T) => ({
  required: true,
  content: { "multipart/form-data": { schema } },
});

export const waitlist = createRoute({
  method: "get",
  path: "/portal/{slug}/waitlist",
  tags: waitlistTags,
  summary:
    "The client's waitlist entries, with the services, locations and practitioners to choose",
  request: { params: slugParam },
  responses: { 200: json(portalWaitlist, "Entries and choices"), ...problems },
});

export const joinWaitlist = createRoute({
  method: "post",
  path: "/portal/{slug}/waitlist",
  tags: waitlistTags,
  summary: "Join the waitlist for an earlier time",
  request: { params: slugParam, body: jsonBody(portalJoinWaitlistInput) },
  responses: { 201: json(portalWaitlistEntry, "The entry"), ...problems, ...unprocessableProblem },
});

export const leaveWaitlist = createRoute({
  method: "post",
  path: "/portal/{slug}/waitlist/{id}/leave",
  tags: waitlistTags,
  summary: "Leave the waitlist",
  request: { params: entryIdParam },
  responses: { 200: json(portalWaitlistEntry, "The entry"), ...problems, ...conflictProblem },
});

export const checkIns = createRoute({
  method: "get",
  path: "/portal/{slug}/check-ins",
  tags: careTags,
  summary: "Check-ins waiting for the client's answer, and visits a concern can be reported about",
  request: { params: slugParam },
  responses: { 200: json(portalCheckIns, "Check-ins and visits"), ...problems },
});

export const answerCheckIn = createRoute({
  method: "post",
  path: "/portal/{slug}/check-ins/{id}/answer",
  tags: careTags,
  summary: "Answer a check-in: all fine, or something's wrong with a note and optional photo",
  description:
    "multipart/form-data as the check-in link takes it. A concern alerts the practitioner (in the app and by a discreet email). 410 when already answered or closed.",
  request: { params: appointmentIdParam, body: multipart(checkInAnswerForm) },
  responses: {
    200: json(concernReported, "Answered"),
    ...problems,
    ...unprocessableProblem,
    410: json(concernReported, "The check-in is closed"),
  },
});

export const reportConcern = createRoute({
  method: "post",
  path: "/portal/{slug}/concerns",
  tags: careTags,
  summary: "Report a concern about a past visit, with an optional photo",
  description:
    "multipart/form-data with `appointmentId`, `note` and optional `photo`. Raises an alert for the practitioner and emails them discreetly. 409 when a concern was already sent about that visit today.",
  request: { params: slugParam, body: multipart(concernForm) },
  responses: {
    201: json(concernReported, "Reported"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
