import { createRoute } from "@hono/zod-openapi";

import { idParam } from "../../../shared/contracts/common.ts";
import {
  bookCourseInput,
  bookedCourse,
  courseMoveInput,
  courseMoveResult,
  courseProposal,
  courseProposalInput,
  groupIdParam,
  holdGroup,
  holdInput,
  movePreview,
  movePreviewInput,
  slotsQuery,
  slotsResponse,
} from "../../../shared/contracts/scheduling.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  noContent,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Scheduling"];

export const slots = createRoute({
  method: "get",
  path: "/slots",
  tags,
  summary: "Free start times for a service",
  description:
    "Every start at which the service fits a practitioner's hours and the location's opening hours, clear of appointments, holds and buffers, with a free room when the service needs one. Without practitionerId, each slot names the first free practitioner.",
  request: { query: slotsQuery },
  responses: { 200: json(slotsResponse, "Free slots, earliest first"), ...problems },
});

export const proposeCourse = createRoute({
  method: "post",
  path: "/plans/{id}/course-proposal",
  tags,
  summary: "Propose dates for every session of an accepted plan",
  description:
    "The earliest course that keeps every healing gap, weighed by the preferences, plus alternatives starting on other days. Pinned sessions keep their chosen time.",
  request: { params: idParam, body: jsonBody(courseProposalInput) },
  responses: {
    200: json(courseProposal, "The proposal"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const bookCourse = createRoute({
  method: "post",
  path: "/plans/{id}/course",
  tags,
  summary: "Book every session of an accepted plan at once",
  description:
    "All sessions or none, in one transaction. 409 names the session and appointment in the way and carries `alternatives`, a fresh proposal.",
  request: { params: idParam, body: jsonBody(bookCourseInput) },
  responses: {
    201: json(bookedCourse, "The booked course"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const hold = createRoute({
  method: "post",
  path: "/holds",
  tags,
  summary: "Hold free slots for a few minutes while choosing",
  request: { body: jsonBody(holdInput) },
  responses: {
    201: json(holdGroup, "The holds and when they expire"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const release = createRoute({
  method: "delete",
  path: "/holds/{groupId}",
  tags,
  summary: "Release held slots",
  request: { params: groupIdParam },
  responses: { ...noContent, ...problems },
});

export const movePreviewRoute = createRoute({
  method: "post",
  path: "/appointments/{id}/move-preview",
  tags,
  summary: "Check a move, and how a course's later sessions would be re-placed",
  request: { params: idParam, body: jsonBody(movePreviewInput) },
  responses: { 200: json(movePreview, "What the move would do"), ...problems },
});

export const courseMove = createRoute({
  method: "post",
  path: "/appointments/{id}/course-move",
  tags,
  summary: "Move an appointment, re-placing its course's later sessions",
  request: { params: idParam, body: jsonBody(courseMoveInput) },
  responses: {
    200: json(courseMoveResult, "The course's appointments after the move"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
