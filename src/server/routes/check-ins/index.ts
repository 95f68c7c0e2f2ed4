import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import { perAddressLimit } from "../waitlist/rate-limit.ts";
import * as handlers from "./check-ins.handlers.ts";
import * as routes from "./check-ins.routes.ts";

/** Public: the client's check-in link, no sign-in; the secret in the URL is the key. */
const router = createRouter<AppEnv>();
router.use("/public/check-ins/*", perAddressLimit(60, 60_000));
// Answers carry photos and raise alerts: a tighter limit on top.
router.use("/public/check-ins/:token/answer", perAddressLimit(10, 60_000));
router
  .openapi(routes.getCheckIn, handlers.getCheckIn)
  .openapi(routes.answerCheckIn, handlers.answerCheckIn)
  .openapi(routes.checkInLogo, handlers.checkInLogo);

// Typed like the staff routers so `apiRouters` stays one type, as for the waitlist offers.
export const publicCheckInsRouter = router as unknown as OpenAPIHono<StaffEnv>;
