import { requireStaff } from "../../auth/guard.ts";
import { createRouter } from "../../http/router.ts";
import * as handlers from "./me.handlers.ts";
import * as routes from "./me.routes.ts";

export const meRouter = createRouter();
meRouter.use("/me", requireStaff());
meRouter.openapi(routes.getMe, handlers.get);
