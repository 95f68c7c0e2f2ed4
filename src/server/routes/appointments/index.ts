import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./appointments.handlers.ts";
import * as routes from "./appointments.routes.ts";

export const appointmentsRouter = createRouter();
appointmentsRouter.use("/appointments/*", requireStaff());
appointmentsRouter
  .openapi(routes.getDay, handlers.getDay)
  .openapi(routes.listForClient, handlers.listForClient)
  .openapi(routes.book, handlers.book)
  .openapi(routes.move, handlers.move)
  .openapi(routes.cancel, handlers.cancel)
  .openapi(routes.cancellationTerms, handlers.cancellationTerms)
  .openapi(routes.noShow, handlers.noShow);
