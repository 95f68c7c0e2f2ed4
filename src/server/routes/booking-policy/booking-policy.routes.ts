import { createRoute } from "@hono/zod-openapi";
import { bookingPolicyView, saveBookingPolicyInput } from "../../../shared/contracts/scheduling.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Clinic"];

export const getPolicy = createRoute({
  method: "get",
  path: "/booking-policy",
  tags,
  summary: "Booking rules: cancellation and reschedule notice, deposits, no-shows, holds, waitlist",
  description: "Any staff member may read them (reception explains them to clients).",
  responses: { 200: json(bookingPolicyView, "The clinic's rules, or the defaults"), ...problems },
});

export const putPolicy = createRoute({
  method: "put",
  path: "/booking-policy",
  tags,
  summary: "Replace the booking rules (owner/admin); a stale version gets 409",
  request: { body: jsonBody(saveBookingPolicyInput) },
  responses: { 200: json(bookingPolicyView, "Saved rules"), ...problems, ...conflictProblem },
});
