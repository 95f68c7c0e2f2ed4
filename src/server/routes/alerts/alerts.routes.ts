import { createRoute } from "@hono/zod-openapi";
import { alertsQuery, staffAlertDetail, staffAlertList } from "../../../shared/contracts/alerts.ts";
import { idParam } from "../../../shared/contracts/common.ts";
import { json, noContent, problems } from "../../http/router.ts";

const tags = ["Alerts"];

export const list = createRoute({
  method: "get",
  path: "/alerts",
  tags,
  summary: "The signed-in member's alerts and the clinic-wide ones, unread first (clinical roles)",
  request: { query: alertsQuery },
  responses: { 200: json(staffAlertList, "Alerts and the unread count"), ...problems },
});

export const detail = createRoute({
  method: "get",
  path: "/alerts/{id}",
  tags,
  summary: "One alert with what the client said (audited read of health data)",
  request: { params: idParam },
  responses: { 200: json(staffAlertDetail, "The alert"), ...problems },
});

export const markRead = createRoute({
  method: "post",
  path: "/alerts/{id}/read",
  tags,
  summary: "Mark an alert as read (for everyone it was for)",
  request: { params: idParam },
  responses: { ...noContent, ...problems },
});
