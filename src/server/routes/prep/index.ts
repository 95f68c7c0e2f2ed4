import type { OpenAPIHono } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import type { AppEnv } from "../../http/context.ts";
import { createRouter } from "../../http/router.ts";
import { perAddressLimit } from "../waitlist/rate-limit.ts";
import * as handlers from "./prep.handlers.ts";
import * as routes from "./prep.routes.ts";

/** Public: the client's prep link, no sign-in; the secret in the URL is the key. */
const router = createRouter<AppEnv>();
// A page load, its autosaves and a photo per view stay well inside this.
router.use("/public/prep/*", perAddressLimit(120, 60_000));
// Photos are the costly part (decode, re-encode, store): a tighter limit on top.
router.use("/public/prep/:token/photos", perAddressLimit(20, 60_000));
router
  .openapi(routes.getPrep, handlers.getPrep)
  .openapi(routes.putIntake, handlers.putIntake)
  .openapi(routes.uploadPhoto, handlers.uploadPhoto)
  .openapi(routes.deletePhoto, handlers.deletePhoto)
  .openapi(routes.markDone, handlers.markDone)
  .openapi(routes.prepLogo, handlers.prepLogo);

// Typed like the staff routers so `apiRouters` stays one type, as for the check-ins.
export const publicPrepRouter = router as unknown as OpenAPIHono<StaffEnv>;
