import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./staff.handlers.ts";
import * as routes from "./staff.routes.ts";
import * as invitations from "./staff-invitations.handlers.ts";
import * as schedule from "./staff-schedule.handlers.ts";
import * as scheduleRoutes from "./staff-schedule.routes.ts";

export const staffRouter = createRouter();
staffRouter.use("/staff/*", requireStaff());
staffRouter
  .openapi(routes.listStaff, handlers.list)
  .openapi(routes.inviteStaff, invitations.invite)
  .openapi(routes.resendInvitation, invitations.resend)
  .openapi(routes.cancelInvitation, invitations.cancel)
  .openapi(routes.updateStaff, handlers.update)
  .openapi(routes.deactivateStaff, handlers.deactivate)
  .openapi(routes.reactivateStaff, handlers.reactivate)
  .openapi(scheduleRoutes.replaceHours, schedule.replaceHours)
  .openapi(scheduleRoutes.listTimeOff, schedule.listTimeOff)
  .openapi(scheduleRoutes.addTimeOff, schedule.addTimeOff)
  .openapi(scheduleRoutes.deleteTimeOff, schedule.deleteTimeOff);
