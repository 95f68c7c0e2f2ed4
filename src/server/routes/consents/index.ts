import type { OpenAPIHono } from "@hono/zod-openapi";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import { type PortalEnv, requirePortalClient } from "../../portal/guard.ts";
import { staffReadManagerWrite } from "../clinic/guards.ts";
import * as clientHandlers from "./client-consents.handlers.ts";
import * as clientRoutes from "./client-consents.routes.ts";
import * as portalHandlers from "./portal-consents.handlers.ts";
import * as portalRoutes from "./portal-consents.routes.ts";
import * as templateHandlers from "./templates.handlers.ts";
import * as templateRoutes from "./templates.routes.ts";

/**
 * Staff: every member reads the forms; owners and admins edit them. A client's consents are not
 * clinical notes: every role (reception included) sees their state and PDFs and can hand the
 * clinic's tablet to a client to sign.
 */
export const consentsRouter = createRouter();
consentsRouter.use("/consent-templates", staffReadManagerWrite());
consentsRouter.use("/consent-templates/*", staffReadManagerWrite());
consentsRouter.use("/clients/:id/consents", requireStaff());
consentsRouter.use("/clients/:id/consents/*", requireStaff());
consentsRouter
  .openapi(templateRoutes.listTemplates, templateHandlers.listTemplates)
  .openapi(templateRoutes.saveTemplate, templateHandlers.saveTemplate)
  .openapi(templateRoutes.listVersions, templateHandlers.listVersions)
  .openapi(clientRoutes.clientConsents, clientHandlers.clientConsents)
  .openapi(clientRoutes.withdrawAtClinic, clientHandlers.withdrawAtClinic)
  .openapi(clientRoutes.signAtClinic, clientHandlers.signAtClinic)
  .openapi(clientRoutes.clientConsentPdf, clientHandlers.clientConsentPdf);

/** The signed-in client's own forms in the portal. */
const portal = createRouter<PortalEnv>();
portal.use("/portal/:slug/consents", requirePortalClient());
portal.use("/portal/:slug/consents/*", requirePortalClient());
portal
  .openapi(portalRoutes.portalConsents, portalHandlers.portalConsents)
  .openapi(portalRoutes.portalWithdraw, portalHandlers.portalWithdraw)
  .openapi(portalRoutes.portalSign, portalHandlers.portalSign)
  .openapi(portalRoutes.portalPdf, portalHandlers.portalPdf);

// Typed like the staff routers so `apiRouters` stays one type (as the portal's own router is).
export const portalConsentsRouter = portal as unknown as OpenAPIHono<StaffEnv>;
