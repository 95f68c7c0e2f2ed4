import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./outbox.handlers.ts";
import * as routes from "./outbox.routes.ts";

export const outboxRouter = createRouter();
outboxRouter.use("/outbox/*", requireStaff(["owner", "admin", "practitioner"]));
outboxRouter.openapi(routes.postResend, handlers.resend);
