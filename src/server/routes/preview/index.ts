import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./preview.handlers.ts";
import * as routes from "./preview.routes.ts";

/** The SMP preview of a consultation: health data, so clinical roles only. */
export const previewRouter = createRouter();
previewRouter.use("/consultations/:id/preview", requireStaff(clinicalRoles));
previewRouter.openapi(routes.get, handlers.get).openapi(routes.save, handlers.save);

/** Signed URLs of rendered previews: the signature is the key, no session. */
const fileRouter = createRouter<AppEnv>();
fileRouter.openapi(routes.file, handlers.file);
export const previewFilesRouter = fileRouter as unknown as OpenAPIHono<StaffEnv>;
