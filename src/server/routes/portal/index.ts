import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import { type PortalEnv, requirePortalClient } from "../../portal/guard.ts";
import * as meHandlers from "./me.handlers.ts";
import * as meRoutes from "./me.routes.ts";
import * as signInHandlers from "./sign-in.handlers.ts";
import * as signInRoutes from "./sign-in.routes.ts";

/** Public portal routes: the clinic's brand and sign-in by emailed code. */
const publicRouter = createRouter<AppEnv>();
publicRouter
  .openapi(signInRoutes.brand, signInHandlers.brand)
  .openapi(signInRoutes.logo, signInHandlers.logo)
  .openapi(signInRoutes.requestCode, signInHandlers.requestCode)
  .openapi(signInRoutes.verifyCode, signInHandlers.verifyCode);

/** The signed-in client's own portal: every route goes through requirePortalClient. */
const clientRouter = createRouter<PortalEnv>();
for (const path of ["me", "home", "documents", "documents/*", "photos", "photos/*"]) {
  clientRouter.use(`/portal/:slug/${path}`, requirePortalClient());
}
clientRouter.openapi(meRoutes.me, meHandlers.me);

// Typed like the staff routers so `apiRouters` stays one type, as for the public waitlist.
export const portalPublicRouter = publicRouter as unknown as OpenAPIHono<StaffEnv>;
export const portalRouter = clientRouter as unknown as OpenAPIHono<StaffEnv>;
