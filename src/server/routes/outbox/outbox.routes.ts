import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import { resentMessage } from "../../../shared/contracts/outbox.ts";
import { json, problems, unprocessableProblem } from "../../http/router.ts";

export const postResend = createRoute({
  method: "post",
  path: "/outbox/{id}/resend",
  tags: ["Messages"],
  summary: "Send a failed message again, as a new message (owner/admin/practitioner)",
  description:
    "Copies the failed message's recipient and content into a new outbox message due now; the " +
    "failed one stays as it was, for the record. Only failed messages can be resent: check with " +
    "the recipient first when the failure says delivery was interrupted.",
  request: { params: idParam },
  responses: {
    201: json(resentMessage, "The new message, queued"),
    ...problems,
    ...unprocessableProblem,
  },
});
