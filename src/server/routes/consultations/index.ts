import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./consultations.handlers.ts";
import * as routes from "./consultations.routes.ts";
import * as planHandlers from "./plans.handlers.ts";
import * as planRoutes from "./plans.routes.ts";

/**
 * Consultations and plans hold health data: only clinical roles reach them. The one exception,
 * GET /clients/{id}/consultations, gives no health data and sits behind the clients guard
 * (any staff member), which Hono applies to every /api/clients/* route.
 */
export const consultationsRouter = createRouter();
const clinical = requireStaff(clinicalRoles);
consultationsRouter.use("/consultations/*", clinical);
consultationsRouter.use("/plans/*", clinical);
consultationsRouter.use("/intake-questionnaire", clinical);
consultationsRouter
  .openapi(routes.getQuestionnaire, handlers.getQuestionnaire)
  .openapi(routes.listForClient, handlers.listForClient)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.putIntake, handlers.putIntake)
  .openapi(routes.putAssessment, handlers.putAssessment)
  .openapi(routes.putExpectations, handlers.putExpectations)
  .openapi(routes.addClearance, handlers.addClearance)
  .openapi(routes.revokeClearance, handlers.revokeClearance)
  .openapi(routes.draftPlan, handlers.draftPlan)
  .openapi(planRoutes.updatePlan, planHandlers.updatePlan)
  .openapi(planRoutes.acceptPlan, planHandlers.acceptPlan)
  .openapi(planRoutes.declinePlan, planHandlers.declinePlan)
  .openapi(planRoutes.planPdf, planHandlers.planPdf);
