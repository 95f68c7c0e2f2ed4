import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  clientConsentParams,
  clientConsentsView,
  clientSignatureParams,
  signConsentInput,
  signedConsent,
  withdrawnConsent,
} from "../../../shared/contracts/consents.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Consent forms"];

export const pdfResponse = {
  description: "PDF",
  content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
};

export const clientConsents = createRoute({
  method: "get",
  path: "/clients/{id}/consents",
  tags,
  summary: "A client's consent forms: state per form and signed copies (audited)",
  request: { params: idParam },
  responses: { 200: json(clientConsentsView, "The client's consents"), ...problems },
});

export const signAtClinic = createRoute({
  method: "post",
  path: "/clients/{id}/consents/{kind}/sign",
  tags,
  summary:
    "The client signs a form on the clinic's tablet, witnessed by the signed-in staff member",
  description:
    "Send the template id, version and fingerprint the client was shown: a form changed meanwhile answers 409.",
  request: { params: clientConsentParams, body: jsonBody(signConsentInput) },
  responses: { 201: json(signedConsent, "Signed"), ...problems, ...conflictProblem },
});

export const withdrawAtClinic = createRoute({
  method: "post",
  path: "/clients/{id}/consents/photo_marketing/withdraw",
  tags,
  summary: "Withdraw the client's photo-marketing consent; their photos go back to clinical use",
  request: { params: idParam },
  responses: { 200: json(withdrawnConsent, "Withdrawn"), ...problems, ...conflictProblem },
});

export const clientConsentPdf = createRoute({
  method: "get",
  path: "/clients/{id}/consents/{signatureId}/pdf",
  tags,
  summary: "The PDF copy of a signed form (audited)",
  request: { params: clientSignatureParams },
  responses: { 200: pdfResponse, ...problems },
});
