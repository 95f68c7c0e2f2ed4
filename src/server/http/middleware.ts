import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppDeps, AppEnv } from "./context.ts";
import { AppError, forbidden } from "./problem.ts";

/** Puts the app's dependencies, a request logger and the peer address on the context. */
export function requestContext(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("deps", deps);
    c.set("log", deps.log);
    let ip = "unknown";
    try {
      ip = getConnInfo(c).remote.address ?? "unknown";
    } catch {
      // Not running behind @hono/node-server (e.g. app.request in tests).
    }
    c.set("clientIp", ip);
    const started = performance.now();
    await next();
    const status = c.res.status;
    // Path only: query strings can carry names searched for, which are personal data.
    const entry = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round(performance.now() - started),
    };
    if (status >= 500) deps.log.error(entry, "request failed");
    else deps.log.debug(entry, "request");
  });
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard for cookie-authenticated routes: a state-changing request from a browser must come
 * from Stipple's own origin. Browsers always send Origin or Sec-Fetch-Site on such requests;
 * non-browser clients send neither and carry no ambient cookies.
 */
export function sameOriginWrites(
  publicUrl: string,
  /** Cross-origin writes this returns true for pass (public booking from a clinic's website). */
  allowCrossOrigin?: (c: Context<AppEnv>) => Promise<boolean>,
) {
  const allowed = new URL(publicUrl).origin;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      if (
        (site === "cross-site" ||
          (origin && origin !== allowed && origin !== "null" ? true : origin === "null")) &&
        !(origin && origin !== "null" && (await allowCrossOrigin?.(c)))
      ) {
        throw forbidden("Cross-site requests are not allowed.");
      }
    }
    await next();
  });
}

const PHOTO_UPLOAD = /^\/api\/clients\/[^/]+\/photos$/;

/**
 * Request body limits for /api: 2 MiB everywhere except photo uploads, which may carry one photo
 * of up to `photoMaxBytes` plus the form's other fields.
 */
export function apiBodyLimit(photoMaxBytes: number) {
  const standard = bodyLimit({ maxSize: 2 * 1024 * 1024 });
  const mb = Math.round((photoMaxBytes / 1024 / 1024) * 10) / 10;
  const photos = bodyLimit({
    maxSize: photoMaxBytes + 64 * 1024,
    onError: () => {
      throw new AppError({
        type: "https://stipple.dev/problems/too-large",
        title: "Photo too large",
        status: 413,
        detail: `The photo must be at most ${mb} MB.`,
      });
    },
  });
  return createMiddleware<AppEnv>((c, next) =>
    c.req.method === "POST" && PHOTO_UPLOAD.test(c.req.path) ? photos(c, next) : standard(c, next),
  );
}
