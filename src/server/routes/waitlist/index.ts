import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as publicHandlers from "./public-offers.handlers.ts";
import * as publicRoutes from "./public-offers.routes.ts";
import { perAddressLimit } from "./rate-limit.ts";
import * as handlers from "./waitlist.handlers.ts";
import * as routes from "./waitlist.routes.ts";

/** The waitlist: any staff member (reception takes the calls). */
export const waitlistRouter = createRouter();
waitlistRouter.use("/waitlist", requireStaff());
waitlistRouter.use("/waitlist/*", requireStaff());
waitlistRouter
  .openapi(routes.list, handlers.list)
  .openapi(routes.join, handlers.join)
  .openapi(routes.withdraw, handlers.withdraw)
  .openapi(routes.offers, handlers.offers)
  .openapi(routes.accept, handlers.accept)
  .openapi(routes.decline, handlers.decline);

/** Public: the client's offer link, no sign-in; the secret in the URL is the key. */
const publicRouter = createRouter<AppEnv>();
publicRouter.use("/public/waitlist-offers/*", perAddressLimit(60, 60_000));
publicRouter
  .openapi(publicRoutes.getOffer, publicHandlers.getOffer)
  .openapi(publicRoutes.acceptOffer, publicHandlers.acceptOffer)
  .openapi(publicRoutes.declineOffer, publicHandlers.declineOffer)
  .openapi(publicRoutes.offerLogo, publicHandlers.offerLogo);

// Typed like the staff routers so `apiRouters` stays one type, as for invitations.
export const publicWaitlistRouter = publicRouter as unknown as OpenAPIHono<StaffEnv>;
