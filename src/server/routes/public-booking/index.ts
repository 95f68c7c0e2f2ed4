import type { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { AppError } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { perAddressLimit } from "../waitlist/rate-limit.ts";
import * as handlers from "./public-booking.handlers.ts";
import * as routes from "./public-booking.routes.ts";

/** A 429 problem carries `retryAfter` (seconds); send it as the Retry-After header too. */
const retryAfterHeader = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const retry = c.error instanceof AppError ? c.error.problem.retryAfter : undefined;
  if (typeof retry === "number") c.res.headers.set("Retry-After", String(retry));
});

/** Public online booking: no sign-in; CORS is handled in app.ts by publicBookingCors. */
const router = createRouter<AppEnv>();
router.use("/public/booking/*", perAddressLimit(120, 60_000));
router.use("/public/booking/*", retryAfterHeader);
router
  .openapi(routes.getConfig, handlers.getConfig)
  .openapi(routes.getSlots, handlers.getSlots)
  .openapi(routes.hold, handlers.hold)
  .openapi(routes.details, handlers.details)
  .openapi(routes.resend, handlers.resend)
  .openapi(routes.confirm, handlers.confirm)
  .openapi(routes.logo, handlers.logo);

// Typed like the staff routers so `apiRouters` stays one type, as for the waitlist offers.
export const publicBookingRouter = router as unknown as OpenAPIHono<StaffEnv>;
