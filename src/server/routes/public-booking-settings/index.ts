import { createRouter } from "../../http/router.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as handlers from "./public-booking-settings.handlers.ts";
import * as routes from "./public-booking-settings.routes.ts";

/** Settings → Online booking: any staff member reads, owners and admins save. */
export const publicBookingSettingsRouter = createRouter();
publicBookingSettingsRouter.use("/public-booking-settings", staffReadManagerWrite());
publicBookingSettingsRouter
  .openapi(routes.getSettings, handlers.get)
  .openapi(routes.putSettings, handlers.put);
