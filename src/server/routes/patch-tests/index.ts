import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./patch-tests.handlers.ts";
import * as routes from "./patch-tests.routes.ts";

/** Patch tests are health data: clinical roles only; receptionists have no access. */
export const patchTestsRouter = createRouter();
patchTestsRouter.use("/clients/:id/patch-tests", requireStaff(clinicalRoles));
patchTestsRouter.use("/patch-tests/*", requireStaff(clinicalRoles));
patchTestsRouter
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.reading, handlers.reading);
