import { requireStaff } from "../../auth/guard.ts";
import { clinicalRoles, managerRoles, type StaffRole } from "../../auth/roles.ts";
import { createRouter } from "../../http/router.ts";
import * as pdf from "./aftercare-pdf.handlers.ts";
import * as routes from "./messaging.routes.ts";
import * as settings from "./settings.handlers.ts";
import * as templates from "./templates.handlers.ts";
import * as timeline from "./timeline.handlers.ts";

/**
 * Access: the schedules and wording are read by clinical staff and managers and changed by owners
 * and admins. Any staff member sees a client's message timeline and may stop a scheduled message
 * (reception handles appointments), but aftercare and check-in texts reach clinical roles only.
 * The aftercare sheet is for clinical roles.
 */
const readers: readonly StaffRole[] = [...new Set([...clinicalRoles, ...managerRoles])];
const anyStaff = requireStaff();
const canRead = requireStaff(readers);
const managers = requireStaff(managerRoles);

export const messagingRouter = createRouter();
messagingRouter.get("/messaging-settings", canRead);
messagingRouter.put("/messaging-settings", managers);
messagingRouter.get("/message-templates", canRead);
messagingRouter.post("/message-templates/:key/:channel/preview", canRead);
messagingRouter.put("/message-templates/:key/:channel", managers);
messagingRouter.delete("/message-templates/:key/:channel", managers);
messagingRouter.get("/clients/:id/messages", anyStaff);
messagingRouter.post("/messages/:id/cancel", anyStaff);
messagingRouter.get("/appointments/:id/aftercare.pdf", requireStaff(clinicalRoles));
messagingRouter
  .openapi(routes.getSettings, settings.get)
  .openapi(routes.putSettings, settings.put)
  .openapi(routes.listTemplates, templates.list)
  .openapi(routes.putTemplate, templates.put)
  .openapi(routes.deleteTemplate, templates.remove)
  .openapi(routes.previewTemplate, templates.preview)
  .openapi(routes.clientMessages, timeline.list)
  .openapi(routes.cancelMessage, timeline.cancel)
  .openapi(routes.aftercarePdf, pdf.get);
