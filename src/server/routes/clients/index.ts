import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./clients.handlers.ts";
import * as routes from "./clients.routes.ts";

export const clientsRouter = createRouter();
clientsRouter.use("/clients/*", requireStaff());
clientsRouter
  .openapi(routes.listClients, handlers.list)
  .openapi(routes.createClient, handlers.create)
  .openapi(routes.getClient, handlers.get)
  .openapi(routes.updateClient, handlers.update);
