import { createRoute } from "@hono/zod-openapi";
import {
  publicBookingSettingsView,
  savePublicBookingSettingsInput,
} from "../../../shared/contracts/public-booking.ts";
import { json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Clinic"];

export const getSettings = createRoute({
  method: "get",
  path: "/public-booking-settings",
  tags,
  summary: "Online booking: on or off, intro, estimate step, websites allowed to embed it",
  description: "Any staff member may read them; the defaults (on, no websites) until saved.",
  responses: { 200: json(publicBookingSettingsView, "The clinic's online booking"), ...problems },
});

export const putSettings = createRoute({
  method: "put",
  path: "/public-booking-settings",
  tags,
  summary: "Save the online booking settings (owner/admin)",
  description:
    "Allowed websites are origins: https://host[:port] (http only for localhost), no path or trailing slash.",
  request: { body: jsonBody(savePublicBookingSettingsInput) },
  responses: { 200: json(publicBookingSettingsView, "Saved"), ...problems },
});
