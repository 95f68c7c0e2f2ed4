import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./scheduling.handlers.ts";
import * as routes from "./scheduling.routes.ts";

/**
 * Slots, holds and moves are open to every staff member (receptionists book). Proposing and
 * booking a plan's course sit under /plans/*, which only clinical roles reach.
 */
export const schedulingRouter = createRouter();
schedulingRouter.use("/slots", requireStaff());
schedulingRouter.use("/holds", requireStaff());
schedulingRouter.use("/holds/*", requireStaff());
schedulingRouter.use("/plans/*", requireStaff(clinicalRoles));
schedulingRouter
  .openapi(routes.slots, handlers.slots)
  .openapi(routes.proposeCourse, handlers.proposeCourse)
  .openapi(routes.bookCourse, handlers.bookCourse)
  .openapi(routes.hold, handlers.hold)
  .openapi(routes.release, handlers.release)
  .openapi(routes.movePreviewRoute, handlers.movePreviewRoute)
  .openapi(routes.courseMove, handlers.courseMove);
