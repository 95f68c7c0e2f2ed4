import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./dev-outbox.handlers.ts";
import * as routes from "./dev-outbox.routes.ts";

/**
 * Public while a channel has no real transport, so local trials and e2e tests can read what
 * would have been sent; never shows a channel that delivers for real.
 */
const router = createRouter<AppEnv>();
router.openapi(routes.getDevOutbox, handlers.list);

// Handlers see only AppEnv; typed like the staff routers so `apiRouters` stays one type.
export const devOutboxRouter = router as unknown as OpenAPIHono<StaffEnv>;
