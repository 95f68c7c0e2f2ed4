import { createRoute } from "@hono/zod-openapi";
import { devOutbox, devOutboxQuery } from "../../../shared/contracts/outbox.ts";
import { json, problems } from "../../http/router.ts";

export const getDevOutbox = createRoute({
  method: "get",
  path: "/dev/outbox",
  tags: ["Development"],
  summary: "Emails and SMS Stipple would have sent (only for channels with no real transport)",
  description:
    "Newest first, at most 100, with status, due time and errors; `to` filters by recipient and " +
    "`channel` by email or sms. Lists only channels with no SMTP server or SMS provider " +
    "configured; 404 once both are.",
  request: { query: devOutboxQuery },
  responses: { 200: json(devOutbox, "The dev outbox"), ...problems },
});
