import { createRoute } from "@hono/zod-openapi";
import {
  clinicalSettingsInput,
  clinicalSettingsView,
} from "../../../shared/contracts/clinical-settings.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Clinic"];

export const getSettings = createRoute({
  method: "get",
  path: "/clinical-settings",
  tags,
  summary: "Screening rules, plan defaults and prices (defaults from the SMP reference)",
  responses: { 200: json(clinicalSettingsView, "Current settings and the defaults"), ...problems },
});

export const putSettings = createRoute({
  method: "put",
  path: "/clinical-settings",
  tags,
  summary: "Replace the clinical settings (owner/admin); the next plan uses them",
  request: { body: jsonBody(clinicalSettingsInput) },
  responses: { 200: json(clinicalSettingsView, "Saved settings"), ...problems, ...conflictProblem },
});
