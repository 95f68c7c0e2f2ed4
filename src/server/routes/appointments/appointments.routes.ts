import { createRoute } from "@hono/zod-openapi";
import {
  appointment,
  appointmentList,
  bookAppointmentInput,
  cancelAppointmentInput,
  clientAppointmentsQuery,
  dayQuery,
  dayView,
  moveAppointmentInput,
} from "../../../shared/contracts/appointments.ts";
import { idParam } from "../../../shared/contracts/common.ts";
import { cancellationPreview, noShowInput } from "../../../shared/contracts/scheduling.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Appointments"];

export const getDay = createRoute({
  method: "get",
  path: "/appointments/day",
  tags,
  summary: "One day at a location: hours, practitioners, rooms and appointments",
  request: { query: dayQuery },
  responses: { 200: json(dayView, "The day"), ...problems },
});

export const listForClient = createRoute({
  method: "get",
  path: "/appointments",
  tags,
  summary: "A client's appointments, past and future",
  request: { query: clientAppointmentsQuery },
  responses: { 200: json(appointmentList, "Appointments, oldest first"), ...problems },
});

export const book = createRoute({
  method: "post",
  path: "/appointments",
  tags,
  summary: "Book an appointment",
  description:
    "Refused with 409 naming the clash when the practitioner or room is already taken (buffers included).",
  request: { body: jsonBody(bookAppointmentInput) },
  responses: {
    201: json(appointment, "The booked appointment"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const move = createRoute({
  method: "patch",
  path: "/appointments/{id}",
  tags,
  summary: "Move an appointment (time, practitioner or room)",
  request: { params: idParam, body: jsonBody(moveAppointmentInput) },
  responses: {
    200: json(appointment, "The moved appointment"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const cancel = createRoute({
  method: "post",
  path: "/appointments/{id}/cancel",
  tags,
  summary: "Cancel an appointment",
  request: { params: idParam, body: jsonBody(cancelAppointmentInput) },
  responses: {
    200: json(appointment, "The cancelled appointment"),
    ...problems,
    ...unprocessableProblem,
  },
});

export const cancellationTerms = createRoute({
  method: "get",
  path: "/appointments/{id}/cancellation-terms",
  tags,
  summary: "What cancelling now would mean under the clinic's booking rules",
  request: { params: idParam },
  responses: { 200: json(cancellationPreview, "Late or not, and the deposit"), ...problems },
});

export const noShow = createRoute({
  method: "post",
  path: "/appointments/{id}/no-show",
  tags,
  summary: "Record that the client did not come",
  request: { params: idParam, body: jsonBody(noShowInput) },
  responses: {
    200: json(appointment, "The appointment, marked a no-show"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
