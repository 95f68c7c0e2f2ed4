import { createRouter } from "../../http/router.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as handlers from "./clinical-settings.handlers.ts";
import * as routes from "./clinical-settings.routes.ts";

export const clinicalSettingsRouter = createRouter();
clinicalSettingsRouter.use("/clinical-settings", staffReadManagerWrite());
clinicalSettingsRouter
  .openapi(routes.getSettings, handlers.get)
  .openapi(routes.putSettings, handlers.put);
