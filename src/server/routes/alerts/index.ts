import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./alerts.handlers.ts";
import * as routes from "./alerts.routes.ts";

/** Staff alerts point at clients' health answers: clinical roles only. */
export const alertsRouter = createRouter();
alertsRouter.use("/alerts", requireStaff(clinicalRoles));
alertsRouter.use("/alerts/*", requireStaff(clinicalRoles));
alertsRouter
  .openapi(routes.list, handlers.list)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.markRead, handlers.markRead);
