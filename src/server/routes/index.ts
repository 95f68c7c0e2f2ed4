import { appointmentsRouter } from "./appointments/index.ts";
import { clientsRouter } from "./clients/index.ts";

/** Every API router, mounted under /api by app.ts. */
export const apiRouters = [appointmentsRouter, clientsRouter];
