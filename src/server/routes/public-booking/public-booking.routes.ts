import { createRoute } from "@hono/zod-openapi";
import { problemSchema } from "../../../shared/contracts/common.ts";
import {
  bookingRequestView,
  publicBookingConfig,
  publicBookingConfirmed,
  publicConfirmInput,
  publicDetailsInput,
  publicHoldInput,
  publicSlots,
  publicSlotsQuery,
  requestParam,
  slugParam,
} from "../../../shared/contracts/public-booking.ts";
import { json, jsonBody } from "../../http/router.ts";

const tags = ["Online booking"];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/**
 * No sign-in and no cookies: the clinic's slug (and, after the hold, the request's id) name what
 * is booked. Another website may call these routes only if the clinic lists it (CORS).
 */
const publicProblems = {
  400: problem("The request is not valid"),
  403: problem("Called from a website the clinic has not allowed"),
  404: problem("No clinic at this address, or no such booking in progress"),
  410: problem("The clinic takes no online bookings now, or this booking can no longer go ahead"),
  429: problem("Too many requests; see Retry-After"),
} as const;

export const getConfig = createRoute({
  method: "get",
  path: "/public/booking/{slug}",
  tags,
  summary: "What the booking widget shows: clinic, consultations, modes, places, people, estimate",
  description:
    "Consultation services only: treatment sessions are never booked online. The estimate gives, per Norwood and Ludwig picture, the sessions and price range the clinic's own plan settings produce.",
  request: { params: slugParam },
  responses: { 200: json(publicBookingConfig, "The clinic's online booking"), ...publicProblems },
});

export const getSlots = createRoute({
  method: "get",
  path: "/public/booking/{slug}/slots",
  tags,
  summary: "Free consultation times over up to 14 days (minimum notice and horizon apply)",
  request: { params: slugParam, query: publicSlotsQuery },
  responses: {
    200: json(publicSlots, "Free times"),
    ...publicProblems,
    422: problem("The service cannot be booked online"),
  },
});

export const hold = createRoute({
  method: "post",
  path: "/public/booking/{slug}/hold",
  tags,
  summary: "Hold a time while the person gives their details; opens a booking request",
  description:
    'Held for the clinic\'s hold length. A practitioner of "any" is the first free one. 409 when the time was just taken.',
  request: { params: slugParam, body: jsonBody(publicHoldInput) },
  responses: {
    201: json(bookingRequestView, "Held"),
    ...publicProblems,
    409: problem("That time has just been taken"),
    422: problem("The service cannot be booked online"),
  },
});

export const details = createRoute({
  method: "post",
  path: "/public/booking/{slug}/requests/{requestId}/details",
  tags,
  summary: "Give name, email, phone, mode and estimate; a 6-digit code is emailed",
  description:
    "The code works for 10 minutes and once; the held time is extended to match. At most one code every 30 seconds and 5 per booking, and a few per email address and network an hour (429 with Retry-After).",
  request: { params: requestParam, body: jsonBody(publicDetailsInput) },
  responses: {
    200: json(bookingRequestView, "Details saved and code sent"),
    ...publicProblems,
    409: problem("Already confirmed, or the time was taken meanwhile"),
  },
});

export const resend = createRoute({
  method: "post",
  path: "/public/booking/{slug}/requests/{requestId}/resend",
  tags,
  summary: "Email a new code (the previous one stops working)",
  request: { params: requestParam },
  responses: {
    200: json(bookingRequestView, "Code sent"),
    ...publicProblems,
    409: problem("Already confirmed, or the time was taken meanwhile"),
    422: problem("No details given yet"),
  },
});

export const confirm = createRoute({
  method: "post",
  path: "/public/booking/{slug}/requests/{requestId}/confirm",
  tags,
  summary: "Confirm with the emailed code: books the consultation and returns the prep link",
  description:
    "A wrong code costs one of 5 tries (then the booking is stopped, 410); an expired code is 422. Confirming twice is 409, never a second booking. A time taken meanwhile is 409 with nothing booked.",
  request: { params: requestParam, body: jsonBody(publicConfirmInput) },
  responses: {
    200: json(publicBookingConfirmed, "Booked"),
    ...publicProblems,
    409: problem("Already confirmed, or the time was taken meanwhile"),
    422: problem("Wrong or expired code"),
  },
});

export const logo = createRoute({
  method: "get",
  path: "/public/booking/{slug}/logo",
  tags,
  summary: "The clinic's logo (PNG)",
  request: { params: slugParam },
  responses: {
    200: {
      description: "PNG image",
      content: { "image/png": { schema: { type: "string" as const } } },
    },
    ...publicProblems,
  },
});
