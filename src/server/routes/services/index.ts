import { createRouter } from "../../http/router.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as handlers from "./services.handlers.ts";
import * as routes from "./services.routes.ts";

export const servicesRouter = createRouter();
// "/x/*" also matches "/x" in Hono; registering both would run the guard twice.
servicesRouter.use("/services/*", staffReadManagerWrite());
servicesRouter
  .openapi(routes.listServices, handlers.list)
  .openapi(routes.createService, handlers.create)
  .openapi(routes.getService, handlers.get)
  .openapi(routes.updateService, handlers.update);
