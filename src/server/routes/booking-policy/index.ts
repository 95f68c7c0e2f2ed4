import { createRouter } from "../../http/router.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as handlers from "./booking-policy.handlers.ts";
import * as routes from "./booking-policy.routes.ts";

export const bookingPolicyRouter = createRouter();
bookingPolicyRouter.use("/booking-policy", staffReadManagerWrite());
bookingPolicyRouter.openapi(routes.getPolicy, handlers.get).openapi(routes.putPolicy, handlers.put);
