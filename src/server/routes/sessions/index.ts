import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./sessions.handlers.ts";
import * as routes from "./sessions.routes.ts";

/**
 * Treatment session records are health data: clinical roles only (never receptionists). Within
 * them, recording is for the appointment's practitioner, owners and admins (checked per request).
 */
export const sessionsRouter = createRouter();
const clinical = requireStaff(clinicalRoles);
sessionsRouter.use("/appointments/:id/session", clinical);
sessionsRouter.use("/appointments/:id/session/*", clinical);
sessionsRouter
  .openapi(routes.evaluateChecklist, handlers.evaluateChecklist)
  .openapi(routes.start, handlers.start)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.addZone, handlers.addZone)
  .openapi(routes.updateZone, handlers.updateZone)
  .openapi(routes.deleteZone, handlers.deleteZone)
  .openapi(routes.signOff, handlers.signOff)
  .openapi(routes.amend, handlers.amend);
