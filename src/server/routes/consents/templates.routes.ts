import { createRoute } from "@hono/zod-openapi";
import {
  consentTemplatesView,
  consentTemplateView,
  consentVersionsView,
  kindParam,
  saveConsentTemplateInput,
} from "../../../shared/contracts/consents.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Consent forms"];

export const listTemplates = createRoute({
  method: "get",
  path: "/consent-templates",
  tags,
  summary: "The current version of every consent form, with the clinic's placeholder values",
  responses: { 200: json(consentTemplatesView, "Current forms"), ...problems },
});

export const saveTemplate = createRoute({
  method: "post",
  path: "/consent-templates/{kind}",
  tags,
  summary: "Save an edit as a new version (owners and admins)",
  description:
    "Versions are never changed: the edit becomes version N+1 and every existing signature keeps the text its signer read.",
  request: { params: kindParam, body: jsonBody(saveConsentTemplateInput) },
  responses: {
    201: json(consentTemplateView, "The new version"),
    ...problems,
    ...conflictProblem,
  },
});

export const listVersions = createRoute({
  method: "get",
  path: "/consent-templates/{kind}/versions",
  tags,
  summary: "Every version of one form, newest first",
  request: { params: kindParam },
  responses: { 200: json(consentVersionsView, "Versions"), ...problems },
});
