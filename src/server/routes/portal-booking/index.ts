import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import { type PortalEnv, requirePortalClient } from "../../portal/guard.ts";
import { perAddressLimit } from "../waitlist/rate-limit.ts";
import * as appointmentHandlers from "./appointments.handlers.ts";
import * as appointmentRoutes from "./appointments.routes.ts";
import * as careHandlers from "./care.handlers.ts";
import * as careRoutes from "./care.routes.ts";
import * as courseHandlers from "./course.handlers.ts";
import * as courseRoutes from "./course.routes.ts";

/** What a signed-in client does with appointments in the portal; the client comes from the session. */
const router = createRouter<PortalEnv>();
for (const path of [
  "/portal/:slug/course-plans",
  "/portal/:slug/course-plans/*",
  "/portal/:slug/holds/*",
  "/portal/:slug/appointments",
  "/portal/:slug/appointments/*",
  "/portal/:slug/waitlist",
  "/portal/:slug/waitlist/*",
  "/portal/:slug/check-ins",
  "/portal/:slug/check-ins/*",
  "/portal/:slug/concerns",
]) {
  router.use(path, requirePortalClient());
}
// Concerns carry photos and raise alerts.
router.use("/portal/:slug/concerns", perAddressLimit(10, 60_000));
router.use("/portal/:slug/check-ins/:id/answer", perAddressLimit(10, 60_000));
router
  .openapi(courseRoutes.plans, courseHandlers.plans)
  .openapi(courseRoutes.proposal, courseHandlers.proposal)
  .openapi(courseRoutes.sessionTimes, courseHandlers.sessionTimes)
  .openapi(courseRoutes.hold, courseHandlers.hold)
  .openapi(courseRoutes.release, courseHandlers.release)
  .openapi(courseRoutes.book, courseHandlers.book)
  .openapi(appointmentRoutes.list, appointmentHandlers.list)
  .openapi(appointmentRoutes.terms, appointmentHandlers.terms)
  .openapi(appointmentRoutes.options, appointmentHandlers.options)
  .openapi(appointmentRoutes.preview, appointmentHandlers.preview)
  .openapi(appointmentRoutes.reschedule, appointmentHandlers.reschedule)
  .openapi(appointmentRoutes.cancel, appointmentHandlers.cancel)
  .openapi(careRoutes.waitlist, careHandlers.waitlist)
  .openapi(careRoutes.joinWaitlist, careHandlers.joinWaitlist)
  .openapi(careRoutes.leaveWaitlist, careHandlers.leaveWaitlist)
  .openapi(careRoutes.checkIns, careHandlers.checkIns)
  .openapi(careRoutes.answerCheckIn, careHandlers.answerCheckIn)
  .openapi(careRoutes.reportConcern, careHandlers.reportConcern);

// Typed like the staff routers so `apiRouters` stays one type, as for the public routers.
export const portalBookingRouter = router as unknown as OpenAPIHono<StaffEnv>;
