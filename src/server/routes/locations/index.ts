import { createRouter } from "../../http/router.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as locations from "./locations.handlers.ts";
import * as routes from "./locations.routes.ts";
import * as rooms from "./rooms.handlers.ts";
import * as specialDays from "./special-days.handlers.ts";

export const locationsRouter = createRouter();
// "/x/*" also matches "/x" in Hono; registering both would run the guard twice.
locationsRouter.use("/locations/*", staffReadManagerWrite());
locationsRouter.use("/rooms/*", staffReadManagerWrite());
locationsRouter
  .openapi(routes.listLocations, locations.list)
  .openapi(routes.createLocation, locations.create)
  .openapi(routes.getLocation, locations.get)
  .openapi(routes.updateLocation, locations.update)
  .openapi(routes.replaceHours, locations.putHours)
  .openapi(routes.listSpecialDays, specialDays.list)
  .openapi(routes.createSpecialDay, specialDays.create)
  .openapi(routes.deleteSpecialDay, specialDays.remove)
  .openapi(routes.createRoom, rooms.create)
  .openapi(routes.updateRoom, rooms.update);
