import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import { photoShareBody, photoShareResult } from "../../../shared/contracts/portal.ts";
import { json, jsonBody, problems } from "../../http/router.ts";

export const sharePhoto = createRoute({
  method: "post",
  path: "/photos/{id}/share",
  tags: ["Photos"],
  summary: "Share a photo with the client in their portal, or stop sharing it (clinical staff)",
  description: "Audited. The client sees shared photos under Photos in the portal.",
  request: { params: idParam, body: jsonBody(photoShareBody) },
  responses: { 200: json(photoShareResult, "The photo's sharing"), ...problems },
});
