import { createRouter } from "../../http/router.ts";
import * as handlers from "./clinic.handlers.ts";
import * as routes from "./clinic.routes.ts";
import { staffReadManagerWrite } from "./guards.ts";

export const clinicRouter = createRouter();
// "/x/*" also matches "/x" in Hono; registering both would run the guard twice.
clinicRouter.use("/clinic/*", staffReadManagerWrite());
clinicRouter
  .openapi(routes.getClinic, handlers.get)
  .openapi(routes.updateClinic, handlers.update)
  .openapi(routes.getLogo, handlers.logo)
  .openapi(routes.putLogo, handlers.uploadLogo)
  .openapi(routes.deleteLogo, handlers.removeLogo);
