import { createRoute } from "@hono/zod-openapi";
import {
  appointmentIdParam,
  cancelInput,
  changeTerms,
  portalAppointment,
  portalAppointments,
  rescheduleInput,
  rescheduleOptions,
  rescheduleOptionsQuery,
  reschedulePreview,
  reschedulePreviewQuery,
} from "../../../shared/contracts/portal-booking.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";
import { slugParam } from "./course.routes.ts";

const tags = ["Portal: appointments"];

export const list = createRoute({
  method: "get",
  path: "/portal/{slug}/appointments",
  tags,
  summary: "The signed-in client's upcoming and past appointments",
  request: { params: slugParam },
  responses: { 200: json(portalAppointments, "The appointments"), ...problems },
});

export const terms = createRoute({
  method: "get",
  path: "/portal/{slug}/appointments/{id}/change-terms",
  tags,
  summary: "What moving or cancelling this appointment now means under the clinic's rules",
  request: { params: appointmentIdParam },
  responses: { 200: json(changeTerms, "The terms"), ...problems, ...unprocessableProblem },
});

export const options = createRoute({
  method: "get",
  path: "/portal/{slug}/appointments/{id}/reschedule-options",
  tags,
  summary: "Free times the appointment may move to (a course session keeps its healing gaps)",
  request: { params: appointmentIdParam, query: rescheduleOptionsQuery },
  responses: {
    200: json(rescheduleOptions, "Times and terms"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const preview = createRoute({
  method: "get",
  path: "/portal/{slug}/appointments/{id}/reschedule-preview",
  tags,
  summary: "Whether a move to this time is possible, and its consequence, before confirming",
  request: { params: appointmentIdParam, query: reschedulePreviewQuery },
  responses: { 200: json(reschedulePreview, "The preview"), ...problems, ...unprocessableProblem },
});

export const reschedule = createRoute({
  method: "post",
  path: "/portal/{slug}/appointments/{id}/reschedule",
  tags,
  summary: "Move the appointment at the client's request",
  description:
    "Re-checks the booking rules (notice, limit) and the time; counts against the reschedule limit; re-plans reminders. 422 when the rules refuse it, 409 when the time was taken meanwhile.",
  request: { params: appointmentIdParam, body: jsonBody(rescheduleInput) },
  responses: {
    200: json(portalAppointment, "The moved appointment"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const cancel = createRoute({
  method: "post",
  path: "/portal/{slug}/appointments/{id}/cancel",
  tags,
  summary: "Cancel the appointment; the clinic's rules decide whether the deposit is kept",
  request: { params: appointmentIdParam, body: jsonBody(cancelInput) },
  responses: {
    200: json(portalAppointment, "The cancelled appointment"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
