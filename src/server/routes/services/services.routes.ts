import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  service,
  serviceInput,
  serviceList,
  serviceListQuery,
  servicePatch,
} from "../../../shared/contracts/services.ts";
import { json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Services"];

export const listServices = createRoute({
  method: "get",
  path: "/services",
  tags,
  summary: "The clinic's services, active only unless includeInactive=true",
  request: { query: serviceListQuery },
  responses: { 200: json(serviceList, "Services by kind, then name"), ...problems },
});

export const createService = createRoute({
  method: "post",
  path: "/services",
  tags,
  summary: "Add a service (owner/admin)",
  request: { body: jsonBody(serviceInput) },
  responses: { 201: json(service, "The new service"), ...problems },
});

export const getService = createRoute({
  method: "get",
  path: "/services/{id}",
  tags,
  summary: "One service",
  request: { params: idParam },
  responses: { 200: json(service, "The service"), ...problems },
});

export const updateService = createRoute({
  method: "patch",
  path: "/services/{id}",
  tags,
  summary: "Change or archive (active: false) a service (owner/admin)",
  description: "Services are never deleted: appointments refer to them.",
  request: { params: idParam, body: jsonBody(servicePatch) },
  responses: { 200: json(service, "The updated service"), ...problems },
});
