import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./client-links.handlers.ts";
import * as routes from "./client-links.routes.ts";

/**
 * Prep links: any staff member may send one (reception usually does when booking); the listing
 * says only what was sent, opened and finished, never the answers or the photos themselves.
 */
export const clientLinksRouter = createRouter();
clientLinksRouter.use("/client-links", requireStaff());
clientLinksRouter.use("/client-links/*", requireStaff());
clientLinksRouter
  .openapi(routes.createLink, handlers.createLink)
  .openapi(routes.listLinks, handlers.listLinks)
  .openapi(routes.revokeLink, handlers.revokeLink);
