import { createRoute } from "@hono/zod-openapi";
import { portalMe, portalSlugParam } from "../../../shared/contracts/portal.ts";
import { json, problems } from "../../http/router.ts";

export const portalProblems = {
  ...problems,
  409: {
    description: "Several clients of the clinic share this email",
    content: {
      "application/problem+json": {
        schema: problems[400].content["application/problem+json"].schema,
      },
    },
  },
} as const;

export const me = createRoute({
  method: "get",
  path: "/portal/{slug}/me",
  tags: ["Client portal"],
  summary: "The signed-in client: name, email and the clinic's brand",
  request: { params: portalSlugParam },
  responses: { 200: json(portalMe, "The signed-in client"), ...portalProblems },
});
