import { createRoute } from "@hono/zod-openapi";
import {
  portalAppointmentParam,
  portalDocuments,
  portalHome,
  portalPhotos,
  portalPlanParam,
  portalSlugParam,
} from "../../../shared/contracts/portal.ts";
import { json } from "../../http/router.ts";
import { portalProblems } from "./me.routes.ts";

const tags = ["Client portal"];
const pdf = {
  description: "The PDF",
  content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
};

export const home = createRoute({
  method: "get",
  path: "/portal/{slug}/home",
  tags,
  summary: "The client's home: next appointment, plan progress, today's aftercare, pending forms",
  description: "Times are in the location's zone. The read is audited (health data).",
  request: { params: portalSlugParam },
  responses: { 200: json(portalHome, "The client's home"), ...portalProblems },
});

export const documents = createRoute({
  method: "get",
  path: "/portal/{slug}/documents",
  tags,
  summary: "The client's documents: accepted plans and quotes, signed consents, aftercare sheets",
  request: { params: portalSlugParam },
  responses: { 200: json(portalDocuments, "The client's documents"), ...portalProblems },
});

export const planPdf = createRoute({
  method: "get",
  path: "/portal/{slug}/documents/plans/{planId}/pdf",
  tags,
  summary: "The signed PDF of one of the client's accepted plans (with its quote)",
  request: { params: portalPlanParam },
  responses: { 200: pdf, ...portalProblems },
});

export const aftercarePdf = createRoute({
  method: "get",
  path: "/portal/{slug}/documents/aftercare/{appointmentId}/pdf",
  tags,
  summary: "The aftercare sheet of one of the client's signed sessions",
  request: { params: portalAppointmentParam },
  responses: { 200: pdf, ...portalProblems },
});

export const photos = createRoute({
  method: "get",
  path: "/portal/{slug}/photos",
  tags,
  summary: "The photos the clinic shared with the client (signed URLs valid for five minutes)",
  request: { params: portalSlugParam },
  responses: { 200: json(portalPhotos, "Shared photos"), ...portalProblems },
});
