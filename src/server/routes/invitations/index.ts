import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./invitations.handlers.ts";
import * as routes from "./invitations.routes.ts";

/** Public: the invitee has no account yet. Invitation ids are unguessable UUIDs. */
const router = createRouter<AppEnv>();
router
  .openapi(routes.getInvitation, handlers.get)
  .openapi(routes.acceptInvitation, handlers.accept);

// Handlers see only AppEnv (no staff, no tenant); typed like the staff routers so `apiRouters`
// stays one type for app.route, which ignores the env type at run time.
export const invitationsRouter = router as unknown as OpenAPIHono<StaffEnv>;
