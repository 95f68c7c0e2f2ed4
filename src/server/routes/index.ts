import { appointmentsRouter } from "./appointments/index.ts";
import { clientsRouter } from "./clients/index.ts";
import { clinicRouter } from "./clinic/index.ts";
import { clinicalSettingsRouter } from "./clinical-settings/index.ts";
import { consultationsRouter } from "./consultations/index.ts";
import { devOutboxRouter } from "./dev-outbox/index.ts";
import { invitationsRouter } from "./invitations/index.ts";
import { locationsRouter } from "./locations/index.ts";
import { meRouter } from "./me/index.ts";
import { servicesRouter } from "./services/index.ts";
import { staffRouter } from "./staff/index.ts";

/** Every API router, mounted under /api by app.ts. */
export const apiRouters = [
  appointmentsRouter,
  clientsRouter,
  staffRouter,
  invitationsRouter,
  devOutboxRouter,
  meRouter,
  clinicRouter,
  locationsRouter,
  servicesRouter,
  clinicalSettingsRouter,
  consultationsRouter,
];
