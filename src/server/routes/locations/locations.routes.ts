import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  hoursInput,
  hoursList,
  location,
  locationDayParam,
  locationInput,
  locationList,
  locationPatch,
  room,
  roomInput,
  roomPatch,
  specialDay,
  specialDayInput,
  specialDayList,
  specialDaysQuery,
} from "../../../shared/contracts/locations.ts";
import { conflictProblem, json, jsonBody, noContent, problems } from "../../http/router.ts";

const tags = ["Locations"];

export const listLocations = createRoute({
  method: "get",
  path: "/locations",
  tags,
  summary: "Every location with its weekly hours and rooms",
  responses: { 200: json(locationList, "The clinic's locations"), ...problems },
});

export const createLocation = createRoute({
  method: "post",
  path: "/locations",
  tags,
  summary: "Add a location, optionally with weekly hours and rooms (owner/admin)",
  request: { body: jsonBody(locationInput) },
  responses: { 201: json(location, "The new location"), ...problems },
});

export const getLocation = createRoute({
  method: "get",
  path: "/locations/{id}",
  tags,
  summary: "One location",
  request: { params: idParam },
  responses: { 200: json(location, "The location"), ...problems },
});

export const updateLocation = createRoute({
  method: "patch",
  path: "/locations/{id}",
  tags,
  summary: "Change a location; deactivating one with future bookings is refused (owner/admin)",
  request: { params: idParam, body: jsonBody(locationPatch) },
  responses: { 200: json(location, "The updated location"), ...problems, ...conflictProblem },
});

export const replaceHours = createRoute({
  method: "put",
  path: "/locations/{id}/hours",
  tags,
  summary: "Replace the weekly opening hours (owner/admin)",
  description:
    "Local wall-clock times in the location's zone, so 09:00 stays 09:00 across clock changes. " +
    "A day may have several intervals (e.g. a lunch break); a day with none is closed.",
  request: { params: idParam, body: jsonBody(hoursInput) },
  responses: { 200: json(hoursList, "The new weekly hours"), ...problems },
});

export const listSpecialDays = createRoute({
  method: "get",
  path: "/locations/{id}/special-days",
  tags,
  summary: "Closures and special hours, by date",
  request: { params: idParam, query: specialDaysQuery },
  responses: { 200: json(specialDayList, "Special days in the range"), ...problems },
});

export const createSpecialDay = createRoute({
  method: "post",
  path: "/locations/{id}/special-days",
  tags,
  summary: "Add a closure or special hours on one date (owner/admin)",
  description: "A date that already has an entry gives 409: delete that entry first.",
  request: { params: idParam, body: jsonBody(specialDayInput) },
  responses: { 201: json(specialDay, "The new special day"), ...problems, ...conflictProblem },
});

export const deleteSpecialDay = createRoute({
  method: "delete",
  path: "/locations/{id}/special-days/{dayId}",
  tags,
  summary: "Remove a closure or special hours (owner/admin)",
  request: { params: locationDayParam },
  responses: { ...noContent, ...problems },
});

export const createRoom = createRoute({
  method: "post",
  path: "/locations/{id}/rooms",
  tags,
  summary: "Add a room to a location (owner/admin)",
  request: { params: idParam, body: jsonBody(roomInput) },
  responses: { 201: json(room, "The new room"), ...problems, ...conflictProblem },
});

export const updateRoom = createRoute({
  method: "patch",
  path: "/rooms/{id}",
  tags,
  summary: "Rename, deactivate or reactivate a room (owner/admin)",
  request: { params: idParam, body: jsonBody(roomPatch) },
  responses: { 200: json(room, "The updated room"), ...problems, ...conflictProblem },
});
