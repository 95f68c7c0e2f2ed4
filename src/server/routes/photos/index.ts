import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./photos.handlers.ts";
import * as routes from "./photos.routes.ts";

/** Scalp photos: health data, so clinical roles only; receptionists never see them. */
export const photosRouter = createRouter();
photosRouter.use("/clients/:id/photos", requireStaff(clinicalRoles));
photosRouter.use("/photos/*", requireStaff(clinicalRoles));
photosRouter
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.list, handlers.list)
  .openapi(routes.urls, handlers.urls)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.remove, handlers.remove);

/** The signed file URLs: the signature is the key, no session. */
const fileRouter = createRouter<AppEnv>();
fileRouter.openapi(routes.file, handlers.file);
// Typed like the staff routers so `apiRouters` stays one type, as for the public waitlist.
export const photoFilesRouter = fileRouter as unknown as OpenAPIHono<StaffEnv>;
