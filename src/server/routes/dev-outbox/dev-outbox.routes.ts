import { createRoute } from "@hono/zod-openapi";
import { devOutbox, devOutboxQuery } from "../../../shared/contracts/outbox.ts";
import { json, problems } from "../../http/router.ts";

export const getDevOutbox = createRoute({
  method: "get",
  path: "/dev/outbox",
  tags: ["Development"],
  summary: "Emails and SMS Stipple would have sent (only while no SMTP server is configured)",
  description:
    "Newest first, at most 100; `to` filters by recipient. 404 as soon as SMTP is configured.",
  request: { query: devOutboxQuery },
  responses: { 200: json(devOutbox, "The dev outbox"), ...problems },
});
