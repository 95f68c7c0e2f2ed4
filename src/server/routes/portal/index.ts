import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import { type PortalEnv, requirePortalClient } from "../../portal/guard.ts";
import * as contentHandlers from "./content.handlers.ts";
import * as contentRoutes from "./content.routes.ts";
import * as meHandlers from "./me.handlers.ts";
import * as meRoutes from "./me.routes.ts";
import * as shareHandlers from "./photo-share.handlers.ts";
import * as shareRoutes from "./photo-share.routes.ts";
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
clientRouter
  .openapi(meRoutes.me, meHandlers.me)
  .openapi(contentRoutes.home, contentHandlers.home)
  .openapi(contentRoutes.documents, contentHandlers.documents)
  .openapi(contentRoutes.planPdf, contentHandlers.planPdf)
  .openapi(contentRoutes.aftercarePdf, contentHandlers.aftercarePdf)
  .openapi(contentRoutes.photos, contentHandlers.photos);

/** Staff: share a photo with the client's portal (clinical roles, like other photo changes). */
const shareRouter = createRouter();
shareRouter.use("/photos/:id/share", requireStaff(["owner", "admin", "practitioner"]));
shareRouter.openapi(shareRoutes.sharePhoto, shareHandlers.sharePhoto);
publicRouter.route("/", shareRouter as unknown as typeof publicRouter);

// Typed like the staff routers so `apiRouters` stays one type, as for the public waitlist.
export const portalPublicRouter = publicRouter as unknown as OpenAPIHono<StaffEnv>;
export const portalRouter = clientRouter as unknown as OpenAPIHono<StaffEnv>;
