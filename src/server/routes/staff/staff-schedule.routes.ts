import { createRoute } from "@hono/zod-openapi";
import {
  memberParam,
  staffHours,
  staffHoursInput,
  timeOffCreated,
  timeOffInput,
  timeOffList,
  timeOffParam,
  timeOffQuery,
} from "../../../shared/contracts/staff.ts";
import { json, jsonBody, noContent, problems } from "../../http/router.ts";

const tags = ["Staff"];

export const replaceHours = createRoute({
  method: "put",
  path: "/staff/{memberId}/hours",
  tags,
  summary: "Replace a practitioner's weekly hours (empty = follows opening hours)",
  description: "A practitioner may set their own hours; owners and admins anyone's.",
  request: { params: memberParam, body: jsonBody(staffHoursInput) },
  responses: { 200: json(staffHours, "The saved weekly hours"), ...problems },
});

export const listTimeOff = createRoute({
  method: "get",
  path: "/staff/{memberId}/time-off",
  tags,
  summary: "A staff member's time off, earliest first",
  description: "Without `from`, lists time off that has not ended yet. At most 500 entries.",
  request: { params: memberParam, query: timeOffQuery },
  responses: { 200: json(timeOffList, "Time off"), ...problems },
});

export const addTimeOff = createRoute({
  method: "post",
  path: "/staff/{memberId}/time-off",
  tags,
  summary: "Add time off",
  description:
    "Saved even when it overlaps booked appointments; `overlappingAppointments` counts them so the UI can warn.",
  request: { params: memberParam, body: jsonBody(timeOffInput) },
  responses: { 201: json(timeOffCreated, "The saved time off"), ...problems },
});

export const deleteTimeOff = createRoute({
  method: "delete",
  path: "/staff/{memberId}/time-off/{id}",
  tags,
  summary: "Remove time off",
  request: { params: timeOffParam },
  responses: { ...noContent, ...problems },
});
