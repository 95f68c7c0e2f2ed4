import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./stock.handlers.ts";
import * as routes from "./stock.routes.ts";

/**
 * Stock batches: clinical roles (owner, admin, practitioner) read, add, correct and archive them;
 * receptionists have no access, because the recall list discloses who was treated.
 */
export const stockRouter = createRouter();
stockRouter.use("/stock/*", requireStaff(clinicalRoles));
stockRouter
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.archive, handlers.archive)
  .openapi(routes.unarchive, handlers.unarchive)
  .openapi(routes.recall, handlers.recall)
  .openapi(routes.recallCsv, handlers.recallCsv);
