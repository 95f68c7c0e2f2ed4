import { createRoute } from "@hono/zod-openapi";
import {
  client,
  clientInput,
  clientList,
  clientListQuery,
  clientPatch,
} from "../../../shared/contracts/clients.ts";
import { idParam } from "../../../shared/contracts/common.ts";
import { json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Clients"];

export const listClients = createRoute({
  method: "get",
  path: "/clients",
  tags,
  summary: "Search and page through clients",
  request: { query: clientListQuery },
  responses: { 200: json(clientList, "A page of clients"), ...problems },
});

export const createClient = createRoute({
  method: "post",
  path: "/clients",
  tags,
  summary: "Add a client",
  request: { body: jsonBody(clientInput) },
  responses: { 201: json(client, "The new client"), ...problems },
});

export const getClient = createRoute({
  method: "get",
  path: "/clients/{id}",
  tags,
  summary: "One client's details",
  request: { params: idParam },
  responses: { 200: json(client, "The client"), ...problems },
});

export const updateClient = createRoute({
  method: "patch",
  path: "/clients/{id}",
  tags,
  summary: "Change a client's details",
  request: { params: idParam, body: jsonBody(clientPatch) },
  responses: { 200: json(client, "The updated client"), ...problems },
});
