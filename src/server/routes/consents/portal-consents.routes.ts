import { createRoute } from "@hono/zod-openapi";
import {
  clientConsentsView,
  portalKindParams,
  portalSignatureParams,
  signConsentInput,
  signedConsent,
  withdrawnConsent,
} from "../../../shared/contracts/consents.ts";
import { portalSlugParam } from "../../../shared/contracts/portal.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";
import { pdfResponse } from "./client-consents.routes.ts";

const tags = ["Client portal"];

export const portalConsents = createRoute({
  method: "get",
  path: "/portal/{slug}/consents",
  tags,
  summary: "The signed-in client's forms: what to sign and their signed copies",
  request: { params: portalSlugParam },
  responses: { 200: json(clientConsentsView, "Forms"), ...problems, ...conflictProblem },
});

export const portalSign = createRoute({
  method: "post",
  path: "/portal/{slug}/consents/{kind}/sign",
  tags,
  summary: "The signed-in client signs one form with a drawn signature",
  request: { params: portalKindParams, body: jsonBody(signConsentInput) },
  responses: { 201: json(signedConsent, "Signed"), ...problems, ...conflictProblem },
});

export const portalWithdraw = createRoute({
  method: "post",
  path: "/portal/{slug}/consents/photo_marketing/withdraw",
  tags,
  summary: "Stop using my photos for marketing (one click)",
  request: { params: portalSlugParam },
  responses: { 200: json(withdrawnConsent, "Withdrawn"), ...problems, ...conflictProblem },
});

export const portalPdf = createRoute({
  method: "get",
  path: "/portal/{slug}/consents/{signatureId}/pdf",
  tags,
  summary: "The PDF copy of one of my signed forms",
  request: { params: portalSignatureParams },
  responses: { 200: pdfResponse, ...problems, ...conflictProblem },
});
