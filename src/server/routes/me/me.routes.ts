import { createRoute } from "@hono/zod-openapi";
import { me } from "../../../shared/contracts/me.ts";
import { json, problems } from "../../http/router.ts";

export const getMe = createRoute({
  method: "get",
  path: "/me",
  tags: ["Account"],
  summary: "The signed-in staff member, their role and clinic",
  responses: { 200: json(me, "Who is signed in"), ...problems },
});
