import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { sql } from "drizzle-orm";
import { secureHeaders } from "hono/secure-headers";
import { CLIENT_IP_HEADER } from "./auth/auth.ts";
import type { AppDeps, AppEnv } from "./http/context.ts";
import { handleError } from "./http/errors.ts";
import { apiBodyLimit, requestContext, sameOriginWrites } from "./http/middleware.ts";
import { problemResponse } from "./http/problem.ts";
import { mountWebApp } from "./http/web-assets.ts";
import { mountWidget, widgetResponseHeaders } from "./http/widget-assets.ts";
import { handlePortalAuth } from "./portal/mount.ts";
import { apiRouters } from "./routes/index.ts";
import { embedOriginAllowed, publicBookingCors } from "./routes/public-booking/cors.ts";

const require = createRequire(import.meta.url);

/** Assembles the HTTP app: middleware, auth, API routes, docs and the web app. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? problemResponse({
          title: "Not found",
          status: 404,
          detail: `No API route ${c.req.method} ${c.req.path}.`,
        })
      : c.text("Not found", 404),
  );

  app.use("*", requestContext(deps));
  app.use("*", widgetResponseHeaders());
  // Before the security headers, so public booking responses may be read by allowed websites.
  app.use("/api/public/booking/*", publicBookingCors(deps.db, deps.env.PUBLIC_URL));
  app.use("*", secureHeaders({ xFrameOptions: "DENY", referrerPolicy: "same-origin" }));
  app.use("/api/*", apiBodyLimit(Math.round(deps.env.PHOTO_MAX_MB * 1024 * 1024)));
  app.use(
    "/api/*",
    sameOriginWrites(deps.env.PUBLIC_URL, (c) => embedOriginAllowed(deps.db, c)),
  );

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ status: "ready" });
    } catch {
      return c.json({ status: "database unavailable" }, 503);
    }
  });

  // Staff and invitations are managed through Stipple's own routes, which enforce rules Better
  // Auth's organisation endpoints do not (last owner, owner-only grants, no self-demotion).
  app.all("/api/auth/organization/*", () =>
    problemResponse({
      title: "Not found",
      status: 404,
      detail: "Manage staff through /api/staff.",
    }),
  );
  app.on(["GET", "POST"], "/api/auth/*", (c) => {
    // Rate limits key on this header; overwrite whatever the client sent.
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, c.var.clientIp);
    return deps.auth.handler(new Request(c.req.raw, { headers }));
  });
  // The client portal's own sign-in (email codes), apart from staff auth: see src/server/portal.
  app.on(["GET", "POST"], "/api/portal-auth/*", handlePortalAuth);

  for (const router of apiRouters) app.route("/api", router);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Stipple API",
      version: "0.1.0",
      description: "Practice platform for scalp micropigmentation clinics.",
    },
  });
  app.get("/api/docs/standalone.js", async (c) => {
    const file = await readFile(require.resolve("@scalar/api-reference/browser/standalone.js"));
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(file, 200, { "content-type": "text/javascript; charset=utf-8" });
  });
  app.get(
    "/api/docs",
    Scalar({ url: "/api/openapi.json", cdn: "/api/docs/standalone.js", pageTitle: "Stipple API" }),
  );

  mountWidget(app, deps.db);
  mountWebApp(app);
  return app;
}

export type App = ReturnType<typeof createApp>;
